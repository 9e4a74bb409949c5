import { useCallback, useEffect, useState } from 'react';

/**
 * The briefs page's address is its state, so a link (from the popup, the
 * side panel, the options page) lands on the right brief and tab, and the
 * back button works: `briefs.html?brief=<id>&debrief=<id>#plan`.
 */
export const BRIEF_TABS = ['edit', 'versions', 'plan', 'summary'] as const;
export type BriefTab = (typeof BRIEF_TABS)[number];

export interface BriefRoute {
  briefId?: string;
  /** Revise from this debrief (pre-fill the editor with its changes). */
  debriefId?: string;
  tab: BriefTab;
}

export function parseRoute(search: string, hash: string): BriefRoute {
  const params = new URLSearchParams(search);
  const tab = hash.replace(/^#/, '') as BriefTab;
  const route: BriefRoute = { tab: BRIEF_TABS.includes(tab) ? tab : 'edit' };
  const briefId = params.get('brief');
  const debriefId = params.get('debrief');
  if (briefId) route.briefId = briefId;
  if (debriefId) route.debriefId = debriefId;
  return route;
}

export function routeUrl(route: Partial<BriefRoute>): string {
  const params = new URLSearchParams();
  if (route.briefId) params.set('brief', route.briefId);
  if (route.debriefId) params.set('debrief', route.debriefId);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}${route.briefId && route.tab ? `#${route.tab}` : ''}`;
}

export function useBriefRoute() {
  const [route, setRoute] = useState(() => parseRoute(location.search, location.hash));
  useEffect(() => {
    const sync = () => setRoute(parseRoute(location.search, location.hash));
    window.addEventListener('popstate', sync);
    window.addEventListener('hashchange', sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener('hashchange', sync);
    };
  }, []);
  /** `replace` for corrections of the same view (dropping a used debrief link), push for real moves. */
  const go = useCallback((next: Partial<BriefRoute>, replace = false) => {
    const url = routeUrl({ tab: 'edit', ...next });
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setRoute(parseRoute(location.search, location.hash));
  }, []);
  return { route, go };
}
