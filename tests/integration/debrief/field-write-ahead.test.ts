import { beforeEach, describe, expect, it } from 'vitest';
import { getDebrief } from '@/storage/debriefs';
import { setDebriefText } from '@/storage/debrief-edits';
import { fingerprint, pendingWriteAheads, recoverWriteAheads, settleWriteAhead, writeAhead } from '@/storage/field-write-ahead';
import { freshDb, seededDebrief } from './helpers';

beforeEach(freshDb);

describe('field write-ahead', () => {
  it('replays words whose save never landed (the popup closed mid-sentence)', async () => {
    const d = await seededDebrief();
    writeAhead(d.id, 'notes', 'Half a thought about the cli', fingerprint(''));
    expect(await recoverWriteAheads(d.id)).toBe(1);
    expect((await getDebrief(d.id))!.notes).toBe('Half a thought about the cli');
    expect(pendingWriteAheads(d.id)).toEqual([]);
  });

  it('drops the copy once the save has landed, but not if newer words were typed', async () => {
    const d = await seededDebrief();
    writeAhead(d.id, 'notes', 'first', '');
    settleWriteAhead(d.id, 'notes', 'first');
    expect(pendingWriteAheads(d.id)).toEqual([]);
    writeAhead(d.id, 'notes', 'second and more', '');
    settleWriteAhead(d.id, 'notes', 'second');
    expect(pendingWriteAheads(d.id).map((e) => e.text)).toEqual(['second and more']);
  });

  it('keeps a later edit made in another view over an older copy', async () => {
    const d = await seededDebrief();
    writeAhead(d.id, 'notes', 'typed in the popup', fingerprint(''));
    await new Promise((r) => setTimeout(r, 5));
    await setDebriefText(d.id, 'notes', 'written later in the side panel');
    expect(await recoverWriteAheads(d.id)).toBe(0);
    expect((await getDebrief(d.id))!.notes).toBe('written later in the side panel');
    expect(pendingWriteAheads(d.id)).toEqual([]);
  });

  it('replays an older copy when the field still holds what it was typed over', async () => {
    const d = await seededDebrief();
    await setDebriefText(d.id, 'notes', 'Before');
    writeAhead(d.id, 'notes', 'Before, and after', fingerprint('Before'));
    await new Promise((r) => setTimeout(r, 5));
    await setDebriefText(d.id, 'track1.timeline', 'another field changed later');
    expect(await recoverWriteAheads(d.id)).toBe(1);
    expect((await getDebrief(d.id))!.notes).toBe('Before, and after');
  });

  it('fingerprints by length and content', () => {
    expect(fingerprint('abc')).toBe(fingerprint('abc'));
    expect(fingerprint('abc')).not.toBe(fingerprint('abd'));
    expect(fingerprint('x'.repeat(50_000)).startsWith('50000:')).toBe(true);
  });

  it('ignores damaged copies and copies for other debriefs', async () => {
    const d = await seededDebrief();
    localStorage.setItem(`recalibrate.field:${d.id}|notes`, '{not json');
    writeAhead('another-debrief', 'notes', 'elsewhere', '');
    expect(await recoverWriteAheads(d.id)).toBe(0);
    expect(pendingWriteAheads('another-debrief')).toHaveLength(1);
  });
});
