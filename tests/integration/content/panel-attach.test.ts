import { afterEach, describe, expect, it } from 'vitest';
import { mountPanel } from '@/content/panel';
import type { CandidatePage } from '@/domain/candidate';

/**
 * Where the panel joins the page: one panel, a child of <html> after <body>,
 * replacing any an older copy of the script left, and touching nothing else.
 */
const hosts = () => document.querySelectorAll('recalibrate-panel');
const actions = { onOpen: () => undefined, onCorrect: async () => undefined };
const page: CandidatePage = { site: 'linkedin', externalId: 'ada', profileUrl: 'https://www.linkedin.com/in/ada/', name: 'Ada Okafor', headline: 'Staff engineer' };

afterEach(() => hosts().forEach((h) => h.remove()));

describe('mountPanel', () => {
  it('attaches one panel after <body>, drawn with what it is told', () => {
    mountPanel(actions).update(page, null);
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.parentElement).toBe(document.documentElement);
    expect(hosts()[0]!.previousElementSibling).toBe(document.body);
    expect(hosts()[0]!.shadowRoot!.querySelector('[data-field="name"]')!.textContent).toBe('Ada Okafor');
  });

  it('replaces a panel an older copy of the script left, after <body> or in it, and nothing else', () => {
    mountPanel(actions);
    const older = document.createElement('recalibrate-panel');
    document.body.append(older);
    const unrelated = document.createElement('div');
    document.body.append(unrelated);
    mountPanel(actions).update(page, null);
    expect(hosts()).toHaveLength(1);
    expect(older.isConnected).toBe(false);
    expect(unrelated.isConnected).toBe(true);
    unrelated.remove();
  });

  it('leaves nothing behind when removed', () => {
    mountPanel(actions).remove();
    expect(hosts()).toHaveLength(0);
  });

  it('draws its icons as SVG with text labels, and collapse swaps its icon, label and state', () => {
    mountPanel(actions).update(page, null);
    const root = hosts()[0]!.shadowRoot!;
    const icons = Array.from(root.querySelectorAll<HTMLButtonElement>('button.icon'));
    expect(icons.map((b) => b.getAttribute('aria-label'))).toEqual(['Collapse the Recalibrate panel', 'Hide the Recalibrate panel on this page', 'Not right? Correct the name or job']);
    for (const b of icons) {
      expect(b.textContent).toBe(''); // no glyph for the browser to look up in the system's fonts
      expect(b.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    }
    const collapse = icons[0]!;
    const drawn = () => collapse.querySelector('path')!.getAttribute('d');
    const open = drawn();
    collapse.click();
    expect(collapse.getAttribute('aria-expanded')).toBe('false');
    expect(collapse.getAttribute('aria-label')).toBe('Expand the Recalibrate panel');
    expect(drawn()).not.toBe(open);
    collapse.click();
    expect(collapse.getAttribute('aria-expanded')).toBe('true');
    expect(drawn()).toBe(open);
  });
});
