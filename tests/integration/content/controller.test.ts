import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { candidateKey, type CandidatePage } from '@/domain/candidate';
import { startController, type ControllerPorts } from '@/content/controller';
import { createAdapterLookup } from '@/content/adapters';
import { statusLine } from '@/content/panel';
import type { CandidatePeek, PanelStatus } from '@/messaging/protocol';

/**
 * The content script's brain against a DOM, with the extension faked at its
 * ports: when it reports, when it asks "who is this?", what a correction
 * sends, and that it never shows the previous person.
 */
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
const panel = () => document.querySelector('recalibrate-panel')?.shadowRoot ?? null;
const field = (name: string) => panel()?.querySelector(`[data-field="${name}"]`)?.textContent ?? null;
const visible = (selector: string) => {
  const el = panel()?.querySelector(selector) as HTMLElement | null;
  return !!el && !el.hidden && !el.closest('[hidden]');
};
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

function status(page: Pick<CandidatePage, 'site' | 'externalId'>, over: Partial<PanelStatus> = {}): PanelStatus {
  return { candidateKey: candidateKey(page), displayName: '', openDebriefs: 0, totalDebriefs: 0, overdueSteps: 0, panelEnabled: true, jobTitle: '', otherFrameShows: false, ...over };
}

function fakePorts(over: Partial<ControllerPorts> = {}) {
  const reported: CandidatePage[] = [];
  const corrections: unknown[] = [];
  const names = new Map<string, string>();
  const ports: ControllerPorts = {
    reportCandidate: vi.fn(async (page: CandidatePage) => {
      reported.push(page);
      return status(page, { displayName: names.get(candidateKey(page)) ?? page.name });
    }),
    reportCleared: vi.fn(async () => undefined),
    openSidePanel: vi.fn(),
    correctCandidate: vi.fn(async (c) => {
      corrections.push(c);
      names.set(c.candidateKey, c.name);
      const [site, ...rest] = c.candidateKey.split(':');
      return status({ site: site!, externalId: rest.join(':') }, { displayName: c.name, jobTitle: c.jobTitle });
    }),
    peek: vi.fn(async (ref): Promise<CandidatePeek> => ({ status: status(ref, { displayName: names.get(candidateKey(ref)) ?? '' }), corrected: names.has(candidateKey(ref)) })),
    findAdapter: (href) => createAdapterLookup(async () => []).find(href),
    ...over,
  };
  return { ports, reported, corrections, names };
}

const greenhouseHeader = (name: string) =>
  `<main><div class="person-header" data-provides="person-header"><h1 class="name" data-provides="person-name">${name}</h1><div class="title">Engineer</div></div></main>`;

