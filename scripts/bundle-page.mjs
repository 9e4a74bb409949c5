// Bundles scripts/bench-page.ts (with Dexie and the project's storage code)
// into one script that the bench and the seed script evaluate inside an
// extension page.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @returns {Promise<{ code: string }>} */
export async function bundleBenchPage() {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    resolve: { alias: [{ find: /^@\//, replacement: ROOT }] },
    build: {
      write: false,
      minify: false,
      target: 'esnext',
      lib: { entry: `${ROOT}scripts/bench-page.ts`, formats: ['iife'], name: 'recalibrateBenchBundle', fileName: () => 'bench-page.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('bench page bundle: no output');
  return { code: chunk.code };
}

/**
 * Opens an extension page and loads the bench code into it (evaluated over
 * the DevTools protocol: the extension's CSP forbids injected script tags,
 * which is right). Returns the page; call `page.evaluate(() =>
 * recalibrateBench.…)` on it.
 */
export async function openBenchPage(context, extensionId, code) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(code);
  return page;
}
