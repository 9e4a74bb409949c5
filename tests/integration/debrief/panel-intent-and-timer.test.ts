import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getPanelIntent, setPanelIntent, watchPanelIntent } from '@/storage/panel-intent';
import { callElapsedMs } from '@/stores/debrief-slice';
import { useAppStore } from '@/stores/app-store';

describe('panel intent (in-page button → side panel)', () => {
  it('hands a fresh intent to a view that opens after the click, and to one already open', async () => {
    const seen: string[] = [];
    await setPanelIntent({ candidateKey: 'demo:priya-raman', tabId: 7, at: new Date().toISOString() });
    const stop = watchPanelIntent((i) => seen.push(i.candidateKey));
    await vi.waitFor(() => expect(seen).toEqual(['demo:priya-raman']));
    await setPanelIntent({ candidateKey: 'demo:tomas-novak', tabId: 7, at: new Date().toISOString() });
    await vi.waitFor(() => expect(seen).toEqual(['demo:priya-raman', 'demo:tomas-novak']));
    stop();
  });

  it('ignores a stale or malformed intent', async () => {
    await setPanelIntent({ candidateKey: 'demo:priya-raman', tabId: 7, at: new Date(Date.now() - 5 * 60_000).toISOString() });
    expect(await getPanelIntent()).toBeNull();
    await fakeBrowser.storage.session.set({ 'panel.intent': { candidateKey: 42 } });
    expect(await getPanelIntent()).toBeNull();
  });
});

describe('call timer', () => {
  it('starts, pauses, resumes and resets, counting only running time', () => {
    const s = () => useAppStore.getState();
    s().resetCallTimer();
    s().startCallTimer(1_000);
    s().startCallTimer(5_000); // a second start while running changes nothing
    expect(callElapsedMs(s().callTimer, 61_000)).toBe(60_000);
    s().pauseCallTimer(61_000);
    expect(callElapsedMs(s().callTimer, 999_999)).toBe(60_000);
    s().startCallTimer(100_000);
    expect(callElapsedMs(s().callTimer, 130_000)).toBe(90_000);
    s().resetCallTimer();
    expect(callElapsedMs(s().callTimer, 130_000)).toBe(0);
  });
});
