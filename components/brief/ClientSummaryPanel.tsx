import { useId, useState } from 'react';
import { updateDraftPlan } from '@/storage/plans';
import { copyPlain, copyRich } from './clipboard';
import { openExtensionTab, printPageUrl } from './open-page';
import { SummaryBlocksView } from './SummaryBlocksView';
import { useClientSummary } from './use-client-summary';
import { usePlans } from './use-briefs';
import { useCopyMessage } from './use-copy';

/**
 * The one page the recruiter sends the client: what we learned, what changed
 * in the brief, the plan and its dates. Copied as plain text, Markdown or
 * rich text (for an e-mail), or opened as a print-friendly page for a PDF.
 */
export function ClientSummaryPanel({ briefId }: { briefId: string }) {
  const id = useId();
  const plans = usePlans(briefId);
  const [planId, setPlanId] = useState<string | null>(null);
  const [compare, setCompare] = useState<number | undefined>(undefined);
  const plan = plans?.find((p) => p.id === planId) ?? plans?.[0];
  const loaded = useClientSummary({ planId: plan?.id, briefId, compareWith: compare });
  const copy = useCopyMessage();
  if (loaded === undefined || plans === undefined) return <p className="muted" aria-busy="true">Preparing the summary…</p>;
  if (loaded === null) return <p className="muted">Save a version of the brief first.</p>;
  const { summary, blocks, input, versions } = loaded;
  const pickCompare = (n: number) => {
    setCompare(n);
    // Remembered on a draft plan, so the print page and a later visit compare the same versions.
    if (plan && plan.status === 'draft') void updateDraftPlan(plan.id, () => ({ compareWith: n })).catch(() => undefined);
  };

  return (
    <div className="summary-layout">
      <section className="card stack" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>Client summary</h2>
        {plans.length === 0 && <p className="small banner" role="note">No plan yet: the summary has no “Our plan” section. Build one in the Plan tab.</p>}
        <div className="summary-actions">
          {plans.length > 1 && (
            <div className="field">
              <label htmlFor={`${id}-plan`}>Plan</label>
              <select id={`${id}-plan`} value={plan?.id} onChange={(e) => setPlanId(e.target.value)}>
                {plans.map((p) => <option key={p.id} value={p.id}>{p.status === 'sent' ? 'Sent' : 'Draft'} plan on version {p.briefVersion}</option>)}
              </select>
            </div>
          )}
          {versions.length > 1 && (
            <div className="field">
              <label htmlFor={`${id}-from`}>Changes since</label>
              <select id={`${id}-from`} value={input.fromVersion ?? ''} onChange={(e) => pickCompare(Number(e.target.value))} data-testid="summary-compare">
                {versions.filter((v) => v !== input.toVersion && v !== (plan?.briefVersion ?? versions.at(-1))).map((v) => (
                  <option key={v} value={v}>Version {v}</option>
                ))}
                {input.fromVersion === undefined && <option value="">Nothing to compare</option>}
              </select>
            </div>
          )}
          <button type="button" className="btn primary" data-testid="copy-rich" onClick={() => void copy.run('the summary as rich text', () => copyRich(summary.html, summary.text))}>
            Copy for e-mail
          </button>
          <button type="button" className="btn" data-testid="copy-text" onClick={() => void copy.run('the summary as plain text', () => copyPlain(summary.text))}>
            Copy as plain text
          </button>
          <button type="button" className="btn" data-testid="copy-markdown" onClick={() => void copy.run('the summary as Markdown', () => copyPlain(summary.markdown))}>
            Copy as Markdown
          </button>
          <button type="button" className="btn" data-testid="open-print"
            onClick={() => void openExtensionTab(printPageUrl({ ...(plan ? { plan: plan.id } : { brief: briefId }), from: input.fromVersion }))}>
            Print or save as PDF…
          </button>
        </div>
        <p aria-live="polite" className={copy.message?.tone === 'error' ? 'error' : 'ok-text small'} data-testid="copy-message">{copy.message?.text}</p>
      </section>
      <article className="summary-doc" aria-label="Summary preview" data-testid="summary-preview">
        <SummaryBlocksView blocks={blocks} />
      </article>
    </div>
  );
}
