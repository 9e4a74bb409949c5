import { useId, useState } from 'react';
import { NewBriefForm } from './NewBriefForm';
import { QualificationScore } from './QualificationPanel';
import { formatStamp } from './brief-text';
import { useBriefList } from './use-briefs';

const STATUS_LABELS = { open: 'Open', 'on-hold': 'On hold', filled: 'Filled', closed: 'Closed' } as const;

/** Every brief, open ones first: client, role, versions, plans and how well qualified each is. */
export function BriefList({ onOpen }: { onOpen(briefId: string): void }) {
  const id = useId();
  const rows = useBriefList();
  const [creating, setCreating] = useState(false);
  return (
    <section className="stack-lg" aria-labelledby={`${id}-h`} data-testid="brief-list">
      <div className="row spread wrap">
        <h1 id={`${id}-h`}>Briefs and plans</h1>
        {!creating && <button type="button" className="btn primary" onClick={() => setCreating(true)} data-testid="new-brief">New brief</button>}
      </div>
      <p className="lede muted">
        One brief per client role: the job description and the person specification, every revision kept with its reason, and the plans
        you sold the client on them. A new brief can start from a pasted job ad.
      </p>
      {creating && <NewBriefForm onCreated={onOpen} onCancel={() => setCreating(false)} />}
      {rows === undefined ? (
        <p className="muted" aria-busy="true">Loading…</p>
      ) : rows.length === 0 ? (
        <div className="card empty" data-testid="briefs-empty">
          <strong>No brief yet</strong>
          Start one here, or from a debrief: “Revise the brief” turns the client’s feedback into a new version.
        </div>
      ) : (
        <ul className="brief-cards">
          {rows.map(({ brief, versions, plans, qualification }) => (
            <li key={brief.id} className={`card stack brief-card ${brief.status}`} data-testid="brief-row" data-brief={brief.id}>
              <div className="row spread wrap">
                <button type="button" className="btn link brief-open" onClick={() => onOpen(brief.id)} dir="auto" data-testid="open-brief">
                  {brief.roleTitle || 'Untitled role'}
                </button>
                <span className={brief.status === 'open' ? 'pill' : 'pill subtle'}>{STATUS_LABELS[brief.status]}</span>
              </div>
              <span className="muted" dir="auto">{brief.clientCompany || 'Client not set'}</span>
              <span className="small muted">
                {versions} {versions === 1 ? 'version' : 'versions'} · {plans} {plans === 1 ? 'plan' : 'plans'} · changed {formatStamp(brief.updatedAt)}
              </span>
              <QualificationScore qualification={qualification} compact />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
