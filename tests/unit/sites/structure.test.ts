import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as patterns from '@/sites/host-patterns';
import { urlMatchesPattern } from '@/sites/match-pattern';
import { ADAPTERS } from '@/sites/registry';
import { FIXTURES_DIR } from './fixtures';

/** Architecture rule 4: the structure itself is tested (every adapter registered, tested, and in the manifest). */
const SITES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../sites');
/** Built at runtime for recruiter-added hosts (generic.ts), deliberately not in ADAPTERS. */
const RUNTIME_ONLY = new Set(['generic.ts']);

describe('sites/ structure', () => {
  it('every file exporting an adapter is registered in ADAPTERS, under its file name', () => {
    const registered = new Set(ADAPTERS.map((a) => `${a.id}.ts`));
    const adapterFiles = readdirSync(SITES_DIR)
      .filter((f) => f.endsWith('.ts') && !RUNTIME_ONLY.has(f))
      .filter((f) => /export const \w+: SiteAdapter\b/.test(readFileSync(`${SITES_DIR}/${f}`, 'utf8')));
    expect(adapterFiles.length).toBeGreaterThanOrEqual(ADAPTERS.length);
    for (const file of adapterFiles) expect(registered.has(file), `${file} is not in ADAPTERS`).toBe(true);
    for (const file of registered) expect(adapterFiles, `no file for ${file}`).toContain(file);
  });

  it('adapter ids are unique', () => {
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
  });

  describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s', (id, adapter) => {
    it('has at least 2 positive and 2 negative test URLs', () => {
      expect(adapter.testUrls.positive.length).toBeGreaterThanOrEqual(2);
      expect(adapter.testUrls.negative.length).toBeGreaterThanOrEqual(2);
    });

    it(`has a fixture folder tests/fixtures/${id}/ with at least 2 HTML files`, () => {
      const files = readdirSync(`${FIXTURES_DIR}${id}`).filter((f) => f.endsWith('.html'));
      expect(files.length).toBeGreaterThanOrEqual(2);
    });

    it('declares match patterns, each one in the manifest (CONTENT_MATCHES), demo excepted', () => {
      expect(adapter.matches.length).toBeGreaterThan(0);
      const manifest = id === 'demo' ? patterns.DEMO_MATCHES : patterns.CONTENT_MATCHES;
      for (const pattern of adapter.matches) expect(manifest).toContain(pattern);
    });

    it('its match patterns cover each of its positive test URLs', () => {
      for (const href of adapter.testUrls.positive) {
        expect(adapter.matches.some((p) => urlMatchesPattern(new URL(href), p)), href).toBe(true);
      }
    });
  });
});

describe('host patterns', () => {
  const lists = Object.entries(patterns).filter(([, v]) => Array.isArray(v)) as [string, string[]][];

  it('no pattern is <all_urls>, a bare wildcard host or localhost, except DEMO_MATCHES', () => {
    for (const [name, list] of lists) {
      if (name === 'DEMO_MATCHES') continue;
      for (const pattern of list) {
        expect(pattern, name).not.toBe('<all_urls>');
        expect(pattern, name).toMatch(/^https:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/.*$/);
        expect(pattern, name).not.toMatch(/localhost|127\.0\.0\.1/);
      }
    }
  });

  it('CONTENT_MATCHES has no duplicates and includes (or, for path-narrowed lists, covers) every *_MATCHES list but the demo', () => {
    expect(new Set(patterns.CONTENT_MATCHES).size).toBe(patterns.CONTENT_MATCHES.length);
    const wholeHost = (pattern: string) => pattern.replace(/^(https?:\/\/[^/]+)\/.*$/, '$1/*');
    for (const [name, list] of lists) {
      if (name === 'DEMO_MATCHES' || name === 'CONTENT_MATCHES') continue;
      for (const pattern of list) expect([pattern, wholeHost(pattern)].some((p) => patterns.CONTENT_MATCHES.includes(p)), `${name}: ${pattern}`).toBe(true);
    }
  });

  it('all_frames only where records render in frames (Bullhorn)', () => {
    expect(patterns.ALL_FRAMES_MATCHES).toEqual(patterns.BULLHORN_MATCHES);
  });
});

describe('content scripts', () => {
  const ROOT = resolve(SITES_DIR, '..');
  const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

  it('the top-frame and all-frames lists split CONTENT_MATCHES without overlap (no frame gets two copies)', () => {
    expect([...patterns.TOP_FRAME_MATCHES, ...patterns.ALL_FRAMES_MATCHES].sort()).toEqual([...patterns.CONTENT_MATCHES].sort());
    expect(patterns.TOP_FRAME_MATCHES.filter((p) => patterns.ALL_FRAMES_MATCHES.includes(p))).toEqual([]);
  });

  it('top-frame hosts get the full script directly, except LinkedIn pages that cannot show a candidate (URL watch, content/watch.ts)', () => {
    const watchedHost = (p: string) => patterns.WATCHED_MATCHES.some((w) => w.split('/')[2] === p.split('/')[2]);
    expect(patterns.TOP_FRAME_MATCHES.filter((p) => !patterns.DIRECT_MATCHES.includes(p) && !watchedHost(p))).toEqual([]);
    expect(patterns.DIRECT_MATCHES.filter(watchedHost)).toEqual(patterns.LINKEDIN_CANDIDATE_PAGE_MATCHES);
  });

  it('LinkedIn’s candidate pages get their own script; the ATS one never runs on LinkedIn', () => {
    expect([...patterns.ATS_DIRECT_MATCHES, ...patterns.LINKEDIN_CANDIDATE_PAGE_MATCHES].sort()).toEqual([...patterns.DIRECT_MATCHES].sort());
    const watchedHost = (p: string) => patterns.WATCHED_MATCHES.some((w) => w.split('/')[2] === p.split('/')[2]);
    expect(patterns.ATS_DIRECT_MATCHES.filter(watchedHost)).toEqual([]);
  });

  it('each entrypoint uses its list; only the frames one runs in all frames', () => {
    const top = read('entrypoints/ats.content/index.ts');
    const linkedin = read('entrypoints/linkedin.content/index.ts');
    const frames = read('entrypoints/ats-frames.content/index.ts');
    expect(top).toMatch(/matches: ATS_DIRECT_MATCHES/);
    expect(top).not.toMatch(/allFrames/);
    expect(linkedin).toMatch(/matches: LINKEDIN_CANDIDATE_PAGE_MATCHES/);
    expect(linkedin).not.toMatch(/allFrames/);
    // Only LinkedIn's adapters: the registry would bring every ATS's code into LinkedIn pages.
    expect(linkedin).not.toMatch(/sites\/registry|content\/adapters'/);
    expect(frames).toMatch(/matches: ALL_FRAMES_MATCHES/);
    expect(frames).toMatch(/allFrames: true/);
  });

  it('content script code never imports storage, Dexie or valibot (it runs in the host page)', () => {
    const files = [
      ...readdirSync(resolve(ROOT, 'content')).map((f) => `content/${f}`),
      'entrypoints/ats.content/index.ts',
      'entrypoints/linkedin.content/index.ts',
      'entrypoints/ats-frames.content/index.ts',
      'entrypoints/linkedin-watch.ts',
    ];
    for (const file of files) expect(read(file), file).not.toMatch(/from '@\/storage|from 'dexie|from 'valibot|innerHTML/);
  });
});
