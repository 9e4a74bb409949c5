import { useEffect } from 'react';
import { useBoundTabId } from './hooks/use-bound-tab';
import { useCandidate, useTabCandidate } from './hooks/use-data';
import { CandidateHeader } from './CandidateHeader';
import { QuickNote } from './QuickNote';
import { NotesList } from './NotesList';
import { RecentCandidates } from './RecentCandidates';
import { SitePanelToggle } from './SitePanelToggle';
import { DebriefsCard } from './DebriefsCard';
import { BriefPlanCard } from './brief/BriefPlanCard';
import { RedeploymentCard } from './brief/RedeploymentCard';
import { NotACandidate } from './NotACandidate';
import { useAppStore } from '@/stores/app-store';
import { SearchBox } from './search/SearchBox';
import { StorageAlert } from './StorageAlert';
import { t } from './i18n';
import { DebriefView } from './debrief/DebriefView';
import { usePanelIntent, useResumeDebrief } from './debrief/use-resume-debrief';

/**
 * The candidate view shared by popup (compact) and side panel (during the
 * client call). Both read the same live data, so a note saved in one shows in
 * the other at once.
 */
export function Workspace({ mode }: { mode: 'popup' | 'sidepanel' }) {
  return (
    <>
      <StorageAlert />
      <SearchBox />
      <WorkspaceBody mode={mode} />
    </>
  );
}

function WorkspaceBody({ mode }: { mode: 'popup' | 'sidepanel' }) {
  const tabId = useBoundTabId(mode === 'sidepanel');
  const tabCandidate = useTabCandidate(tabId);
  const picked = useAppStore((s) => s.pickedCandidateKey);
  const pickCandidate = useAppStore((s) => s.pickCandidate);
  const key = picked ?? tabCandidate?.candidateKey;
  const candidate = useCandidate(key);

  // The side panel follows the tab: a new page's candidate replaces a picked one.
  useEffect(() => {
    if (tabCandidate) pickCandidate(null);
  }, [tabCandidate?.candidateKey, pickCandidate]); // eslint-disable-line react-hooks/exhaustive-deps

  const openDebriefId = useAppStore((s) => s.openDebriefId);
  const openDebrief = useAppStore((s) => s.openDebrief);
  useResumeDebrief(candidate ? key : undefined);
  usePanelIntent(mode === 'sidepanel' && tabCandidate !== undefined, tabId, tabCandidate?.candidateKey);

  if (tabId === undefined || (tabCandidate === undefined && !picked)) {
    return <p className="muted small" aria-busy="true">{t('loading')}</p>;
  }
  if (!key || candidate === null) {
    return (
      <>
        <NotACandidate />
        <RecentCandidates onPick={pickCandidate} />
      </>
    );
  }
  if (!candidate) return <p className="muted small" aria-busy="true">{t('loading')}</p>;
  if (openDebriefId) {
    return <DebriefView debriefId={openDebriefId} candidate={candidate} mode={mode} tabId={tabId} onBack={() => openDebrief(null)} />;
  }

  return (
    <>
      {picked && tabCandidate?.candidateKey !== picked && (
        <button type="button" className="btn link small" onClick={() => pickCandidate(null)}>
          {t('appBackToTabCandidate')}
        </button>
      )}
      <CandidateHeader candidate={candidate} tabId={tabId} />
      <DebriefsCard candidate={candidate} mode={mode} />
      <BriefPlanCard candidate={candidate} />
      <RedeploymentCard candidate={candidate} />
      <section className="card stack" aria-labelledby="notes-h">
        <h2 id="notes-h">{t('appNotesHeading')}</h2>
        <QuickNote candidateKey={candidate.key} autoFocus={mode === 'sidepanel'} />
        <NotesList candidateKey={candidate.key} />
      </section>
      {!picked && tabCandidate && <SitePanelToggle site={tabCandidate.site} />}
      <RecentCandidates onPick={pickCandidate} exclude={candidate.key} />
    </>
  );
}
