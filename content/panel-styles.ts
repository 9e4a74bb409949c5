/**
 * Styles of the in-page panel. They live inside its shadow root, so the host
 * page's CSS cannot reach in and ours cannot leak out. `:host { all: initial }`
 * resets inherited properties from the page.
 *
 * Type is kept to three sizes (12, 13, 15 px) and two weights (400, 700): the
 * browser builds each size × weight × family it meets anew on the host
 * page's main thread (on Linux a font lookup and a synchronous call to the
 * browser process each), and the family list is what the browsers resolve
 * natively (system-ui is Segoe UI on Windows, San Francisco on macOS), so no
 * missing family is looked up; icons are inline SVG (see panel.ts), not
 * glyphs. On the large LinkedIn profile this cut the font lookups one load
 * makes from 43 to 39 and the font-strike calls to the browser process from
 * 12 to 9 (the page alone makes 29 and 5); the time saved, a few ms, is below
 * what the bench can tell from its noise.
 */
export const PANEL_CSS = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; }
* { box-sizing: border-box; }
.panel {
  --bg: #ffffff; --fg: #17202a; --muted: #52606d; --line: #d9e2ec; --accent: #0f766e;
  --accent-fg: #ffffff; --warn: #b42318; --focus: #f59e0b;
  font: 13px/1.4 system-ui, sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 12px;
  box-shadow: 0 6px 24px rgba(16, 24, 40, .18); width: 280px; padding: 12px 14px;
}
@media (prefers-color-scheme: dark) {
  .panel { --bg: #1b2430; --fg: #e6edf3; --muted: #a9b6c3; --line: #334155; --accent: #2dd4bf; --accent-fg: #04201d; --warn: #fca5a5; }
}
.top { display: flex; align-items: center; gap: 6px; margin-bottom: 8px; }
.brand { font-size: 12px; letter-spacing: .04em; text-transform: uppercase; color: var(--muted); flex: 1; }
.mark { width: 14px; height: 14px; border-radius: 50%; border: 2px solid var(--accent); position: relative; }
.mark::after { content: ""; position: absolute; inset: 3px; border-radius: 50%; background: var(--accent); }
.name { font-size: 15px; font-weight: 700; overflow-wrap: anywhere; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.headline { color: var(--muted); overflow-wrap: anywhere; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; margin-top: 2px; }
.status { margin: 8px 0 10px; font-size: 12px; color: var(--muted); }
.status.overdue { color: var(--warn); font-weight: 700; }
button { font: inherit; cursor: pointer; border-radius: 8px; }
.cta { width: 100%; border: 0; background: var(--accent); color: var(--accent-fg); font-weight: 700; padding: 8px 10px; }
.cta:hover { filter: brightness(1.05); }
.icon { border: 0; background: transparent; color: var(--muted); width: 24px; height: 24px; padding: 0; display: inline-grid; place-items: center; }
.icon svg { width: 14px; height: 14px; fill: none; stroke: currentColor; stroke-width: 1.75; stroke-linecap: round; stroke-linejoin: round; }
.icon:hover { color: var(--fg); background: var(--line); }
button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.name-row { display: flex; align-items: flex-start; gap: 4px; }
.name-row .name { flex: 1; }
.fix-open { flex: none; }
.fix-open svg { width: 13px; height: 13px; }
.job { color: var(--muted); font-size: 12px; margin-top: 2px; overflow-wrap: anywhere; }
.ask { margin: 0 0 8px; font-weight: 700; }
.fix { display: grid; gap: 6px; margin-bottom: 8px; }
.fix .field { display: grid; gap: 2px; }
.fix label { font-size: 12px; color: var(--muted); }
.fix input { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 5px 7px; width: 100%; }
.fix input:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.fix input[aria-invalid="true"] { border-color: var(--warn); }
.fix-error { margin: 0; color: var(--warn); font-size: 12px; }
.fix-error:empty { display: none; }
.fix-actions { display: flex; gap: 6px; }
.save { flex: 1; border: 0; background: var(--accent); color: var(--accent-fg); font-weight: 700; padding: 6px 10px; }
.save:disabled { opacity: .6; cursor: progress; }
.secondary { border: 1px solid var(--line); background: transparent; color: var(--fg); padding: 6px 10px; }
[hidden] { display: none !important; }
.collapsed .body { display: none; }
.collapsed { width: auto; padding: 6px 10px; }
`;
