import { afterEach, describe, expect, it } from 'vitest';
import { afterParsing } from '@/content/after-parsing';

/**
 * A content script declared at `document_start` looks for the candidate once
 * the page is parsed; one injected later starts at once.
 */
let readyState: DocumentReadyState = 'complete';
Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState });
const becomes = (state: DocumentReadyState) => {
  readyState = state;
  document.dispatchEvent(new Event('readystatechange'));
};

afterEach(() => {
  readyState = 'complete';
});

describe('afterParsing', () => {
  it.each(['interactive', 'complete'] as const)('starts at once when the document is already %s', (state) => {
    readyState = state;
    const starts: string[] = [];
    afterParsing(() => starts.push('start'), new AbortController().signal);
    expect(starts).toEqual(['start']);
  });

  it('waits while the page is parsed and starts once, when parsing ends', () => {
    readyState = 'loading';
    const starts: string[] = [];
    afterParsing(() => starts.push(document.readyState), new AbortController().signal);
    document.dispatchEvent(new Event('readystatechange')); // still loading
    expect(starts).toEqual([]);
    becomes('interactive');
    becomes('complete');
    expect(starts).toEqual(['interactive']);
  });

  it('never starts once the script is invalidated while the page loads', () => {
    readyState = 'loading';
    const starts: string[] = [];
    const stop = new AbortController();
    afterParsing(() => starts.push('start'), stop.signal);
    stop.abort();
    becomes('interactive');
    expect(starts).toEqual([]);
  });
});
