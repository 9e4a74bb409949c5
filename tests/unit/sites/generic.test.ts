import { describe, expect, it } from 'vitest';
import { createGenericAdapter, customHostMatches, genericCandidateId, isBuiltInHost, normaliseCustomHost } from '@/sites/generic';
import { urlMatchesPattern } from '@/sites/match-pattern';
import { ADAPTERS, findAdapter } from '@/sites/registry';
import { extractAt, loadFixture } from './fixtures';

describe('genericCandidateId', () => {
  it.each([
    ['https://ats.example.com/candidates/12345', '12345'],
    ['https://ats.example.com/candidates/12345/notes', '12345'],
    ['https://ats.example.com/app/candidate/jane-doe', 'jane-doe'],
    ['https://ats.example.com/talent/people/8a7b6c5d-1111-2222-3333-444455556666/overview', '8a7b6c5d-1111-2222-3333-444455556666'],
    ['https://ats.example.com/app#/people/8a7b6c5d-1111-2222-3333-444455556666/overview', '8a7b6c5d-1111-2222-3333-444455556666'],
    ['https://ats.example.com/view.aspx?candidateId=778', '778'],
    ['https://ats.example.com/record?id=A1B2C3', 'A1B2C3'],
    ['https://ats.example.com/#/list?candidate=42', '42'],
    ['https://ats.example.com/records/2024/4711', '4711'],
  ])('%s → %s', (href, id) => {
    expect(genericCandidateId(new URL(href))).toBe(id);
  });

  it.each([
    ['https://ats.example.com/'],
    ['https://ats.example.com/candidates'],
    ['https://ats.example.com/candidates/new'],
    ['https://ats.example.com/jobs/12345'],
    ['https://ats.example.com/clients/778/contacts'],
    ['https://ats.example.com/dashboard?tab=overview'],
    ['https://ats.example.com/search?id=abc'],
  ])('%s → null', (href) => {
    expect(genericCandidateId(new URL(href))).toBeNull();
  });

  it('hashes an over-long id into a short stable key', () => {
    const long = `https://ats.example.com/candidates/${'a1'.repeat(60)}`;
    const id = genericCandidateId(new URL(long));
    expect(id).toMatch(/^h[0-9a-f]{8}$/);
    expect(genericCandidateId(new URL(long))).toBe(id);
    expect(genericCandidateId(new URL(`${long}b`))).not.toBe(id);
  });
});

describe('normaliseCustomHost', () => {
  it.each([
    ['ats.example.com', 'ats.example.com'],
    ['  HTTPS://ATS.Example.com/candidates/1?x=y ', 'ats.example.com'],
    ['ats.example.com:8443', 'ats.example.com'],
    ['*.hire.example.org', '*.hire.example.org'],
  ])('%j → %j', (input, host) => {
    expect(normaliseCustomHost(input)).toBe(host);
  });

  it.each([[''], ['localhost'], ['app.localhost'], ['127.0.0.1'], ['[::1]'], ['intranet'], ['*.com'], ['*'], ['<all_urls>'], ['exa mple.com'], ['http://']])(
    'rejects %j',
    (input) => {
      expect(normaliseCustomHost(input)).toBeNull();
    },
  );

  it('patterns cover the host only, over HTTPS', () => {
    const [pattern] = customHostMatches('ats.example.com');
    expect(pattern).toBe('https://ats.example.com/*');
    expect(urlMatchesPattern(new URL('https://ats.example.com/candidates/1'), pattern as string)).toBe(true);
    expect(urlMatchesPattern(new URL('http://ats.example.com/candidates/1'), pattern as string)).toBe(false);
    expect(urlMatchesPattern(new URL('https://evil.example.com/'), pattern as string)).toBe(false);
  });

  it('knows hosts already served by a built-in adapter', () => {
    expect(isBuiltInHost('app.greenhouse.io')).toBe(true);
    expect(isBuiltInHost('acme.workable.com')).toBe(true);
    expect(isBuiltInHost('ats.example.com')).toBe(false);
  });
});

describe('createGenericAdapter', () => {
  const generic = createGenericAdapter(['ats.example.com', '*.hire.example.org', 'localhost', 'not a host']);

  it('only runs on the recruiter hosts, and keys ids by host', () => {
    expect(generic.matches).toEqual(['https://ats.example.com/*', 'https://*.hire.example.org/*']);
    expect(generic.detect(new URL('https://ats.example.com/candidates/12345'))).toEqual({ externalId: 'ats.example.com/12345' });
    expect(generic.detect(new URL('https://eu.hire.example.org/p/candidate/77'))).toEqual({ externalId: 'eu.hire.example.org/77' });
    expect(generic.detect(new URL('https://other.example.com/candidates/12345'))).toBeNull();
    expect(generic.detect(new URL('http://ats.example.com/candidates/12345'))).toBeNull();
  });

  it('its own test URLs behave', () => {
    for (const href of generic.testUrls.positive) expect(generic.detect(new URL(href)), href).not.toBeNull();
    for (const href of generic.testUrls.negative) expect(generic.detect(new URL(href)), href).toBeNull();
  });

  it('never claims a URL of a built-in system (built-ins are tried first anyway)', () => {
    for (const adapter of ADAPTERS) {
      for (const href of adapter.testUrls.positive) expect(generic.detect(new URL(href)), href).toBeNull();
    }
    expect(findAdapter('https://ats.example.com/candidates/1', [...ADAPTERS, generic])?.adapter.id).toBe('generic');
  });

  it('extracts a candidate with microdata inside the record, ignoring the app-header h1', () => {
    const result = extractAt(generic, loadFixture('generic', 'candidate.html'), 'https://ats.example.com/candidates/12345');
    expect(result).toMatchObject({ status: 'candidate', page: { site: 'generic', externalId: 'ats.example.com/12345', name: 'Lena Hoffmann', headline: 'Controller at Rheinwerk GmbH' } });
  });

  it('falls back to the "Name | Product" title when nothing else names the person', () => {
    const result = extractAt(generic, loadFixture('generic', 'title-only.html'), 'https://ats.example.com/candidates/12346');
    expect(result).toMatchObject({ status: 'candidate', page: { name: 'Omar Haddad' } });
  });

  it('a list page shown at a candidate URL is not a candidate (the product name is no person)', () => {
    expect(extractAt(generic, loadFixture('generic', 'list.html'), 'https://ats.example.com/candidates/12345').status).toBe('pending');
  });
});
