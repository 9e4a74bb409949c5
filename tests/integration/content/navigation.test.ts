import { afterEach, describe, expect, it, vi } from 'vitest';
import { onUrlChange } from '@/content/navigation';

/**
 * The URL watch of single-page apps: events where the browser has the
 * Navigation API (no timer waking the host page), a 1 s poll where it has not.
 */
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
const withNavigationApi = (nav: EventTarget | undefined) => Object.defineProperty(globalThis, 'navigation', { configurable: true, value: nav });

afterEach(() => {
  vi.useRealTimers();
  withNavigationApi(undefined);
});

describe('onUrlChange', () => {
  it('follows the Navigation API and sets no timer', () => {
    const nav = new EventTarget();
    withNavigationApi(nav);
    setUrl('https://www.linkedin.com/feed/');
    const interval = vi.spyOn(globalThis, 'setInterval');
    const seen: string[] = [];
    const stop = new AbortController();
    onUrlChange((href) => seen.push(href), stop.signal);
    setUrl('https://www.linkedin.com/in/ada-okafor/');
    nav.dispatchEvent(new Event('currententrychange'));
    nav.dispatchEvent(new Event('currententrychange')); // same URL: once
    stop.abort();
    setUrl('https://www.linkedin.com/in/someone-else/');
    nav.dispatchEvent(new Event('currententrychange'));
    expect(seen).toEqual(['https://www.linkedin.com/in/ada-okafor/']);
    expect(interval).not.toHaveBeenCalled();
    interval.mockRestore();
  });

  it('polls once a second without the Navigation API, and stops when told', () => {
    vi.useFakeTimers();
    setUrl('https://www.linkedin.com/feed/');
    const seen: string[] = [];
    const stop = new AbortController();
    onUrlChange((href) => seen.push(href), stop.signal);
    setUrl('https://www.linkedin.com/in/ada-okafor/');
    vi.advanceTimersByTime(999);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['https://www.linkedin.com/in/ada-okafor/']);
    stop.abort();
    setUrl('https://www.linkedin.com/in/someone-else/');
    vi.advanceTimersByTime(5000);
    expect(seen).toHaveLength(1);
  });

  it('hears back/forward and hash routing either way', () => {
    withNavigationApi(new EventTarget());
    setUrl('https://app.recruitee.com/#/candidates/1');
    const seen: string[] = [];
    onUrlChange((href) => seen.push(href), new AbortController().signal);
    setUrl('https://app.recruitee.com/#/candidates/2');
    window.dispatchEvent(new Event('hashchange'));
    setUrl('https://app.recruitee.com/#/candidates/1');
    window.dispatchEvent(new Event('popstate'));
    expect(seen).toEqual(['https://app.recruitee.com/#/candidates/2', 'https://app.recruitee.com/#/candidates/1']);
  });
});
