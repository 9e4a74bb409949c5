import type { CandidateRecord } from '@/storage/types';
import { displayName } from '@/storage/types';
import { adapterById } from '@/sites/registry';

/** Who the view is about. All text is rendered by React as text, never HTML. */
export function CandidateHeader({ candidate }: { candidate: CandidateRecord }) {
  const site = adapterById(candidate.site)?.label ?? candidate.site;
  const job = candidate.correction?.jobTitle || candidate.job?.title;
  const company = candidate.correction?.company || candidate.job?.company;
  return (
    <header className="card stack" aria-label="Candidate">
      <div className="row spread">
        <h1 className="clip" data-testid="candidate-name">{displayName(candidate)}</h1>
        <span className="pill">{site}</span>
      </div>
      {candidate.headline && <p className="muted clip" style={{ margin: 0 }} data-testid="candidate-headline">{candidate.headline}</p>}
      {(job || company) && (
        <p className="small clip" style={{ margin: 0 }}>
          Role: {[job, company].filter(Boolean).join(' at ')}
        </p>
      )}
    </header>
  );
}
