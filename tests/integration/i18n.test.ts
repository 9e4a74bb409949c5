import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t, tCount } from '@/components/i18n';
import { ENGLISH_MESSAGES as MESSAGES, englishGetMessage, englishMessage } from '../support/english-messages';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('English messages', () => {
  it.each(Object.entries(MESSAGES))('%s is well formed', (key, entry) => {
    // Browsers reject keys outside [A-Za-z0-9_@].
    expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
    expect(entry.message.trim()).not.toBe('');
    expect(entry.description, 'translators need a description').toBeTruthy();
    const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
    const declared = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
    expect(new Set(used)).toEqual(new Set(declared));
    const contents = Object.values(entry.placeholders ?? {}).map((p) => p.content).sort();
    expect(contents).toEqual(declared.map((_, i) => `$${i + 1}`));
  });

  it('every message is used by the code (no stale strings to translate)', () => {
    const code = [...['components', 'content', 'entrypoints', 'messaging', 'storage'].flatMap(sourceFiles), 'wxt.config.ts']
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(MESSAGES).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});

describe('English as the browsers serve it (the tests\' i18n)', () => {
  it('fills named placeholders from the substitutions, in the order the message names them', () => {
    expect(englishMessage('unitHours', ['2.5'])).toBe('2.5 h');
    expect(englishMessage('insightsCausesOverallSummary', ['Assessment', '2', '4'])).toBe('Most often: Assessment, in 2 of 4 diagnosed debriefs.');
  });

  it('substitutes like the browsers: missing values are empty, unknown keys give nothing', () => {
    expect(englishMessage('tileRedeployedNote', ['2'])).toBe('2 of  kept for the next role');
    expect(englishMessage('no-such-key', [])).toBe('');
  });

  it('takes one substitution or a list, as getMessage does', () => {
    expect(englishGetMessage('unitHours', 3)).toBe('3 h');
    expect(englishGetMessage('unitHours', ['3'])).toBe('3 h');
    expect(englishGetMessage('extName')).toBe('Recalibrate');
  });

  it('leaves no placeholder unfilled in any message', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      const values = Object.keys(entry.placeholders ?? {}).map((_, i) => `<${i + 1}>`);
      const text = englishMessage(key, values);
      expect(text, key).not.toMatch(/\$[A-Za-z0-9_@]+\$/);
      values.forEach((value) => expect(text, key).toContain(value));
    }
  });
});

describe('t()', () => {
  it('asks the browser', () => {
    expect(t('extName')).toBe('Recalibrate');
    expect(t('unitHours', 2.5)).toBe('2.5 h');
    expect(t('insightsCausesOverallSummary', 'Assessment', 2, 4)).toBe('Most often: Assessment, in 2 of 4 diagnosed debriefs.');
  });

  it('answers with the key when the browser has no message', () => {
    expect(t('no-such-key' as never)).toBe('no-such-key');
  });

  it('picks the singular or plural message', () => {
    expect(tCount('countRevisionsOne', 'countRevisionsOther', 1)).toBe('1 revision');
    expect(tCount('countRevisionsOne', 'countRevisionsOther', 3)).toBe('3 revisions');
  });
});
