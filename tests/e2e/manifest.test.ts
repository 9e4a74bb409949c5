import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_DIRS, ownFixture } from './harness';

/**
 * Permission snapshot: adding a permission or a host to the store build must
 * be a conscious change to tests/fixtures/manifest-permissions.json.
 */
const manifest = (dir: string) => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
const expected = JSON.parse(readFileSync(ownFixture('manifest-permissions.json'), 'utf8'));

/** `__MSG_key__` → the default locale's message, as the browser shows it. */
function resolveMessage(dir: string, value: string): string {
  const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
  if (!key) return value;
  const messages = JSON.parse(readFileSync(`${dir}/_locales/en/messages.json`, 'utf8'));
  return messages[key]?.message ?? value;
}

function permissionSurface(m: Record<string, any>) {
  return {
    permissions: [...(m.permissions ?? [])].sort(),
    optional_permissions: [...(m.optional_permissions ?? [])].sort(),
    host_permissions: [...(m.host_permissions ?? [])].sort(),
    optional_host_permissions: [...(m.optional_host_permissions ?? [])].sort(),
    content_script_matches: [...new Set((m.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches))].sort(),
    externally_connectable: m.externally_connectable ?? null,
    web_accessible_resources: m.web_accessible_resources ?? null,
  };
}

describe('manifest', () => {
  it('Chrome/Edge store build asks for exactly the snapshotted permissions and hosts', () => {
    expect(permissionSurface(manifest(BUILD_DIRS.chrome))).toEqual(expected.chrome);
  });

  it('Firefox build asks for exactly the snapshotted permissions and hosts', () => {
    expect(permissionSurface(manifest(BUILD_DIRS.firefox))).toEqual(expected.firefox);
  });

  it.each([BUILD_DIRS.chrome, BUILD_DIRS.firefox])('%s never asks for localhost or <all_urls>', (dir) => {
    const text = JSON.stringify(manifest(dir));
    expect(text).not.toMatch(/<all_urls>|localhost|127\.0\.0\.1|\*:\/\/\*\//);
  });

  it('is named Recalibrate, has real icons and a strict CSP', () => {
    const m = manifest(BUILD_DIRS.chrome);
    expect(resolveMessage(BUILD_DIRS.chrome, m.name)).toBe('Recalibrate');
    expect(m.default_locale).toBe('en');
    expect(resolveMessage(BUILD_DIRS.chrome, m.description)).toMatch(/All data stays on your machine/);
    expect(m.manifest_version).toBe(3);
    expect(Object.keys(m.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
    expect(m.content_security_policy.extension_pages).toMatch(/script-src 'self'; object-src 'none'; connect-src 'none'/);
  });

  it('Firefox build declares its add-on id and that no data is collected', () => {
    const m = manifest(BUILD_DIRS.firefox);
    expect(m.browser_specific_settings.gecko.id).toBe('recalibrate@recalibrate.app');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
  });

  it.each([BUILD_DIRS.chrome, BUILD_DIRS.firefox])('%s runs in all frames only where records render in iframes (Bullhorn)', (dir) => {
    const scripts = manifest(dir).content_scripts as Array<{ matches: string[]; all_frames?: boolean; js: string[] }>;
    const framed = scripts.filter((c) => c.all_frames);
    expect(framed.map((c) => c.matches)).toEqual([['https://*.bullhornstaffing.com/*']]);
    // No frame gets two copies: the top-frame script does not list the all-frames hosts.
    const top = scripts.find((c) => c.js.includes('content-scripts/ats.js'))!;
    expect(top.matches.filter((m) => framed[0]!.matches.includes(m))).toEqual([]);
  });

  it('the demo build adds localhost to the top-frame script only (one panel on the demo page)', () => {
    const scripts = manifest(BUILD_DIRS.demo).content_scripts as Array<{ matches: string[]; js: string[] }>;
    const withLocalhost = scripts.filter((c) => c.matches.includes('http://localhost/*')).map((c) => c.js);
    expect(withLocalhost).toEqual([['content-scripts/ats.js']]);
  });

  it('only the demo build runs on the bundled localhost demo page', () => {
    const matches = manifest(BUILD_DIRS.demo).content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches).toEqual(expect.arrayContaining(['http://localhost/*', 'http://127.0.0.1/*']));
  });
});
