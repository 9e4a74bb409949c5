import { useCallback, useEffect, useMemo } from 'react';
import { latestVersion, qualifyBrief, type BriefStatus } from '@/domain/brief';
import { setBriefStatus } from '@/storage/briefs';
import { BriefEditor } from './BriefEditor';
import { BriefTabs, tabId, tabPanelId } from './BriefTabs';
import { ClientSummaryPanel } from './ClientSummaryPanel';
import { NearMissList } from './NearMissList';
import { PlanTab } from './PlanTab';
import { QualificationPanel } from './QualificationPanel';
import { VersionHistory } from './VersionHistory';
import { briefTitle } from './brief-text';
import { useBriefDraft } from './use-brief-draft';
import { useBrief, useBriefHistory, useDebriefRecord, usePlans } from './use-briefs';
import type { BriefRoute } from './use-brief-route';

const STATUSES: readonly { value: BriefStatus; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'on-hold', label: 'On hold' },
  { value: 'filled', label: 'Filled' },
  { value: 'closed', label: 'Closed' },
];

interface Props {
  route: BriefRoute & { briefId: string };
  go(next: Partial<BriefRoute>, replace?: boolean): void;
}

/** One brief: editor, versions, plan and client summary as tabs; qualification and near misses beside them. */
export function BriefDetail({ route, go }: Props) {
  const brief = useBrief(route.briefId);
  const history = useBriefHistory(route.briefId);
  const plans = usePlans(route.briefId);
  const reviseFrom = useDebriefRecord(route.debriefId);
  const current = history ? latestVersion(history) : undefined;
  const draft = useBriefDraft(route.briefId, current);
  const onReviseUsed = useCallback(() => go({ briefId: route.briefId, tab: 'edit' }, true), [go, route.briefId]);

  // The editor's live content while editing; the saved version on the other tabs.
  const shown = route.tab === 'edit' && draft.state ? draft.state.content : current?.content;
  const qualification = useMemo(() => (shown ? qualifyBrief(shown) : null), [shown]);

  useEffect(() => {
    if (brief) document.title = `${briefTitle(brief)} — Recalibrate`;
  }, [brief]);

  if (brief === undefined || history === undefined) return <p className="muted" aria-busy="true">Loading the brief…</p>;
  if (brief === null) {
    return (
      <section className="card stack" role="alert">
        <strong>This brief no longer exists</strong>
        <p className="small">It may have been erased in another window.</p>
        <button type="button" className="btn" style={{ alignSelf: 'start' }} onClick={() => go({})}>All briefs</button>
      </section>
    );
  }

  return (
    <div className="stack-lg" data-testid="brief-detail" data-brief={brief.id}>
      <header className="brief-header">
        <button type="button" className="btn link small" style={{ alignSelf: 'start' }} onClick={() => go({})} data-testid="back-to-list">← All briefs</button>
        <div className="row spread wrap">
          <div className="stack tight">
            <h1 dir="auto" data-testid="brief-title">{brief.roleTitle || 'Untitled role'}</h1>
            <span className="muted" dir="auto">{brief.clientCompany || 'Client not set'} · version <span data-testid="current-version">{brief.currentVersion}</span></span>
          </div>
          <div className="field status-field">
            <label htmlFor="brief-status">Status</label>
            <select id="brief-status" value={brief.status} onChange={(e) => void setBriefStatus(brief.id, e.target.value as BriefStatus)} data-testid="brief-status">
              {STATUSES.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
            </select>
          </div>
        </div>
        <BriefTabs active={route.tab} counts={{ versions: history.length, plan: plans?.length }} onSelect={(tab) => go({ briefId: brief.id, tab })} />
      </header>
      <div className="brief-layout">
        <div role="tabpanel" id={tabPanelId(route.tab)} aria-labelledby={tabId(route.tab)} className="brief-main">
          {route.tab === 'edit' && (
            <BriefEditor brief={brief} history={history} draft={draft} reviseFrom={route.debriefId ? reviseFrom : null} onReviseUsed={onReviseUsed} />
          )}
          {route.tab === 'versions' && <VersionHistory briefId={brief.id} history={history} />}
          {route.tab === 'plan' && <PlanTab briefId={brief.id} history={history} />}
          {route.tab === 'summary' && <ClientSummaryPanel briefId={brief.id} />}
        </div>
        <aside className="brief-aside stack-lg" aria-label="Qualification and near misses">
          {qualification && <QualificationPanel qualification={qualification} canFocusFields={route.tab === 'edit'} />}
          <NearMissList briefId={brief.id} version={current?.version} />
        </aside>
      </div>
    </div>
  );
}
