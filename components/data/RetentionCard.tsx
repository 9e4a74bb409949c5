import { useEffect, useState } from 'react';
import type { CandidateActivity } from '@/domain/retention';
import { confirmRetention, isRetentionActive, loadRetention, retentionPreview, setRetentionMonths, type RetentionPolicy } from '@/storage/retention';
import { formatNumber, t } from '../i18n';
import { errorText } from '../error-text';

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
      setError(errorText(e));
    }
  };

  return (
    <div className="stack">
      <h3>{t('dataRetentionHeading')}</h3>
      <p className="muted small" style={{ margin: 0 }}>
        {t('dataRetentionIntro')}
      </p>
      <div className="field" style={{ maxWidth: 320 }}>
        <label htmlFor="retention-months">{t('dataRetentionLabel')}</label>
        <select id="retention-months" value={policy.months ?? 'off'} onChange={(e) => void choose(e.target.value)} data-testid="retention-months">
          <option value="off">{t('dataRetentionNever')}</option>
          {CHOICES.map((m) => (
            <option key={m} value={m}>
              {t('dataMonths', m)}
            </option>
          ))}
        </select>
      </div>
      {policy.months && preview && (
        <div className="stack" data-testid="retention-preview">
          <p className="small" style={{ margin: 0 }}>
            {preview.length === 0
              ? t('dataRetentionNobody', policy.months)
              : t(preview.length === 1 ? 'dataRetentionPreviewOne' : 'dataRetentionPreviewOther', formatNumber(preview.length), policy.months)}
          </p>
          {preview.length > 0 && (
            <ul className="list" style={{ maxHeight: 200, overflowY: 'auto' }}>
              {preview.slice(0, 200).map((c) => (
                <li key={c.candidateKey} className="row spread small">
                  <span className="clip">{c.name}</span>
                  <span className="muted">{t('dataLastTouched', c.lastActivity.slice(0, 10))}</span>
                </li>
              ))}
            </ul>
          )}
          {active ? (
            <p className="small" role="status" data-testid="retention-active">
              {policy.lastRun
                ? t('dataRetentionOnSinceLastRun', policy.confirmedAt!.slice(0, 10), policy.lastRun.at.slice(0, 10), formatNumber(policy.lastRun.deleted))
                : t('dataRetentionOnSince', policy.confirmedAt!.slice(0, 10))}
            </p>
          ) : (
            <div>
              <button type="button" className="btn primary" onClick={() => void confirm()} data-testid="retention-confirm">
                {t('dataRetentionConfirm')}
              </button>
            </div>
          )}
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
