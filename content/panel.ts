import type { CandidatePage } from '@/domain/candidate';
import type { PanelStatus } from '@/messaging/protocol';
import { PANEL_CSS } from './panel-styles';
import { createCorrectionForm, type CorrectionFields, type CorrectionForm } from './panel-correction';
import { t } from './i18n';

/**
 * The "Interview went badly?" panel. Plain DOM in a shadow root rather than
 * React: it is drawn on pages recruiters keep open all day, so its first paint
 * must cost next to nothing. Text from the host page is only ever assigned via
 * `textContent` (never parsed as HTML). It shows no note content: the host
 * page can read anything drawn into its DOM.
 *
 * Three states: the candidate (name from the recruiter's correction, else the
 * page); "Who is this?" when neither gave a name; and the inline correction
 * form the pencil button opens.
 */
export interface PanelHandle {
  update(page: CandidatePage, status: PanelStatus | null): void;
  remove(): void;
}

export interface PanelActions {
  onOpen(): void;
  onCorrect(fields: CorrectionFields): Promise<void>;
}

const HOST_TAG = 'recalibrate-panel';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(className: string, text: string, label?: string): HTMLButtonElement {
  const b = el('button', className, text);
  b.type = 'button';
  if (label) b.setAttribute('aria-label', label);
  return b;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Stroke paths on a 16 × 16 grid. */
const ICONS = {
  collapse: 'M3.5 8h9',
  expand: 'M3.5 8h9M8 3.5v9',
  close: 'M4 4l8 8M12 4l-8 8',
  edit: 'M10.5 2.5l3 3-8 8H2.5v-3z',
} as const;

/**
 * An icon drawn as inline SVG, not a text glyph (–, ×, ✎): a glyph the
 * panel's font lacks sends the browser looking through the system's fonts
 * for one that has it, on the host page's main thread, and looks different
 * on every OS. Inline SVG is also untouched by the page's content security
 * policy, which a data: URL in CSS is not.
 */
function setIcon(target: HTMLElement, name: keyof typeof ICONS): void {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICONS[name]);
  svg.append(path);
  target.replaceChildren(svg);
}

function iconButton(className: string, icon: keyof typeof ICONS, label: string): HTMLButtonElement {
  const b = button(className, '', label);
  setIcon(b, icon);
  return b;
}

/**
 * A panel an older copy of the script left (the extension was updated or
 * reloaded while the page stayed open). Panels are only ever children of
 * <html> (or of <body>, in earlier versions), so only those are looked at:
 * a selector over the whole document walks every element of a page that can
 * hold 50,000 (about 3 ms on the large LinkedIn profile).
 */
function removeLeftoverPanels(): void {
  const places = [document.documentElement, document.body].filter((p): p is HTMLElement => !!p);
  for (const old of places.flatMap((p) => Array.from(p.children).filter((c) => c.localName === HOST_TAG))) old.remove();
}

export function statusLine(status: PanelStatus | null): { text: string; overdue: boolean } {
  if (!status) return { text: t('panelChecking'), overdue: false };
  const { overdueSteps, openDebriefs, totalDebriefs } = status;
  if (overdueSteps > 0) return { text: t(overdueSteps === 1 ? 'panelOverdueOne' : 'panelOverdueOther', overdueSteps), overdue: true };
  if (openDebriefs > 0) return { text: openDebriefs === 1 ? t('panelOpenDebriefsOne') : t('panelOpenDebriefsOther', openDebriefs), overdue: false };
  if (totalDebriefs > 0) return { text: t(totalDebriefs === 1 ? 'panelPastDebriefsOne' : 'panelPastDebriefsOther', totalDebriefs), overdue: false };
  return { text: t('panelNoDebrief'), overdue: false };
}

