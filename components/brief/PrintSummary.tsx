import { useEffect } from 'react';
import { t } from '../i18n';
import { SummaryBlocksView } from './SummaryBlocksView';
import { useClientSummary } from './use-client-summary';
import './brief-card.css';
import './print.css';

/**
 * The client summary as a page to print or save as PDF. It reads the
 * records by id and draws React elements (never an HTML string), so what
 * prints is exactly what the summary tab shows. Printing is the
 * recruiter's click: the browser's dialog must not pop up on its own.
 */
export function PrintSummary({ planId, briefId, from }: { planId?: string; briefId?: string; from?: number }) {
  const loaded = useClientSummary({ planId, briefId, compareWith: from });
  const title = loaded?.blocks[0]?.kind === 'heading' ? loaded.blocks[0].text : t('briefSummaryHeading');
  useEffect(() => {
    document.title = title;
  }, [title]);
  if (loaded === undefined) return <p className="print-status" aria-busy="true">{t('briefSummaryPreparing')}</p>;
  if (loaded === null) {
    return (
      <p className="print-status" role="alert">
        {t('briefPrintGone')}
      </p>
    );
  }
  return (
    <>
      <div className="print-toolbar no-print">
        <button type="button" className="btn primary" onClick={() => window.print()} data-testid="print" autoFocus>{t('briefPrint')}</button>
        <span className="hint">{t('briefPrintHint')}</span>
      </div>
      <article className="print-doc" data-testid="print-doc">
        <SummaryBlocksView blocks={loaded.blocks} />
      </article>
    </>
  );
}
