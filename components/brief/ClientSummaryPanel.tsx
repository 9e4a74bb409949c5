import { useId, useState } from 'react';
import { updateDraftPlan } from '@/storage/plans';
import { t } from '../i18n';
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
  if (loaded === undefined || plans === undefined) return <p className="muted" aria-busy="true">{t('briefSummaryPreparing')}</p>;
  if (loaded === null) return <p className="muted">{t('briefSummaryNeedsVersion')}</p>;
  const { summary, blocks, input, versions } = loaded;
  const pickCompare = (n: number) => {
    setCompare(n);
    // Remembered on a draft plan, so the print page and a later visit compare the same versions.
    if (plan && plan.status === 'draft') void updateDraftPlan(plan.id, () => ({ compareWith: n })).catch(() => undefined);
  };

  return (
    <div className="summary-layout">
      <section className="card stack" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>{t('briefSummaryHeading')}</h2>
        {plans.length === 0 && <p className="small banner" role="note">{t('briefSummaryNoPlan')}</p>}
        <div className="summary-actions">
          {plans.length > 1 && (
            <div className="field">
              <label htmlFor={`${id}-plan`}>{t('briefSummaryPlanLabel')}</label>
              <select id={`${id}-plan`} value={plan?.id} onChange={(e) => setPlanId(e.target.value)}>
                {plans.map((p) => <option key={p.id} value={p.id}>{t(p.status === 'sent' ? 'briefSummarySentPlan' : 'briefSummaryDraftPlan', p.briefVersion)}</option>)}
              </select>
            </div>
          )}
          {versions.length > 1 && (
            <div className="field">
              <label htmlFor={`${id}-from`}>{t('briefSummaryChangesSince')}</label>
              <select id={`${id}-from`} value={input.fromVersion ?? ''} onChange={(e) => pickCompare(Number(e.target.value))} data-testid="summary-compare">
                {versions.filter((v) => v !== input.toVersion && v !== (plan?.briefVersion ?? versions.at(-1))).map((v) => (
                  <option key={v} value={v}>{t('briefVersionN', v)}</option>
                ))}
                {input.fromVersion === undefined && <option value="">{t('briefSummaryNothingToCompare')}</option>}
              </select>
            </div>
          )}
          <button type="button" className="btn primary" data-testid="copy-rich" onClick={() => void copy.run({ done: 'briefCopiedRich', failed: 'briefCopyRichFailed' }, () => copyRich(summary.html, summary.text))}>
            {t('briefCopyForEmail')}
          </button>
          <button type="button" className="btn" data-testid="copy-text" onClick={() => void copy.run({ done: 'briefCopiedText', failed: 'briefCopyTextFailed' }, () => copyPlain(summary.text))}>
            {t('briefCopyAsText')}
          </button>
          <button type="button" className="btn" data-testid="copy-markdown" onClick={() => void copy.run({ done: 'briefCopiedMarkdown', failed: 'briefCopyMarkdownFailed' }, () => copyPlain(summary.markdown))}>
            {t('briefCopyAsMarkdown')}
          </button>
          <button type="button" className="btn" data-testid="open-print"
            onClick={() => void openExtensionTab(printPageUrl({ ...(plan ? { plan: plan.id } : { brief: briefId }), from: input.fromVersion }))}>
            {t('briefOpenPrint')}
          </button>
        </div>
        <p aria-live="polite" className={copy.message?.tone === 'error' ? 'error' : 'ok-text small'} data-testid="copy-message">{copy.message?.text}</p>
      </section>
      <article className="summary-doc" aria-label={t('briefSummaryPreview')} data-testid="summary-preview">
        <SummaryBlocksView blocks={blocks} />
      </article>
    </div>
  );
}
