import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as brief from '@/domain/brief';

const DIR = join(process.cwd(), 'domain/brief');
const files = readdirSync(DIR).filter((name) => name.endsWith('.ts'));
const source = (name: string) => readFileSync(join(DIR, name), 'utf8');

/** domain/ is pure: plain data in, plain data out, same answer every time. */
describe('domain/brief stays pure and small', () => {
  it.each(files)('%s imports no UI, storage or browser code', (name) => {
    const text = source(name);
    expect(text).not.toMatch(/from ['"](?:react|react-dom|dexie|dexie-react-hooks|zustand|wxt|@wxt-dev\/[^'"]+|wxt\/[^'"]+|@webext-core\/[^'"]+)['"]/);
    expect(text).not.toMatch(/\b(?:browser|chrome)\.\w/);
    expect(text).not.toMatch(/@\/(?:storage|stores|components|messaging|entrypoints)\//);
  });

  it.each(files)('%s reads no clock and no randomness', (name) => {
    const text = source(name);
    expect(text).not.toMatch(/Date\.now\(|new Date\(\)|Math\.random|crypto\./);
  });

  it.each(files)('%s is well under 200 lines', (name) => {
    expect(source(name).split('\n').length).toBeLessThan(200);
  });

  it('does not depend on the debrief module', () => {
    for (const name of files) expect(source(name)).not.toMatch(/domain\/debrief|from ['"]\.\.\/debrief/);
  });

  it('exposes the main entry points from the index', () => {
    for (const fn of ['qualifyBrief', 'parseJobText', 'nextVersion', 'restoreVersion', 'diffVersions', 'diffSummary', 'applyRequirementChanges',
      'rankCandidates', 'nearMissesFor', 'bestBriefsFor', 'buildBooleanSearch', 'proposePlanDates', 'validatePlan', 'buildClientSummary', 'escapeHtml', 'emptyBriefContent']) {
      expect(typeof (brief as Record<string, unknown>)[fn], fn).toBe('function');
    }
  });
});
