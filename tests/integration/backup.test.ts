import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IndexableType } from 'dexie';
import { db } from '@/storage/db';
import { exportBackup } from '@/storage/backup';
import { BackupError, MAX_BACKUP_BYTES, parseBackup, readBackupFile } from '@/storage/backup-file';
import { backupErrorText } from '@/components/error-text';
import { applyImport, importBackupFile, previewImport } from '@/storage/backup-import';
import { eraseEverything } from '@/storage/erase';
import { search } from '@/storage/search';
import { CURRENT_VERSION } from '@/storage/schema';
import { freshDb, snapshotTables } from './fresh-db';
import { seedEverything, storageLocal } from './seed-data';

const EXPORTED_AT = '2026-03-01T10:00:00.000Z';
const exportText = async () => (await exportBackup(undefined, EXPORTED_AT)).text();

describe('backup round trip', () => {
  beforeEach(async () => {
    await freshDb();
    await seedEverything();
  });

  it('export → erase everything → import reproduces identical data', async () => {
    const before = await snapshotTables();
    const local = await storageLocal();
    const file = await exportText();
    expect(JSON.parse(file)).toMatchObject({ format: 'recalibrate-backup', formatVersion: 1, schemaVersion: CURRENT_VERSION, exportedAt: EXPORTED_AT });
    expect(Object.keys(JSON.parse(file).tables)).not.toContain('searchIndex');

    await eraseEverything();
    for (const rows of Object.values(await snapshotTables())) expect(rows).toEqual([]);
    expect(await storageLocal()).toEqual({});

    const result = await importBackupFile(new Blob([file]), 'replace');
    expect(result.tables.notes).toMatchObject({ add: 3, update: 0, delete: 0 });
    expect(await snapshotTables()).toEqual(before);
    expect(await exportText()).toBe(file);
    // Settings come back; the retention confirmation does not (it must be given again after seeing the preview).
    expect(await storageLocal()).toEqual({ settings: local.settings, retention: { months: 18 } });
    // The search index was rebuilt with the records.
    expect((await search('zoe')).groups.note).toHaveLength(1);
  });

  it('keeps markup in text as text, byte for byte', async () => {
    const file = await exportText();
    await eraseEverything();
    await importBackupFile(new Blob([file]), 'replace');
    expect((await db().notes.get('n1'))?.text).toBe('Client wants more hands-on. <script>alert(1)</script>');
    expect((await db().debriefs.get('d1'))?.feedback[0]?.quote).toBe('Too hands-off <b>really</b>');
  });

  it('previews merge and replace: add, update, unchanged, newer kept, delete', async () => {
    const file = JSON.parse(await exportText());
    file.tables.notes[0].text = 'changed in the file';
    file.tables.notes[0].updatedAt = '2026-02-02T00:00:00.000Z';
    file.tables.notes.push({ id: 'n9', candidateKey: 'linkedin:jane-doe', text: 'only in file', createdAt: EXPORTED_AT, updatedAt: EXPORTED_AT });
    file.tables.notes = file.tables.notes.filter((n: { id: string }) => n.id !== 'n3');
    await db().notes.update('n2', { text: 'newer here', updatedAt: '2026-05-01T00:00:00.000Z' });
    const parsed = parseBackup(JSON.stringify(file));

    const merge = await previewImport(parsed, 'merge');
    expect(merge.tables.notes).toEqual({ add: 1, update: 1, unchanged: 0, keepNewer: 1, delete: 0 });
    expect(merge.tables.candidates).toEqual({ add: 0, update: 0, unchanged: 2, keepNewer: 0, delete: 0 });
    expect(merge.settings).toBe('keep');
    const replace = await previewImport(parsed, 'replace');
    expect(replace.tables.notes).toEqual({ add: 1, update: 2, unchanged: 0, keepNewer: 0, delete: 1 });
    expect(replace.settings).toBe('restore');

    await applyImport(parsed, 'merge');
    expect((await db().notes.get('n2'))?.text).toBe('newer here');
    expect((await db().notes.get('n1'))?.text).toBe('changed in the file');
    expect(await db().notes.get('n3')).toBeDefined();
    expect(await db().notes.get('n9')).toBeDefined();
  });

  it('upgrades a backup written by schema v1 (candidates gain lastSeenAt)', async () => {
    const v1 = {
      format: 'recalibrate-backup', formatVersion: 1, schemaVersion: 1, exportedAt: EXPORTED_AT,
      tables: {
        candidates: [{ key: 'linkedin:old-timer', site: 'linkedin', externalId: 'old-timer', name: 'Old Timer', headline: '', profileUrl: 'https://www.linkedin.com/in/old-timer/', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z' }],
        notes: [{ id: 'v1n', candidateKey: 'linkedin:old-timer', text: 'From long ago', createdAt: '2025-01-02T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z' }],
      },
    };
    await importBackupFile(new Blob([JSON.stringify(v1)]), 'merge');
    expect((await db().candidates.get('linkedin:old-timer'))?.lastSeenAt).toBe('2025-01-02T00:00:00.000Z');
    expect((await search('long ago')).groups.note).toHaveLength(1);
  });

  it('rolls everything back when a write fails half-way', async () => {
    const file = JSON.parse(await exportText());
    await eraseEverything();
    const before = await snapshotTables();
    // Plans are written last: by then every other table has been written inside the transaction.
    const fail = () => {
      throw new Error('disk trouble');
    };
    db().plans.hook('creating', fail);
    await expect(applyImport(parseBackup(JSON.stringify(file)), 'replace')).rejects.toThrow('disk trouble');
    db().plans.hook('creating').unsubscribe(fail);
    expect(await snapshotTables()).toEqual(before);
  });

  it('exports a table larger than many read pages whole, in key order, and imports it back identical', async () => {
    const at = '2026-02-01T09:00:00.000Z';
    const many = Array.from({ length: 2_345 }, (_, i) => ({ id: `bulk-${String(i).padStart(5, '0')}`, candidateKey: 'linkedin:jane-doe', text: `note ${i}`, createdAt: at, updatedAt: at }));
    await db().notes.bulkAdd(many);
    const before = await snapshotTables();
    const file = await exportText();
    const notes = JSON.parse(file).tables.notes as { id: string }[];
    expect(notes).toHaveLength(2_345 + 3);
    expect(notes.map((n) => n.id)).toEqual([...notes.map((n) => n.id)].sort());
    await eraseEverything();
    await importBackupFile(new Blob([file]), 'replace');
    expect(await snapshotTables()).toEqual(before);
  });

  it('reports progress up to the total', async () => {
    const events: number[] = [];
    await exportBackup((p) => events.push(p.done));
    expect(events.at(-1)).toBe(2 + 3 + 1 + 2 + 1 + 1 + 1);
    const file = await exportText();
    await eraseEverything();
    const importEvents: { done: number; total: number }[] = [];
    await importBackupFile(new Blob([file]), 'replace', (p) => importEvents.push(p));
    expect(importEvents.at(-1)).toEqual(expect.objectContaining({ done: 11, total: 11 }));
  });
});

/**
 * The export reads each table as key ranges split on hex digits after the
 * prefix shared by the first and last keys (one digit up to 16 pages, two up
 * to 256): whatever the ids, the file must hold every record once, in
 * primary-key order.
 */
describe('export order across key ranges', () => {
  const hexBounds = (prefix: string) => [...'0123456789abcdef'].map((d) => prefix + d);
  const cases: Array<[string, IndexableType[]]> = [
    ['UUIDs, every range bound, digits, upper case, g and beyond, symbols, non-ASCII', [
      ...hexBounds(''), ...hexBounds('').map((b) => `${b}~`), ...hexBounds('').map((b) => `${b}-x`),
      crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(),
      '', ' ', '!', '-1', '/', ':', '@', 'A', 'F', 'Z', '_', '`', 'g', 'gg', 'z', 'zz', '~', 'é', '日本', 'legacy-note-17',
    ]],
    ['numbers and dates before strings', [-1, 0, 1.5, 1e12, 15, new Date(0), new Date(1e12), '0', '1', 'f', 'g']],
    ['numbers only', [3, 1, 2, -5]],
    ['ids sharing a prefix, with its bounds, upper case and g', [
      ...hexBounds('note-'), ...hexBounds('note-').map((b) => `${b}0`), 'note-', 'note-A', 'note-Z', 'note-g', 'note-1x', 'note-ff',
    ]],
    ['one shared prefix, one id a prefix of another', ['note', 'note-', 'note-0', 'note0', 'note1', 'notef', 'noteg']],
    ['one record', ['only']],
    ['over 16 pages (two-digit bounds), with every two-digit bound', [
      ...hexBounds('').flatMap((b) => hexBounds(b)).flatMap((b) => [b, `${b}-`]), ...Array.from({ length: 16_500 }, () => crypto.randomUUID()),
    ]],
    ['thousands in one range and few elsewhere (several pages per range)', [
      ...Array.from({ length: 2_345 }, (_, i) => `a${String(i).padStart(5, '0')}`), '0', 'b', 'f', 'z',
    ]],
  ];

  beforeEach(freshDb);

  it.each(cases)('%s', async (_name, ids) => {
    const at = '2026-02-01T09:00:00.000Z';
    await db().table('drafts').bulkAdd(ids.map((id, i) => ({ id, text: `draft ${i}`, updatedAt: at })));
    const expected = JSON.parse(JSON.stringify(await db().table('drafts').orderBy(':id').toArray()));
    const file = JSON.parse(await exportText());
    expect(file.tables.drafts).toEqual(expected);
    expect(file.tables.drafts).toHaveLength(ids.length);
  });
});

/** Bad files: each is rejected with a message naming the problem, and nothing changes. */
describe('hostile and broken backup files', () => {
  let good: string;
  const mutate = (change: (b: any) => void) => {
    const b = JSON.parse(good);
    change(b);
    return JSON.stringify(b);
  };
  /** Insert raw JSON text at the start of the first record of a table (keys JSON cannot express through an object literal). */
  const injectKey = (table: string, raw: string) => good.replace(new RegExp(`"${table}":\\[\\n\\{`), (m) => `${m}${raw},`);

  const cases: Array<[string, () => string | Blob, RegExp]> = [
    ['invalid JSON', () => '{not json', /^The file is not valid JSON/],
    ['truncated JSON', () => good.slice(0, Math.floor(good.length / 2)), /looks truncated/],
    ['an empty file', () => '', /not valid JSON/],
    ['a JSON list', () => '[1,2,3]', /not a Recalibrate backup \(expected a JSON object\)/],
    ['another app’s JSON', () => '{"version":1,"items":[]}', /^format: The file is not a Recalibrate backup/],
    ['no format version', () => mutate((b) => delete b.formatVersion), /^formatVersion: must be a whole number/],
    ['a future format version', () => mutate((b) => (b.formatVersion = 2)), /newer version of Recalibrate \(file format 2.*Update the extension/],
    ['a future schema version', () => mutate((b) => (b.schemaVersion = 99)), /^schemaVersion: .*database v99/],
    ['a schema version as text', () => mutate((b) => (b.schemaVersion = '4')), /^schemaVersion: must be a whole number/],
    ['no export date', () => mutate((b) => delete b.exportedAt), /^exportedAt: /],
    ['no tables', () => mutate((b) => delete b.tables), /^tables: missing/],
    ['an unknown table', () => mutate((b) => (b.tables.passwords = [])), /^tables\.passwords: is not a table Recalibrate knows/],
    ['the derived search index', () => mutate((b) => (b.tables.searchIndex = [])), /^tables\.searchIndex: is rebuilt automatically/],
    ['a table that is not a list', () => mutate((b) => (b.tables.notes = { n1: {} })), /^tables\.notes: must be a list of records/],
    ['a null record', () => mutate((b) => (b.tables.notes[0] = null)), /^tables\.notes\[0\]: must be an object/],
    ['a number where text belongs', () => mutate((b) => (b.tables.notes[0].text = 5)), /^tables\.notes\[0\]\.text: Invalid type: Expected string but received 5/],
    ['a missing field', () => mutate((b) => delete b.tables.notes[1].candidateKey), /^tables\.notes\[1\]\.candidateKey: is missing/],
    ['a nested wrong type', () => mutate((b) => (b.tables.debriefs[0].feedback[0].quote = ['x'])), /^tables\.debriefs\[0\]\.feedback\[0\]\.quote: Invalid type/],
    ['a value outside its list', () => mutate((b) => (b.tables.debriefs[0].stage = 'coffee')), /^tables\.debriefs\[0\]\.stage: must be one of: screening/],
    ['a rating of 7', () => mutate((b) => (b.tables.debriefs[0].track2.ratings = [{ competency: 'SQL', before: 7, revealed: null }])), /track2\.ratings\[0\]\.before: must be a rating from 1 to 5/],
    ['a date that is not a date', () => mutate((b) => (b.tables.notes[0].createdAt = 'yesterday')), /^tables\.notes\[0\]\.createdAt: is not a date/],
    ['a note over the length limit', () => mutate((b) => (b.tables.notes[0].text = 'x'.repeat(50_001))), /^tables\.notes\[0\]\.text: longer than 50,000 characters/],
    ['the same id twice', () => mutate((b) => (b.tables.notes[1].id = b.tables.notes[0].id)), /^tables\.notes\[1\]\.id: "n1" appears twice/],
    ['a candidate key that does not match its site and id', () => mutate((b) => (b.tables.candidates[0].key = 'linkedin:someone-else')), /^tables\.candidates\[0\]: key must be "site:externalId"/],
    ['a javascript: link', () => mutate((b) => (b.tables.candidates[0].profileUrl = 'javascript:alert(document.cookie)')), /^tables\.candidates\[0\]\.profileUrl: is not an http\(s\) link/],
    ['a data: link', () => mutate((b) => (b.tables.candidates[0].profileUrl = 'data:text/html,<script>alert(1)</script>')), /profileUrl: is not an http\(s\) link/],
    ['a script tag in an id', () => mutate((b) => (b.tables.notes[0].id = '<script>alert(1)</script>')), /^tables\.notes\[0\]\.id: contains characters not allowed in an id/],
    ['a script tag as a site id', () => mutate((b) => (b.tables.candidates[0].site = '<script>')), /^tables\.candidates\[0\]\.site: is not a site id/],
    ['a __proto__ key in a record', () => injectKey('candidates', '"__proto__":{"polluted":true}'), /^tables\.candidates\[0\]\.__proto__: the key "__proto__" is not allowed/],
    ['a constructor key in settings', () => good.replace('"settings":{', '"settings":{"constructor":{"prototype":{"polluted":true}},'), /^storage\.settings\.constructor(\.prototype)?: the key "(constructor|prototype)" is not allowed/],
    ['a prototype key deep in a debrief', () => good.replace('"feedback":[{', '"feedback":[{"prototype":1,'), /^tables\.debriefs\[0\]\.feedback\[0\]\.prototype: the key "prototype" is not allowed/],
    ['an unknown storage key', () => mutate((b) => (b.storage.sessionToken = 'x')), /^storage\.sessionToken: /],
    ['settings with a silly target', () => mutate((b) => (b.storage.settings.feedbackTargetHours = -4)), /^storage\.settings\.feedbackTargetHours: /],
    ['a 50 MB file', () => new Blob([good, ' '.repeat(50 * 1024 * 1024)]), /backups larger than 50 MB are refused/],
  ];

  beforeEach(async () => {
    await freshDb();
    await seedEverything();
    good = await exportText();
  });

  it('the unaltered file is accepted (the cases below differ from it in one way each)', async () => {
    await expect(readBackupFile(new Blob([good]))).resolves.toBeDefined();
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('rejects %s with its message, and changes nothing', async (_name, make, message) => {
    const before = await snapshotTables();
    const local = await storageLocal();
    const content = make();
    const blob = content instanceof Blob ? content : new Blob([content]);
    const error = await importBackupFile(blob, 'replace').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(message);
    // The import card words it through i18n: in English, exactly the same.
    expect(backupErrorText(error as BackupError)).toBe((error as Error).message);
    expect(await snapshotTables()).toEqual(before);
    expect(await storageLocal()).toEqual(local);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an oversized file before reading it', async () => {
    const blob = new Blob([' '.repeat(MAX_BACKUP_BYTES + 1)]);
    const read = vi.spyOn(blob, 'text');
    await expect(readBackupFile(blob)).rejects.toThrow(/refused/);
    expect(read).not.toHaveBeenCalled();
  });
});
