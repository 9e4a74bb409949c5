import { useEffect, useState } from 'react';
import { findOrCreateBriefForDebrief } from '@/storage/brief-links';
import { BrandBar } from '../BrandBar';
import { t } from '../i18n';
import { BriefDetail } from './BriefDetail';
import { BriefList } from './BriefList';
import { useBriefRoute } from './use-brief-route';
import './brief-card.css';
import './brief.css';
import { errorText } from '../error-text';

/**
 * The full-page view for briefs and plans: long text needs room the popup
 * does not have. The address says what is open (see use-brief-route), so the
 * popup, the side panel and the options page can link straight to a brief.
 */
export function BriefsPage() {
  const { route, go } = useBriefRoute();
  const [error, setError] = useState('');

  // A link with only a debrief ("revise the brief of this debrief's role"): find or start that brief first.
  useEffect(() => {
    if (route.briefId || !route.debriefId) return;
    findOrCreateBriefForDebrief(route.debriefId)
      .then((brief) => go({ briefId: brief.id, debriefId: route.debriefId, tab: 'edit' }, true))
      .catch((e: unknown) => setError(errorText(e, t('briefOpenForDebriefFailed'))));
  }, [route.briefId, route.debriefId, go]);

  useEffect(() => {
    if (!route.briefId) document.title = t('briefsPageTitle');
  }, [route.briefId]);

  return (
    <main className="page brief-page">
      <BrandBar />
      {error && <p className="error" role="alert">{error}</p>}
      {route.briefId ? (
        <BriefDetail key={route.briefId} route={{ ...route, briefId: route.briefId }} go={go} />
      ) : route.debriefId ? (
        <p className="muted" aria-busy="true">{t('briefOpeningForDebrief')}</p>
      ) : (
        <BriefList onOpen={(briefId) => go({ briefId, tab: 'edit' })} />
      )}
    </main>
  );
}