export function mountPanel(actions: PanelActions): PanelHandle {
  removeLeftoverPanels();
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = PANEL_CSS;

  const panel = el('section', 'panel');
  panel.setAttribute('role', 'complementary');
  panel.setAttribute('aria-label', t('extName'));
  const top = el('div', 'top');
  const brand = el('span', 'brand', t('extName'));
  const collapse = iconButton('icon', 'collapse', t('panelCollapse'));
  collapse.setAttribute('aria-expanded', 'true');
  const close = iconButton('icon', 'close', t('panelHide'));
  top.append(el('span', 'mark'), brand, collapse, close);

  const body = el('div', 'body');
  const who = el('div', 'who');
  const nameRow = el('div', 'name-row');
  const name = el('div', 'name');
  name.setAttribute('data-field', 'name');
  const fix = iconButton('icon fix-open', 'edit', t('panelCorrectOpen'));
  fix.title = t('panelCorrectOpen');
  fix.setAttribute('data-action', 'correct');
  nameRow.append(name, fix);
  const headline = el('div', 'headline');
  headline.setAttribute('data-field', 'headline');
  const job = el('div', 'job');
  job.setAttribute('data-field', 'job');
  who.append(nameRow, headline, job);
  const ask = el('p', 'ask', t('panelAsk'));
  ask.setAttribute('data-field', 'ask');
  const status = el('div', 'status');
  status.setAttribute('data-field', 'status');
  status.setAttribute('role', 'status');
  const cta = button('cta', t('appInterviewWentBadly'));

  let current: { page: CandidatePage; status: PanelStatus | null } | null = null;
  /** show: the candidate; ask: no name known, the form is the prompt; edit: the recruiter opened the correction. */
  let mode: 'show' | 'ask' | 'edit' = 'show';
  const backToShow = () => {
    mode = 'show';
    form?.close();
    render();
    fix.focus(); // keyboard users land where they started
  };
  // Built the first time it opens: most pages never need it, and every node costs the host page.
  let form: CorrectionForm | null = null;
  const openForm = (fields: CorrectionFields, options: Parameters<CorrectionForm['open']>[1]) => {
    form ??= createCorrectionForm({
      save: async (typed) => {
        await actions.onCorrect(typed);
        backToShow();
      },
      cancel: backToShow,
    });
    if (!form.element.isConnected) status.before(form.element);
    form.open(fields, options);
  };
  body.append(who, ask, status, cta);
  panel.append(top, body);
  root.append(style, panel);

  const shownName = () => (current ? current.status?.displayName || current.page.name : '');
  const shownJob = () => (current ? current.status?.jobTitle || current.page.job?.title || '' : '');

  /** Draw the current state; the form's fields are only filled when it opens, never overwritten while typing. */
  function render() {
    if (!current) return;
    const known = !!shownName();
    if (!known && mode !== 'ask') {
      mode = 'ask'; // never steal focus from the page: the recruiter clicks into the prompt when ready
      openForm({ name: '', jobTitle: shownJob() }, { focus: false, dismissible: false });
    } else if (known && mode === 'ask') {
      mode = 'show'; // a name arrived from elsewhere (the popup's correction)
      form?.close();
    }
    const asking = mode === 'ask';
    panel.classList.toggle('asking', asking);
    who.hidden = mode !== 'show';
    ask.hidden = !asking;
    cta.hidden = asking;
    name.textContent = shownName();
    name.title = shownName();
    headline.textContent = current.page.headline;
    headline.hidden = !current.page.headline;
    job.textContent = shownJob() ? t('panelForJob', shownJob()) : '';
    job.hidden = !shownJob();
    const line = statusLine(current.status);
    status.textContent = line.text;
    status.classList.toggle('overdue', line.overdue);
    cta.setAttribute('aria-label', t('panelCtaLabel', shownName()));
  }

  cta.addEventListener('click', actions.onOpen);
  fix.addEventListener('click', () => {
    mode = 'edit';
    openForm({ name: shownName(), jobTitle: shownJob() }, { focus: true, dismissible: true });
    render();
  });
  collapse.addEventListener('click', () => {
    const collapsed = panel.classList.toggle('collapsed');
    setIcon(collapse, collapsed ? 'expand' : 'collapse');
    collapse.setAttribute('aria-expanded', String(!collapsed));
    collapse.setAttribute('aria-label', t(collapsed ? 'panelExpand' : 'panelCollapse'));
  });
  close.addEventListener('click', () => host.remove());

  // A child of <html>, after <body>: adding to the page's <body> makes the browser re-check the page's own
  // sibling and child rules there (on the large LinkedIn profile the script time the extension adds went
  // from about 13 ms to 7 ms), and a page that re-renders its body keeps the panel.
  // Attached at once, in the page's first frame after its name is read. Attaching after that frame instead
  // saved 4–25 ms of layout in A/B runs on the large LinkedIn profile, but showed the panel about 80 ms later
  // and moved no task-time figure beyond the noise, so it was not kept.
  document.documentElement.append(host);

  return {
    update(page, s) {
      current = { page, status: s };
      render();
    },
    remove() {
      host.remove();
    },
  };
}
