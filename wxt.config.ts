import { defineConfig } from 'wxt';
import { DEMO_MATCHES, LINKEDIN_CANDIDATE_PAGE_MATCHES, WATCHED_MATCHES } from './sites/host-patterns';

/**
 * Build configuration.
 *
 * `--mode demo` adds the bundled demo page's localhost origin to the content
 * script. Store builds (the default `production` mode) never ask for
 * localhost or <all_urls>: the manifest snapshot test guards this.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ browser }) => ({
    // Name and description come from public/_locales/<lang>/messages.json (English is the default).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: retention and reminders; notifications: reminders of overdue steps.
    // scripting: the content script is registered at runtime on the recruiter's own ATS hosts.
    permissions: browser === 'firefox' ? ['storage', 'alarms', 'notifications', 'scripting'] : ['storage', 'sidePanel', 'alarms', 'notifications', 'scripting'],
    // LinkedIn: the full content script is injected only on pages that may show a candidate (content/watch.ts).
    // The content script runs on these hosts anyway; injecting it needs them as host permissions too.
    host_permissions: WATCHED_MATCHES,
    // "Any other ATS": one host at a time is asked for when the recruiter adds it in the options page, never up front.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    // Keyboard shortcuts (messaging/commands.ts). Recruiters can change them in the browser's shortcut settings.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandOpenPopup__',
      },
      'open-side-panel': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandOpenSidePanel__' },
      'start-debrief': { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_commandStartDebrief__' },
    },
    action: { default_title: '__MSG_extName__' },
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data:;"
        : {
            extension_pages:
              "script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none';",
          },
    browser_specific_settings: {
      gecko: {
        id: 'recalibrate@recalibrate.app',
        // data_collection_permissions is understood from Firefox 140 (142 on Android).
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  // `npm run zip`: store archives for Chrome/Edge and Firefox, and the sources archive Firefox
  // reviewers rebuild from (README, "Publishing"). The sources hold what the build needs and
  // nothing else: no tests, screenshots, demo page or developer scripts.
  zip: {
    excludeSources: ['artifacts/**', 'tests/**', 'demo/**', 'scripts/**', 'stats.html', '*.log'],
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // LinkedIn's URL watch (entrypoints/linkedin-watch.ts) is a plain script, not a WXT content script: it runs
      // on every LinkedIn page that is not a candidate page, so it carries no content script context and costs next to nothing.
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: WATCHED_MATCHES, exclude_matches: LINKEDIN_CANDIDATE_PAGE_MATCHES, js: ['linkedin-watch.js'], run_at: 'document_idle' },
      ];
      if (wxt.config.mode !== 'demo') return;
      // Only the top-frame script: the all-frames one would be a second copy on the demo page.
      for (const script of manifest.content_scripts ?? []) {
        if (script.js?.includes('content-scripts/ats.js')) script.matches = [...(script.matches ?? []), ...DEMO_MATCHES];
      }
    },
  },
});
