/**
 * Where the content script runs. Plain data: WXT reads it in Node at build
 * time (architecture rule 11), and the manifest snapshot test compares it.
 * Each system adds its own patterns here, next to its adapter.
 */
export const LINKEDIN_MATCHES = ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'];

/** All candidate-page hosts the store build declares. */
export const CONTENT_MATCHES: string[] = [...LINKEDIN_MATCHES];

/** The bundled demo page, served on localhost. Only added in `--mode demo`. */
export const DEMO_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];
