import { useEffect, useState } from 'react';
import type { CandidateActivity } from '@/domain/retention';
import { confirmRetention, isRetentionActive, loadRetention, retentionPreview, setRetentionMonths, type RetentionPolicy } from '@/storage/retention';
import { describeStorageError } from '@/storage/storage-health';

const CHOICES = [6, 12, 18, 24, 36] as const;

/**
 * Automatic deletion of candidates untouched for N months. Off by default;
 * choosing a period shows who would go today, and nothing is ever deleted
 * until the recruiter confirms that preview.
 */
export function RetentionCard() {
  const [policy, setPolicy] = useState<RetentionPolicy | null>(null);
  const [preview, setPreview] = useState<CandidateActivity[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    void loadRetention().then(setPolicy);
  }, []);
  useEffect(() => {
    if (!policy?.months) return setPreview(null);
    void retentionPreview(policy.months).then(setPreview);
  }, [policy?.months]);

  if (!policy) return null;
  const active = isRetentionActive(policy);

  const choose = async (value: string) => {
    setError('');
    setPolicy(await setRetentionMonths(value === 'off' ? null : Number(value)));
  };
  const confirm = async () => {
    try {
      setPolicy(await confirmRetention(policy.months!));
    } catch (e) {
      setError(describeStorageError(e));
    }
  };

  return (
    <div className="stack">
      <h3>Automatic deletion</h3>
      <p className="muted small" style={{ margin: 0 }}>
        Personal data should not be kept longer than needed. Recalibrate can delete candidates nobody has touched (no visit, note or debrief) for a chosen time, checking once a day.
      </p>
      <div className="field" style={{ maxWidth: 320 }}>
        <label htmlFor="retention-months">Delete candidates untouched for</label>
        <select id="retention-months" value={policy.months ?? 'off'} onChange={(e) => void choose(e.target.value)} data-testid="retention-months">
          <option value="off">Never (keep everything)</option>
          {CHOICES.map((m) => (
            <option key={m} value={m}>
              {m} months
            </option>
          ))}
        </select>
      </div>
      {policy.months && preview && (
        <div className="stack" data-testid="retention-preview">
          <p className="small" style={{ margin: 0 }}>
            {preview.length === 0
              ? `Nobody has been untouched for ${policy.months} months today.`
              : `${preview.length} ${preview.length === 1 ? 'candidate' : 'candidates'} untouched for ${policy.months} months would be deleted today:`}
          </p>
          {preview.length > 0 && (
            <ul className="list" style={{ maxHeight: 200, overflowY: 'auto' }}>
              {preview.slice(0, 200).map((c) => (
                <li key={c.candidateKey} className="row spread small">
                  <span className="clip">{c.name}</span>
                  <span className="muted">last touched {c.lastActivity.slice(0, 10)}</span>
                </li>
              ))}
            </ul>
          )}
          {active ? (
            <p className="small" role="status" data-testid="retention-active">
              On since {policy.confirmedAt!.slice(0, 10)}.{policy.lastRun ? ` Last check ${policy.lastRun.at.slice(0, 10)}: ${policy.lastRun.deleted} deleted.` : ''}
            </p>
          ) : (
            <div>
              <button type="button" className="btn primary" onClick={() => void confirm()} data-testid="retention-confirm">
                I have seen this list: turn on automatic deletion
              </button>
            </div>
          )}
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