describe('content controller', () => {
  let abort: AbortController;
  beforeEach(() => {
    abort = new AbortController();
    document.title = '';
    document.body.textContent = '';
  });
  afterEach(() => abort.abort());

  it('reports the candidate and draws the panel with their name', async () => {
    setUrl('https://app.greenhouse.io/people/1001');
    document.body.innerHTML = greenhouseHeader('Jordan Avery');
    const { ports, reported } = fakePorts();
    startController(ports, abort.signal);
    await vi.waitFor(() => expect(field('name')).toBe('Jordan Avery'));
    expect(reported.map((p) => [p.externalId, p.name])).toEqual([['1001', 'Jordan Avery']]);
  });

  it('asks "who is this?" when an ATS page never shows a name, and the answer becomes the name', async () => {
    setUrl('https://app.greenhouse.io/people/2002');
    document.body.innerHTML = '<main><div class="person-header" data-provides="person-header"></div></main>';
    const { ports, reported, corrections } = fakePorts();
    startController(ports, abort.signal, { nameTimeoutMs: 120 });
    await vi.waitFor(() => expect(visible('[data-field="ask"]')).toBe(true));
    expect(reported).toEqual([{ site: 'greenhouse', externalId: '2002', name: '', headline: '', profileUrl: 'https://app.greenhouse.io/people/2002' }]);
    expect(panel()!.activeElement).toBeNull(); // the prompt does not take focus from the page
    expect(visible('button.cta')).toBe(false);

    const form = panel()!.querySelector('form')!;
    (form.querySelector('input[name="name"]') as HTMLInputElement).value = '  Amara Nwosu ';
    (form.querySelector('input[name="job"]') as HTMLInputElement).value = 'Plant Manager';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(field('name')).toBe('Amara Nwosu'));
    expect(corrections).toEqual([{ candidateKey: 'greenhouse:2002', name: 'Amara Nwosu', jobTitle: 'Plant Manager' }]);
    expect(visible('[data-field="ask"]')).toBe(false);
    expect(field('job')).toBe('For: Plant Manager');
  });

  it('an empty answer is refused in the panel, nothing is sent', async () => {
    setUrl('https://app.greenhouse.io/people/2003');
    document.body.innerHTML = '<main></main>';
    const { ports, corrections } = fakePorts();
    startController(ports, abort.signal, { nameTimeoutMs: 80 });
    await vi.waitFor(() => expect(visible('[data-field="ask"]')).toBe(true));
    panel()!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(panel()!.querySelector('.fix-error')!.textContent).toBe('Type the candidate’s name.');
    expect(corrections).toEqual([]);
  });

  it('never asks on LinkedIn: a profile without a name is a wall or an error page', async () => {
    setUrl('https://www.linkedin.com/in/no-name/');
    document.body.innerHTML = '<main></main>';
    const { ports, reported } = fakePorts();
    startController(ports, abort.signal, { nameTimeoutMs: 80 });
    await tick(300);
    expect(reported).toEqual([]);
    expect(panel()).toBeNull();
  });

  it('the pencil opens the correction with the current values; Esc cancels and gives focus back', async () => {
    setUrl('https://app.greenhouse.io/people/3003');
    document.body.innerHTML = greenhouseHeader('Samuel Carter');
    const { ports, corrections } = fakePorts();
    startController(ports, abort.signal);
    await vi.waitFor(() => expect(field('name')).toBe('Samuel Carter'));
    const pencil = panel()!.querySelector('[data-action="correct"]') as HTMLButtonElement;
    expect(pencil.getAttribute('aria-label')).toMatch(/Correct the name or job/);
    pencil.click();
    const name = panel()!.querySelector('input[name="name"]') as HTMLInputElement;
    expect(name.value).toBe('Samuel Carter');
    expect(panel()!.activeElement).toBe(name);
    const labels = Array.from(panel()!.querySelectorAll('label')).map((l) => [l.textContent, (l as HTMLLabelElement).htmlFor === panel()!.querySelector(`#${CSS.escape((l as HTMLLabelElement).htmlFor)}`)?.id]);
    expect(labels).toEqual([['Name', true], ['Job (optional)', true]]);
    name.value = 'Somebody Else';
    name.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(visible('form')).toBe(false);
    expect(panel()!.activeElement).toBe(pencil);
    expect(field('name')).toBe('Samuel Carter');
    expect(corrections).toEqual([]);
  });

  it('keys typed in the panel do not reach the host page’s shortcuts', async () => {
    setUrl('https://app.greenhouse.io/people/3004');
    document.body.innerHTML = greenhouseHeader('Wen Li');
    const { ports } = fakePorts();
    startController(ports, abort.signal);
    await vi.waitFor(() => expect(field('name')).toBe('Wen Li'));
    const pageKeys: string[] = [];
    document.addEventListener('keydown', (e) => pageKeys.push(e.key));
    (panel()!.querySelector('[data-action="correct"]') as HTMLButtonElement).click();
    panel()!.querySelector('input[name="name"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(pageKeys).toEqual([]);
  });

  it('after in-app navigation, the previous person’s name lingering on the page is never reported for the new id', async () => {
    setUrl('https://app.greenhouse.io/people/4001');
    document.body.innerHTML = greenhouseHeader('Jordan Avery');
    const { ports, reported } = fakePorts();
    startController(ports, abort.signal);
    await vi.waitFor(() => expect(field('name')).toBe('Jordan Avery'));
    history.pushState({}, '', '/people/4002');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await tick(200); // the old header is still there
    expect(panel()).toBeNull();
    document.querySelector('[data-provides="person-name"]')!.textContent = 'Mara Lindqvist';
    await vi.waitFor(() => expect(field('name')).toBe('Mara Lindqvist'));
    expect(reported.map((p) => [p.externalId, p.name])).toEqual([['4001', 'Jordan Avery'], ['4002', 'Mara Lindqvist']]);
  });

  it('two people with the same name: after the wait the page is believed', async () => {
    setUrl('https://app.greenhouse.io/people/4101');
    document.body.innerHTML = greenhouseHeader('Alex Kim');
    const { ports, reported } = fakePorts();
    startController(ports, abort.signal, { nameTimeoutMs: 150 });
    await vi.waitFor(() => expect(field('name')).toBe('Alex Kim'));
    history.pushState({}, '', '/people/4102');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(reported.map((p) => p.externalId)).toEqual(['4101', '4102']));
    expect(reported[1]!.name).toBe('Alex Kim');
  });

  it('a candidate the recruiter already named is drawn before the page shows any name', async () => {
    setUrl('https://app.greenhouse.io/people/5005');
    document.body.innerHTML = '<main></main>';
    const { ports, names } = fakePorts();
    names.set('greenhouse:5005', 'Amara Nwosu');
    startController(ports, abort.signal, { nameTimeoutMs: 10_000 });
    await vi.waitFor(() => expect(field('name')).toBe('Amara Nwosu'), { timeout: 1000 });
  });

  it('draws nothing where another frame shows the person, or where the panel is off, but still reports', async () => {
    setUrl('https://app.greenhouse.io/people/6006');
    document.body.innerHTML = greenhouseHeader('Ines Carvalho');
    const reports: string[] = [];
    const { ports } = fakePorts({
      reportCandidate: async (page) => {
        reports.push(page.name);
        return status(page, { displayName: page.name, otherFrameShows: true });
      },
    });
    startController(ports, abort.signal);
    await vi.waitFor(() => expect(reports).toEqual(['Ines Carvalho']));
    await tick(50);
    expect(panel()).toBeNull();
  });

  it('a page that shows nobody sends nothing (it never wakes the background), and leaving a candidate is said once', async () => {
    setUrl('https://app.greenhouse.io/people');
    document.body.innerHTML = '<h1>Candidates</h1>';
    const { ports } = fakePorts();
    startController(ports, abort.signal);
    await tick(100);
    expect(ports.reportCandidate).not.toHaveBeenCalled();
    expect(ports.reportCleared).not.toHaveBeenCalled();
    expect(panel()).toBeNull();
    history.pushState({}, '', '/people/7007');
    document.body.innerHTML = greenhouseHeader('Tomasz Wiśniewski');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(field('name')).toBe('Tomasz Wiśniewski'));
    history.pushState({}, '', '/people');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(panel()).toBeNull());
    expect(ports.reportCleared).toHaveBeenCalledTimes(1);
  });

  describe('drawn before the background answers (early paint)', () => {
    /** A report the test answers by hand, to look at the panel while it is on its way. */
    function slowReport() {
      let answer: (s: PanelStatus) => void = () => undefined;
      const reportCandidate = vi.fn((page: CandidatePage) => new Promise<PanelStatus>((resolve) => (answer = resolve)).then((s) => ({ ...s, candidateKey: candidateKey(page) })));
      return { reportCandidate, answer: (s: Partial<PanelStatus>) => answer(status({ site: 'greenhouse', externalId: '0' }, s)) };
    }

    it('shows the page’s name at once when the site’s switch is on, then the background’s counts', async () => {
      setUrl('https://app.greenhouse.io/people/5001');
      document.body.innerHTML = greenhouseHeader('Noor Haddad');
      const slow = slowReport();
      const { ports } = fakePorts({ reportCandidate: slow.reportCandidate, panelOn: async (site) => site === 'greenhouse' });
      startController(ports, abort.signal);
      await vi.waitFor(() => expect(field('name')).toBe('Noor Haddad'));
      expect(panel()!.querySelector('.status')!.textContent).toBe('Checking your records…');
      slow.answer({ displayName: 'Noor Haddad', openDebriefs: 1, totalDebriefs: 1 });
      await vi.waitFor(() => expect(panel()!.querySelector('.status')!.textContent).toBe('Debrief open'));
    });

    it('draws nothing early when the switch is off, and the background’s answer still decides', async () => {
      setUrl('https://app.greenhouse.io/people/5002');
      document.body.innerHTML = greenhouseHeader('Ilse Brandt');
      const slow = slowReport();
      const { ports } = fakePorts({ reportCandidate: slow.reportCandidate, panelOn: async () => false });
      startController(ports, abort.signal);
      await tick(100);
      expect(panel()).toBeNull();
      slow.answer({ displayName: 'Ilse Brandt' });
      await vi.waitFor(() => expect(field('name')).toBe('Ilse Brandt'));
    });

    it('takes the early panel away when the background says the panel is off here', async () => {
      setUrl('https://app.greenhouse.io/people/5003');
      document.body.innerHTML = greenhouseHeader('Tomás Ruiz');
      const slow = slowReport();
      const { ports } = fakePorts({ reportCandidate: slow.reportCandidate, panelOn: async () => true });
      startController(ports, abort.signal);
      await vi.waitFor(() => expect(field('name')).toBe('Tomás Ruiz'));
      slow.answer({ panelEnabled: false });
      await vi.waitFor(() => expect(panel()).toBeNull());
    });

    it('never draws the early name over an answer that already came back', async () => {
      setUrl('https://app.greenhouse.io/people/5004');
      document.body.innerHTML = greenhouseHeader('Page Name');
      let releaseSwitch: (on: boolean) => void = () => undefined;
      const { ports } = fakePorts({
        reportCandidate: async (page) => status(page, { displayName: 'Corrected Name', totalDebriefs: 2 }),
        panelOn: () => new Promise<boolean>((resolve) => (releaseSwitch = resolve)),
      });
      startController(ports, abort.signal);
      await vi.waitFor(() => expect(field('name')).toBe('Corrected Name'));
      releaseSwitch(true);
      await tick(50);
      expect(field('name')).toBe('Corrected Name');
      expect(panel()!.querySelector('.status')!.textContent).toBe('2 past debriefs');
    });
  });

  it('reads the recruiter’s hosts only on hosts no built-in adapter serves', async () => {
    const read = vi.fn(async () => ['ats.example-agency.com']);
    const lookup = createAdapterLookup(read);
    expect(await lookup.find('https://app.greenhouse.io/people/1')).toMatchObject({ adapter: { id: 'greenhouse' } });
    expect(await lookup.find('https://www.linkedin.com/feed/')).toBeNull();
    expect(read).not.toHaveBeenCalled();
    expect(await lookup.find('https://ats.example-agency.com/candidates/4711')).toMatchObject({ adapter: { id: 'generic' }, match: { externalId: 'ats.example-agency.com/4711' } });
    expect(await lookup.find('https://other.example.com/candidates/1')).toBeNull();
    expect(read).toHaveBeenCalledTimes(1); // read once, until settings change
    lookup.invalidate();
    await lookup.find('https://ats.example-agency.com/candidates/1');
    expect(read).toHaveBeenCalledTimes(2);
  });
});

describe('panel status line', () => {
  const line = (over: Partial<PanelStatus>) => statusLine(status({ site: 'greenhouse', externalId: '1' }, over)).text;

  it('counts in words, singular and plural', () => {
    expect(statusLine(null).text).toBe('Checking your records…');
    expect(line({ openDebriefs: 1, totalDebriefs: 1, overdueSteps: 1 })).toBe('Debrief open · 1 step overdue');
    expect(line({ openDebriefs: 1, totalDebriefs: 1, overdueSteps: 2 })).toBe('Debrief open · 2 steps overdue');
    expect(line({ openDebriefs: 1, totalDebriefs: 1 })).toBe('Debrief open');
    expect(line({ openDebriefs: 3, totalDebriefs: 3 })).toBe('3 debriefs open');
    expect(line({ totalDebriefs: 1 })).toBe('1 past debrief');
    expect(line({ totalDebriefs: 2 })).toBe('2 past debriefs');
    expect(line({})).toBe('No debrief yet');
  });
});
