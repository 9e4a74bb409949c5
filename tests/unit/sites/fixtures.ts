/** Test helpers: load saved HTML into a Document the way the content script sees the page. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteAdapter, UrlMatch } from '@/sites/types';

// Resolved with node:path: the test DOM replaces the global URL class.
const HERE = dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = `${resolve(HERE, '../../fixtures')}/`;

/** The real LinkedIn markup kept beside the project (../shared/fixtures/linkedin), when present. */
export const SHARED_LINKEDIN_DIR = `${resolve(HERE, '../../../../shared/fixtures/linkedin')}/`;
export const hasSharedFixtures = existsSync(SHARED_LINKEDIN_DIR);

/**
 * Parse as the content script would see the page, without the test DOM
 * fetching anything: stylesheets are dropped and frame URLs moved to
 * `data-src`, so every <iframe> becomes an empty same-origin about:blank
 * frame, as a not-yet-loaded frame is in a browser.
 */
export function parse(html: string): Document {
  const offline = html.replace(/<link\b[^>]*>/gi, '').replace(/(<iframe\b[^>]*?)\ssrc=/gi, '$1 data-src=');
  const settings = (window as unknown as { happyDOM: { settings: { enableIframePageLoading: boolean } } }).happyDOM.settings;
  const before = settings.enableIframePageLoading;
  settings.enableIframePageLoading = true;
  try {
    const doc = new DOMParser().parseFromString(offline, 'text/html');
    attachDeclarativeShadowRoots(doc);
    return doc;
  } finally {
    settings.enableIframePageLoading = before;
  }
}

export function loadFixture(site: string, file: string): Document {
  return parse(readFileSync(`${FIXTURES_DIR}${site}/${file}`, 'utf8'));
}

export function loadShared(file: string): Document {
  return parse(readFileSync(`${SHARED_LINKEDIN_DIR}${file}`, 'utf8'));
}

/**
 * Browsers turn `<template shadowrootmode="open">` into a real shadow root
 * while parsing; DOMParser in the test DOM does not, so do it here.
 */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

/** detect() then extract(), as the content script does; fails loudly if the URL is not detected. */
export function extractAt(adapter: SiteAdapter, doc: Document, href: string) {
  const url = new URL(href);
  const match: UrlMatch | null = adapter.detect(url);
  if (!match) throw new Error(`${adapter.id} does not detect ${href}`);
  return adapter.extract(doc, url, match);
}
