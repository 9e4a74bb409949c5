/**
 * Where the content script runs. Plain data: WXT reads it in Node at build
 * time (architecture rule 11), and the manifest snapshot test compares it.
 * Each system adds its own patterns here, next to its adapter. Patterns are
 * as narrow as each system's hosting allows: exact hosts where the app lives
 * on fixed hosts, `*.` only where every customer has a tenant subdomain.
 */
export const LINKEDIN_MATCHES = ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'];

/** Recruiter lives under /talent/ on www (already covered by LINKEDIN_MATCHES; kept for the per-site switch). */
export const LINKEDIN_RECRUITER_MATCHES = ['https://www.linkedin.com/talent/*'];

/** app, app2…app9 (US data centres) and app.eu; not the public job boards. */
export const GREENHOUSE_MATCHES = [
  'https://app.greenhouse.io/*',
  ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `https://app${n}.greenhouse.io/*`),
  'https://app.eu.greenhouse.io/*',
];

/** Lever Hire and its sandbox; not jobs.lever.co (public postings). */
export const LEVER_MATCHES = ['https://hire.lever.co/*', 'https://hire.sandbox.lever.co/*'];

export const ASHBY_MATCHES = ['https://app.ashbyhq.com/*'];

/** Every Workable account is a subdomain (`<account>.workable.com/backend/…`). */
export const WORKABLE_MATCHES = ['https://*.workable.com/*'];

/** The recruiting app only, not the marketing site or career pages on the same host. */
export const SMARTRECRUITERS_MATCHES = ['https://www.smartrecruiters.com/app/*'];

/** Classic `cls<NN>` cluster hosts and Novo on `app.`: records may render in iframes (see ALL_FRAMES_MATCHES). */
export const BULLHORN_MATCHES = ['https://*.bullhornstaffing.com/*'];

export const JOBADDER_MATCHES = ['https://app.jobadder.com/*'];

export const RECRUITCRM_MATCHES = ['https://app.recruitcrm.io/*'];

/** Every Vincere customer has a tenant subdomain. */
export const VINCERE_MATCHES = ['https://*.vincere.io/*'];

export const TEAMTAILOR_MATCHES = ['https://app.teamtailor.com/*'];

export const RECRUITEE_MATCHES = ['https://app.recruitee.com/*'];

export const MANATAL_MATCHES = ['https://app.manatal.com/*'];

/** All candidate-page hosts the store build declares (no duplicates). */
export const CONTENT_MATCHES: string[] = [
  ...new Set([
    ...LINKEDIN_MATCHES,
    ...LINKEDIN_RECRUITER_MATCHES,
    ...GREENHOUSE_MATCHES,
    ...LEVER_MATCHES,
    ...ASHBY_MATCHES,
    ...WORKABLE_MATCHES,
    ...SMARTRECRUITERS_MATCHES,
    ...BULLHORN_MATCHES,
    ...JOBADDER_MATCHES,
    ...RECRUITCRM_MATCHES,
    ...VINCERE_MATCHES,
    ...TEAMTAILOR_MATCHES,
    ...RECRUITEE_MATCHES,
    ...MANATAL_MATCHES,
  ]),
];

/**
 * Patterns whose candidate records can render inside iframes: the content
 * script must also run in frames there (`all_frames: true`). Elsewhere it
 * runs in the top frame only.
 */
export const ALL_FRAMES_MATCHES: string[] = [...BULLHORN_MATCHES];

/**
 * Everything else: the main content script runs in the top frame only. The
 * two lists never overlap, so no frame ever gets two copies of the script.
 */
export const TOP_FRAME_MATCHES: string[] = CONTENT_MATCHES.filter((pattern) => !ALL_FRAMES_MATCHES.includes(pattern));

/**
 * LinkedIn: most of its pages (feed, jobs, messaging) never show a
 * candidate. Pages that may (member profiles, Recruiter) get the full
 * content script from the manifest; every other LinkedIn page gets only a
 * URL watch (content/watch.ts), and the background injects the full script
 * when the page's own navigation reaches a candidate. Injecting needs host
 * access to these patterns.
 */
export const WATCHED_MATCHES: string[] = [...LINKEDIN_MATCHES];

/** LinkedIn pages that may show a candidate (the same paths as content/watch.ts). */
export const LINKEDIN_CANDIDATE_PAGE_MATCHES: string[] = ['https://*.linkedin.com/in/*', 'https://*.linkedin.com/talent/*'];

/** Top-frame ATS pages: the manifest declares the full content script there (entrypoints/ats.content). */
export const ATS_DIRECT_MATCHES: string[] = TOP_FRAME_MATCHES.filter(
  (pattern) => !WATCHED_MATCHES.includes(pattern) && !LINKEDIN_RECRUITER_MATCHES.includes(pattern),
);

/**
 * Top-frame pages where the manifest declares a full content script: every
 * ATS host (entrypoints/ats.content) and LinkedIn's candidate pages
 * (entrypoints/linkedin.content, which carries only LinkedIn's adapters).
 */
export const DIRECT_MATCHES: string[] = [...ATS_DIRECT_MATCHES, ...LINKEDIN_CANDIDATE_PAGE_MATCHES];

/** The bundled demo page, served on localhost. Only added in `--mode demo`. */
export const DEMO_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];
