import type { CandidatePage } from '@/domain/candidate';
import type { PanelStatus } from '@/messaging/protocol';
import { PANEL_CSS } from './panel-styles';

/**
 * The "Interview went badly?" panel. Plain DOM in a shadow root rather than
 * React: it is drawn on pages recruiters keep open all day, so its first paint
 * must cost next to nothing. Text from the host page is only ever assigned via
 * `textContent` (never parsed as HTML). It shows no note content: the host
 * page can read anything drawn into its DOM.
 */
export interface PanelHandle {
  update(page: CandidatePage, status: PanelStatus | null): void;
  remove(): void;
}

const HOST_TAG = 'recalibrate-panel';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function statusLine(status: PanelStatus | null): { text: string; overdue: boolean } {
  if (!status) return { text: 'Checking your records…', overdue: false };
  if (status.overdueSteps > 0) return { text: `Debrief open · ${status.overdueSteps} step${status.overdueSteps > 1 ? 's' : ''} overdue`, overdue: true };
  if (status.openDebriefs > 0) return { text: status.openDebriefs > 1 ? `${status.openDebriefs} debriefs open` : 'Debrief open', overdue: false };
  if (status.totalDebriefs > 0) return { text: `${status.totalDebriefs} past debrief${status.totalDebriefs > 1 ? 's' : ''}`, overdue: false };
  return { text: 'No debrief yet', overdue: false };
}

export function mountPanel(onOpen: () => void): PanelHandle {
  document.querySelectorAll(HOST_TAG).forEach((old) => old.remove());
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = PANEL_CSS;

  const panel = el('section', 'panel');
  panel.setAttribute('role', 'complementary');
  panel.setAttribute('aria-label', 'Recalibrate');
  const top = el('div', 'top');
  const brand = el('span', 'brand', 'Recalibrate');
  const collapse = el('button', 'icon', '–');
  collapse.type = 'button';
  collapse.setAttribute('aria-label', 'Collapse the Recalibrate panel');
  collapse.setAttribute('aria-expanded', 'true');
  const close = el('button', 'icon', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Hide the Recalibrate panel on this page');
  top.append(el('span', 'mark'), brand, collapse, close);

  const body = el('div', 'body');
  const name = el('div', 'name');
  name.setAttribute('data-field', 'name');
  const headline = el('div', 'headline');
  headline.setAttribute('data-field', 'headline');
  const status = el('div', 'status');
  status.setAttribute('data-field', 'status');
  status.setAttribute('role', 'status');
  const cta = el('button', 'cta', 'Interview went badly?');
  cta.type = 'button';
  body.append(name, headline, status, cta);
  panel.append(top, body);
  root.append(style, panel);

  cta.addEventListener('click', onOpen);
  collapse.addEventListener('click', () => {
    const collapsed = panel.classList.toggle('collapsed');
    collapse.textContent = collapsed ? '+' : '–';
    collapse.setAttribute('aria-expanded', String(!collapsed));
    collapse.setAttribute('aria-label', collapsed ? 'Expand the Recalibrate panel' : 'Collapse the Recalibrate panel');
  });
  close.addEventListener('click', () => host.remove());

  (document.body ?? document.documentElement).append(host);

  return {
    update(page, s) {
      name.textContent = s?.displayName || page.name;
      name.title = s?.displayName || page.name;
      headline.textContent = page.headline;
      headline.hidden = !page.headline;
      const line = statusLine(s);
      status.textContent = line.text;
      status.classList.toggle('overdue', line.overdue);
      cta.setAttribute('aria-label', `Interview went badly? Open the Recalibrate side panel for ${name.textContent}`);
    },
    remove() {
      host.remove();
    },
  };
}
