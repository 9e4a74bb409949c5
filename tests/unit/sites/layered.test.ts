import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ashby } from '@/sites/ashby';
import { bullhorn } from '@/sites/bullhorn';
import { openShadowRoots } from '@/sites/deep-query';
import { extractLayered } from '@/sites/layered';
import { isPlausibleName, nameFrom, pageTitle } from '@/sites/names';
import { ADAPTERS } from '@/sites/registry';
import { smartrecruiters } from '@/sites/smartrecruiters';
import { teamtailor } from '@/sites/teamtailor';
import { extractAt, loadFixture, parse } from './fixtures';

describe('isPlausibleName / nameFrom', () => {
  it.each([
    "Dr. Zoë O'Brien-Łukasz 🚀",
    'Nguyễn Thị Thu Hà',
    'Siobhán Ní Bhriain',
    '李小龍',
    'J. R. R. Tolkien',
    '<img src=x onerror=alert(1)>', // markup is text here; the panel renders it as text
  ])('accepts %j', (name) => {
    expect(isPlausibleName(name)).toBe(true);
  });

  it.each([
    '', 'Candidates', 'candidates', 'Profile', 'Loading…', 'Loading...', 'loading candidate', 'Untitled',
    'Greenhouse', 'Lever Hire', 'LinkedIn Recruiter', 'SmartRecruiters', 'Recruit CRM', '…', '12345678',
    '+44 (0) 20 7946 0000', 'jane.doe@example.com', 'https://example.com/jane', 'x'.repeat(121),
  ])('rejects %j', (text) => {
    expect(isPlausibleName(text)).toBe(false);
  });

  it('rejects words the adapter adds', () => {
    expect(isPlausibleName('Job Order', ['job order'])).toBe(false);
  });

  it('cleans whitespace and control characters, keeps emoji', () => {
    expect(nameFrom('\n   Dr. Zoë\u202E   O\'Brien-Łukasz 🚀  \n')).toBe("Dr. Zoë O'Brien-Łukasz 🚀");
  });

  it('a 10,000-character "name" is no name', () => {
    expect(nameFrom('x'.repeat(10_000))).toBe('');
    expect(nameFrom(`${'Jane Doe '.repeat(1_200)}`)).toBe('');
  });
});

describe('pageTitle', () => {
  it('drops a notification count', () => {
    expect(pageTitle(parse('<title>(12) Jane Doe – Lever Hire</title>'))).toBe('Jane Doe – Lever Hire');
    expect(pageTitle(parse('<title>(99+) Jane Doe | Greenhouse</title>'))).toBe('Jane Doe | Greenhouse');
  });
});

describe('hostile and odd pages never throw', () => {
  const ashbyUrl = 'https://app.ashbyhq.com/candidates/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c';

  it('10,000-character name in the name slot → pending (the recruiter is asked), no exception', () => {
    const doc = loadFixture('ashby', 'candidate-name-placeholder.html');
    (doc.querySelector('[data-testid="candidate-name"]') as Element).textContent = 'Q'.repeat(10_000);
    expect(extractAt(ashby, doc, ashbyUrl).status).toBe('pending');
  });

  it('10,000-character name but a usable title → the title wins', () => {
    const doc = loadFixture('ashby', 'candidate-name-placeholder.html');
    (doc.querySelector('[data-testid="candidate-name"]') as Element).textContent = 'Q'.repeat(10_000);
    doc.title = 'Ada Obi | Ashby';
    expect(extractAt(ashby, doc, ashbyUrl)).toMatchObject({ status: 'candidate', page: { name: 'Ada Obi' } });
  });

  it('an empty document, for every adapter', () => {
    const doc = parse('');
    for (const adapter of ADAPTERS) {
      for (const href of adapter.testUrls.positive) {
        expect(() => extractAt(adapter, doc, href)).not.toThrow();
        expect(extractAt(adapter, doc, href).status).not.toBe('candidate');
      }
    }
  });

  it('broken JSON-LD, non-string names and unsupported selectors', () => {
    const doc = parse(`<title>x</title>
      <script type="application/ld+json">{"@type": "Person", "name": </script>
      <script type="application/ld+json">{"@type": "Person", "name": {"first": "A"}, "jobTitle": 42}</script>
      <script type="application/ld+json">{"@type": "Person", "name": "Kofi Boateng", "jobTitle": "Chef"}</script>`);
    const match = { externalId: '1' };
    const result = extractLayered(doc, new URL('https://x.example/1'), match, {
      site: 'test',
      profileUrl: () => 'https://x.example/1',
      nameSelectors: ['[[[not a selector', ':has-not-a-thing(x)'],
    });
    expect(result).toMatchObject({ status: 'candidate', page: { name: 'Kofi Boateng', headline: 'Chef' } });
  });

  it('ARIA level-1 heading when there is no h1', () => {
    const doc = parse('<div role="heading" aria-level="2">Notes</div><div role="heading" aria-level="1">Ilse Vermeulen</div>');
    const result = extractLayered(doc, new URL('https://x.example/1'), { externalId: '1' }, { site: 'test', profileUrl: () => '' });
    expect(result).toMatchObject({ status: 'candidate', page: { name: 'Ilse Vermeulen' } });
  });

  it('the product name in an app-header h1 is never the person (og:site_name, title suffix)', () => {
    const doc = parse('<title>Overview · Hirely</title><meta property="og:site_name" content="Hirely"><header><h1>Hirely</h1></header>');
    const result = extractLayered(doc, new URL('https://x.example/1'), { externalId: '1' }, { site: 'test', profileUrl: () => '' });
    expect(result.status).toBe('pending');
  });

  it('hidden and template copies of a name are ignored', () => {
    const doc = parse('<template><h1>Ghost Person</h1></template><div hidden><h1>Hidden Person</h1></div>');
    const result = extractLayered(doc, new URL('https://x.example/1'), { externalId: '1' }, { site: 'test', profileUrl: () => '' });
    expect(result.status).toBe('pending');
  });
});

