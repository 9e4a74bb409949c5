// `npm run seed -- [profile-dir] [--candidates N] [--debriefs N] [--notes N] [--briefs N] [--seed N]`
//
// Builds the extension, starts Chromium with it on the given profile
// directory (created if missing; a temporary one if none is given), fills the
// extension's database with realistic data (scripts/seed-data.ts; by default
// 2,000 candidates, 10,000 debriefs, 50,000 notes, 300 briefs) and prints how
// to open that profile for manual trials. Existing Recalibrate data in the
// profile is replaced.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILD_DIRS, launchWithExtension } from './browser.mjs';
import { bundleBenchPage, openBenchPage } from './bundle-page.mjs';
import { chromiumPath } from './chromium-path.mjs';

const ROOT = resolve(import.meta.dirname, '..');
process.chdir(ROOT);

function parseArgs(argv) {
  const options = {};
  let profile;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const flag = /^--(candidates|debriefs|notes|briefs|seed)$/.exec(arg);
    if (flag) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${arg} needs a whole number`);
      options[flag[1]] = value;
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run seed -- [profile-dir] [--candidates N] [--debriefs N] [--notes N] [--briefs N] [--seed N]');
      process.exit(0);
    } else if (!arg.startsWith('--') && !profile) {
      profile = resolve(arg);
    } else {
      throw new Error(`unknown argument: ${arg}`);
    }
  }
  return { profile, options };
}

const { profile: given, options } = parseArgs(process.argv.slice(2));
const profile = given ?? (await mkdtemp(join(tmpdir(), 'recalibrate-seeded-')));
mkdirSync(profile, { recursive: true });

console.log('Building the extension…');
execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const { code } = await bundleBenchPage();

const app = await launchWithExtension({ extensionDir: BUILD_DIRS.chrome, userDataDir: profile });
try {
  const page = await openBenchPage(app.context, app.extensionId, code);
  console.log('Seeding…');
  const result = await page.evaluate((o) => globalThis.recalibrateBench.seed(o), options);
  console.log(`Seeded in ${(result.ms / 1000).toFixed(1)} s:`, result.counts);
} finally {
  await app.close();
}

const ext = resolve(BUILD_DIRS.chrome);
console.log(`
Profile: ${profile}
Open it with the extension loaded (the extension id depends on the build folder, so load the same one):

  ${chromiumPath()} --user-data-dir=${profile} --load-extension=${ext}

The heaviest candidate is Eduardo Alvarez Nowak (linkedin:eduardo-alvarez-nowak).`);
