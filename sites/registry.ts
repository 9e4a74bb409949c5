import { ashby } from './ashby';
import { bullhorn } from './bullhorn';
import { demo } from './demo';
import { GENERIC_ADAPTER_ID } from './generic';
import { greenhouse } from './greenhouse';
import { jobadder } from './jobadder';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { linkedinRecruiter } from './linkedin-recruiter';
import { manatal } from './manatal';
import { recruitcrm } from './recruitcrm';
import { recruitee } from './recruitee';
import { smartrecruiters } from './smartrecruiters';
import { teamtailor } from './teamtailor';
import { findAdapterIn, type AdapterMatch } from './find-adapter';
import type { SiteAdapter } from './types';
import { vincere } from './vincere';
import { workable } from './workable';

/**
 * Every adapter, in the order they are tried (architecture rule 1: one file
 * per system, one explicit list). The structure test checks each one here has
 * test URLs, fixtures and its host patterns in the manifest. The generic
 * adapter for recruiter-added hosts is built at runtime (`generic.ts`) and
 * tried after these.
 */
export const ADAPTERS: readonly SiteAdapter[] = [
  linkedinRecruiter, // www.linkedin.com/talent/…: before the profile adapter (paths differ anyway)
  linkedin,
  greenhouse,
  lever,
  ashby,
  workable,
  smartrecruiters,
  bullhorn,
  jobadder,
  recruitcrm,
  vincere,
  teamtailor,
  recruitee,
  manatal,
  demo,
];

export type { AdapterMatch } from './find-adapter';

/** Pure: which adapter recognises this URL as a candidate page, if any. */
export function findAdapter(href: string, adapters: readonly SiteAdapter[] = ADAPTERS): AdapterMatch | null {
  return findAdapterIn(href, adapters);
}

export function adapterById(id: string): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.id === id);
}

/**
 * How views name a candidate's system: the adapter's label, or for the
 * recruiter's own ATS (generic adapter, not in ADAPTERS) the host the id is
 * keyed by (`<hostname>/<id>`), else `ownAtsName` (the views pass it in the
 * UI language: components/site-text.ts).
 */
export function siteLabel(site: string, externalId = '', ownAtsName = 'Your other ATS'): string {
  if (site === GENERIC_ADAPTER_ID) return externalId.split('/', 1)[0] || ownAtsName;
  return adapterById(site)?.label ?? site;
}
