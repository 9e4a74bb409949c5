import { describe, expect, it } from 'vitest';
import { FIRST_PAINT_DB, firstPaintName } from '@/components/first-paint';
import { DB_NAME } from '@/storage/schema';
import { displayName } from '@/storage/types';

/** components/first-paint.ts repeats two storage facts to stay small; they must not drift. */
describe('first paint of popup and side panel', () => {
  it('reads the database the storage layer writes', () => {
    expect(FIRST_PAINT_DB).toBe(DB_NAME);
  });

  it.each([
    { name: 'Jane Doe' },
    { name: 'Jane Doe', correction: { name: 'Jane A. Doe' } },
    { name: 'Jane Doe', correction: { name: '' } },
    { name: '', correction: { jobTitle: 'CTO' } },
    { name: '' },
  ])('shows the name the views show: %j', (record) => {
    expect(firstPaintName(record)).toBe(displayName(record));
  });
});
