// Runs `web-ext lint` on the Firefox build and fails on any error.
// Warnings are printed; the ones known to come from libraries' own code are
// listed in the README ("Firefox review notes").
import { execFileSync } from 'node:child_process';

const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
}).trim();
const report = JSON.parse(out.slice(out.indexOf('{')));
const { errors = [], warnings = [], notices = [] } = report;
const summary = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}`;
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
for (const w of warnings) console.log(summary(w));
if (errors.length) {
  for (const e of errors) console.error(summary(e));
  process.exit(1);
}
