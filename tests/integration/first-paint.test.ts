import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { paintFirst } from '@/components/first-paint';

/**
 * The popup's and side panel's first paint: the tab's candidate from session
 * memory, in plain DOM, before React loads, and before anything asks the
 * browser for a message (the first lookup loads the whole catalogue).
 */
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 5)));

function freshRoot(): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  return root;
}

describe('first paint', () => {
  it('draws the name and headline from the tab’s report, asks for no message until after the frame, then steps aside for React', async () => {
    history.replaceState(null, '', '/popup.html?tabId=7');
    await fakeBrowser.storage.session.set({ 'tab:7': { candidateKey: 'linkedin:priya-raman', name: 'Priya Raman', headline: 'Senior Product Designer' } });
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    const root = freshRoot();

    await paintFirst(root, 'app popup');
    const header = document.querySelector('main[aria-busy="true"] header')!;
    expect(header.querySelector('[data-testid="candidate-name"]')?.textContent).toBe('Priya Raman');
    expect(header.textContent).toContain('Senior Product Designer');
    expect(root.hidden).toBe(true);
    expect(getMessage).not.toHaveBeenCalled();

    await nextFrame();
    expect(header.getAttribute('aria-label')).toBe('Candidate');

    // React draws its own header: the first paint goes, React's container shows.
    const drawn = document.createElement('h1');
    drawn.dataset.testid = 'candidate-name';
    drawn.textContent = 'Priya Raman';
    root.append(drawn);
    await nextFrame();
    expect(document.querySelector('main[aria-busy="true"]')).toBeNull();
    expect(root.hidden).toBe(false);
    expect(document.querySelectorAll('[data-testid="candidate-name"]')).toHaveLength(1);
  });

  it('draws nothing when the tab shows no candidate', async () => {
    history.replaceState(null, '', '/popup.html?tabId=8');
    const root = freshRoot();
    await paintFirst(root, 'app popup');
    expect(document.querySelector('main')).toBeNull();
    expect(root.hidden).toBe(false);
  });
});
