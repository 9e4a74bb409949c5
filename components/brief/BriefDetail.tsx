import { useCallback, useEffect, useMemo } from 'react';
import { latestVersion, qualifyBrief, type BriefStatus } from '@/domain/brief';
import { t } from '../i18n';
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
import { STATUS_LABELS } from './labels';
import { tRich } from '../rich-message';

const STATUSES = Object.keys(STATUS_LABELS) as BriefStatus[];

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

  // The editor's live content while editing (the editor marks its fields from this too); the saved version on the other tabs.
  const shown = route.tab === 'edit' && draft.state ? draft.state.content : current?.content;
  const qualification = useMemo(() => (shown ? qualifyBrief(shown) : null), [shown]);

  useEffect(() => {
    if (brief) document.title = t('briefPageTitleWithRole', briefTitle(brief));
  }, [brief]);

  if (brief === undefined || history === undefined) return <p className="muted" aria-busy="true">{t('briefLoading')}</p>;
  if (brief === null) {
    return (
      <section className="card stack" role="alert">
        <strong>{t('briefGoneTitle')}</strong>
        <p className="small">{t('briefGoneBody')}</p>
        <button type="button" className="btn" style={{ alignSelf: 'start' }} onClick={() => go({})}>{t('briefAllBriefs')}</button>
      </section>
    );
  }

  return (
    <div className="stack-lg" data-testid="brief-detail" data-brief={brief.id}>
      <header className="brief-header">
        <button type="button" className="btn link small" style={{ alignSelf: 'start' }} onClick={() => go({})} data-testid="back-to-list">{t('briefBackToList')}</button>
        <div className="row spread wrap">
          <div className="stack tight">
            <h1 dir="auto" data-testid="brief-title">{brief.roleTitle || t('briefUntitledRole')}</h1>
            <span className="muted" dir="auto">
              {tRich('briefClientAndVersion', brief.clientCompany || t('briefClientNotSet'), <span data-testid="current-version">{brief.currentVersion}</span>)}
            </span>
          </div>
          <div className="field status-field">
            <label htmlFor="brief-status">{t('briefStatusLabel')}</label>
            <select id="brief-status" value={brief.status} onChange={(e) => void setBriefStatus(brief.id, e.target.value as BriefStatus)} data-testid="brief-status">
              {STATUSES.map((s) => <option key={s} value={s}>{t(STATUS_LABELS[s])}</option>)}
            </select>
          </div>
        </div>
        <BriefTabs active={route.tab} counts={{ versions: history.length, plan: plans?.length }} onSelect={(tab) => go({ briefId: brief.id, tab })} />
      </header>
      <div className="brief-layout">
        <div role="tabpanel" id={tabPanelId(route.tab)} aria-labelledby={tabId(route.tab)} className="brief-main">
          {route.tab === 'edit' && (
            <BriefEditor brief={brief} history={history} draft={draft} issues={qualification?.issues ?? []} reviseFrom={route.debriefId ? reviseFrom : null} onReviseUsed={onReviseUsed} />
          )}
          {route.tab === 'versions' && <VersionHistory briefId={brief.id} history={history} />}
          {route.tab === 'plan' && <PlanTab briefId={brief.id} history={history} />}
          {route.tab === 'summary' && <ClientSummaryPanel briefId={brief.id} />}
        </div>
        <aside className="brief-aside stack-lg" aria-label={t('briefAsideLabel')}>
          {qualification && <QualificationPanel qualification={qualification} canFocusFields={route.tab === 'edit'} />}
          <NearMissList briefId={brief.id} version={current?.version} />
        </aside>
      </div>
    </div>
  );
}