describe('frames (Bullhorn Novo)', () => {
  const novo = 'https://app.bullhornstaffing.com/content/record/Candidate/778899';

  it('reads a same-origin frame when the shell has no header', () => {
    const doc = loadFixture('bullhorn', 'novo-shell-frame-only.html');
    const frame = doc.querySelector('iframe') as HTMLIFrameElement;
    const inner = frame.contentDocument as Document;
    expect(inner).toBeTruthy();
    inner.body.innerHTML = '<div id="recordHeader"><span class="name">Oluwaseun Adebayo</span><span class="occupation">Senior Project Manager</span></div>';
    expect(extractAt(bullhorn, doc, novo)).toMatchObject({ status: 'candidate', page: { name: 'Oluwaseun Adebayo', headline: 'Senior Project Manager' } });
  });

  it('a cross-origin frame (contentDocument throws or is null) → pending, no exception', () => {
    const doc = loadFixture('bullhorn', 'novo-shell-frame-only.html');
    const frame = doc.querySelector('iframe') as HTMLIFrameElement;
    Object.defineProperty(frame, 'contentDocument', { configurable: true, get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });
    expect(extractAt(bullhorn, doc, novo).status).toBe('pending');
    Object.defineProperty(frame, 'contentDocument', { configurable: true, get: () => null });
    expect(extractAt(bullhorn, doc, novo).status).toBe('pending');
  });
});

describe('shadow DOM (SmartRecruiters)', () => {
  const href = 'https://www.smartrecruiters.com/app/people/candidates/6a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9';

  it('finds open shadow roots, nested', () => {
    const roots = openShadowRoots(loadFixture('smartrecruiters', 'candidate.html'));
    expect(roots.length).toBeGreaterThanOrEqual(4);
  });

  it('closed shadow roots stay closed: no name, no exception', () => {
    const doc = parse('<main></main>');
    const host = doc.createElement('sr-candidate-header');
    host.setAttribute('data-test', 'candidate-header');
    host.attachShadow({ mode: 'closed' }).innerHTML = '<h1 data-test="candidate-name">Secret Person</h1>';
    doc.querySelector('main')?.append(host);
    expect(extractAt(smartrecruiters, doc, href).status).toBe('pending');
  });

  it('the walk is bounded: a name nested deeper than the bound is not searched', () => {
    const doc = parse('<main></main>');
    let scope: ParentNode = doc.querySelector('main') as Element;
    for (let depth = 0; depth < 8; depth += 1) {
      const host = doc.createElement('spl-box');
      scope.append(host);
      scope = host.attachShadow({ mode: 'open' });
    }
    (scope as ShadowRoot).innerHTML = '<h1>Too Deep</h1>';
    expect(openShadowRoots(doc).length).toBeLessThanOrEqual(5);
    expect(extractAt(smartrecruiters, doc, href).status).toBe('pending');
  });
});

