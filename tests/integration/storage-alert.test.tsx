import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuickNote } from '@/components/QuickNote';
import { StorageAlert } from '@/components/StorageAlert';
import Dexie from 'dexie';
import { db } from '@/storage/db';
import { CURRENT_VERSION, DB_NAME } from '@/storage/schema';
import { loadDraft, noteDraftId } from '@/storage/drafts';
import { clearStorageProblem } from '@/storage/storage-health';
import { freshDb } from './fresh-db';

/**
 * The disk fills up mid-call: saving a note fails with QuotaExceededError.
 * The recruiter must be told in words, and the note must not be lost.
 */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;

async function typeInto(textarea: HTMLTextAreaElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(textarea, value);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
  expect(check()).toBe(true);
};

describe('storage alert', () => {
  beforeEach(async () => {
    await freshDb();
    localStorage.clear();
    clearStorageProblem();
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  it('a full disk shows the banner, keeps the text, and saving works once there is room', async () => {
    await act(async () => root.render(<><StorageAlert /><QuickNote candidateKey="linkedin:jane-doe" /></>));
    const textarea = host.querySelector<HTMLTextAreaElement>('[data-testid="quick-note"]')!;
    await until(() => !textarea.disabled);
    const text = 'Offer: 82k base plus bonus, start in March';
    await typeInto(textarea, text);

    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db().notes.hook('creating', full);
    await act(async () => host.querySelector<HTMLButtonElement>('[data-testid="save-note"]')!.click());
    await until(() => !!host.querySelector('[data-testid="storage-alert"]'));
    expect(host.querySelector('[data-testid="storage-alert"]')!.getAttribute('data-kind')).toBe('quota');
    expect(host.querySelector('[data-testid="storage-alert"]')!.textContent).toMatch(/no room left.*kept on the side/);
    expect(host.querySelector('#quick-note-help')!.textContent).toMatch(/no room left/);
    expect(textarea.value).toBe(text);
    // The draft is safe (write-ahead copy or IndexedDB draft): a reopened view gets it back.
    expect(await loadDraft(noteDraftId('linkedin:jane-doe'))).toBe(text);
    expect(await db().notes.count()).toBe(0);

    db().notes.hook('creating').unsubscribe(full);
    await act(async () => host.querySelector<HTMLButtonElement>('[data-testid="save-note"]')!.click());
    await until(() => textarea.value === '');
    expect((await db().notes.toArray()).map((n) => n.text)).toEqual([text]);
  });

  it('a newer version opening the database in another window asks this view to reload', async () => {
    await act(async () => root.render(<StorageAlert />));
    await db().open();
    const newer = new Dexie(DB_NAME);
    newer.version(CURRENT_VERSION + 1).stores({});
    await newer.open();
    await until(() => host.querySelector('[data-testid="storage-alert"]')?.getAttribute('data-kind') === 'upgraded');
    expect(host.textContent).toMatch(/updated in another window.*Reload/);
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Reload', 'Dismiss']);
    newer.close();
  });
});