/**
 * What one extract costs, independent of the test DOM's speed (its selector
 * engine is far slower than a browser's): how many document-wide queries it
 * runs, and which elements it reads the text of.
 */
function measure<T>(doc: Document, run: () => T): { result: T; documentQueries: number; textReads: Element[] } {
  // The test DOM's classes are per window: spy where the methods really live.
  const ownerOf = (start: object, key: string): object => {
    let proto: object | null = start;
    while (proto && !Object.prototype.hasOwnProperty.call(proto, key)) proto = Object.getPrototypeOf(proto);
    if (!proto) throw new Error(`no ${key}`);
    return proto;
  };
  const docProto = ownerOf(doc, 'querySelectorAll') as Document;
  const elementProto = ownerOf(doc.documentElement, 'textContent') as Element;
  const all = vi.spyOn(docProto, 'querySelectorAll');
  const one = vi.spyOn(docProto, 'querySelector');
  const text = vi.spyOn(elementProto, 'textContent', 'get');
  try {
    const result = run();
    return {
      result,
      documentQueries: all.mock.calls.length + one.mock.calls.length,
      textReads: text.mock.contexts as Element[],
    };
  } finally {
    all.mockRestore();
    one.mockRestore();
    text.mockRestore();
  }
}

describe('big DOM (50,000 nodes)', () => {
  /** `rows` list rows of 4 elements each, like a long list page (built by cloning: parsing is slow here). */
  function bigPage(rows: number, title = 'Teamtailor'): Document {
    const doc = parse(`<!DOCTYPE html><html><head><title>${title}</title></head><body><ul id="big"></ul></body></html>`);
    const row = parse('<li class="row"><span class="a"><b>x</b></span><i>y</i></li>').querySelector('li') as Element;
    const list = doc.getElementById('big') as Element;
    const batch = doc.createDocumentFragment();
    for (let i = 0; i < rows; i += 1) batch.append(doc.importNode(row, true));
    list.append(batch);
    return doc;
  }
  let huge: Document;
  // Building 50,000 nodes in the test DOM is slow on a busy machine: allow it time.
  beforeAll(() => {
    huge = bigPage(12_600);
  }, 60_000);

  it('finds the candidate after 50,000 nodes with a handful of document-wide queries', { timeout: 60_000 }, () => {
    const doc = huge;
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(50_000);
    const view = doc.createElement('div');
    view.className = 'candidate-view';
    view.setAttribute('data-test-candidate-id', '12345678');
    view.innerHTML = '<h2 data-test-candidate-name>Ana Lima</h2>';
    doc.body.append(view);
    const { result, documentQueries, textReads } = measure(doc, () => extractAt(teamtailor, doc, 'https://app.teamtailor.com/companies/x1/candidates/12345678'));
    expect(result).toMatchObject({ status: 'candidate', page: { name: 'Ana Lima' } });
    expect(documentQueries).toBeGreaterThan(0);
    expect(documentQueries).toBeLessThanOrEqual(12);
    expect(textReads.length).toBeGreaterThan(0);
    expect(textReads.some((el) => el.contains(doc.getElementById('big')))).toBe(false);
  });

  it('SmartRecruiters: the shadow-root walk stops early on a 50,000-node page', { timeout: 60_000 }, () => {
    const doc = huge;
    const host = doc.createElement('sr-candidate-header');
    host.setAttribute('data-test', 'candidate-header');
    host.attachShadow({ mode: 'open' }).innerHTML = '<h1 data-test="candidate-name">Past The Budget</h1>';
    doc.body.append(host); // after 50,000 elements: beyond the walk budget
    expect(openShadowRoots(doc)).toHaveLength(0);
    const status = extractAt(smartrecruiters, doc, 'https://www.smartrecruiters.com/app/people/candidates/6a1b2c3d-4e5f').status;
    expect(status).not.toBe('candidate');
  });

  it('every adapter: bounded queries and no text read of big subtrees on a long page with no candidate', { timeout: 60_000 }, () => {
    const doc = bigPage(1_000);
    for (const adapter of ADAPTERS) {
      const href = adapter.testUrls.positive[0] as string;
      const { result, documentQueries, textReads } = measure(doc, () => extractAt(adapter, doc, href));
      expect(result.status, adapter.id).not.toBe('candidate');
      expect(documentQueries, adapter.id).toBeGreaterThan(0);
      expect(documentQueries, adapter.id).toBeLessThanOrEqual(30);
      expect(textReads.some((el) => el.contains(doc.getElementById('big'))), adapter.id).toBe(false);
    }
  });
});
