import { describe, expect, it } from 'vitest';
import { builtInLabelFor, checkCustomHost } from '@/sites/custom-host-input';
import { customHostRefusalText, siteLabelText } from '@/components/site-text';

describe('adding your own ATS domain', () => {
  it.each([
    ['ats.example-agency.com', 'ats.example-agency.com'],
    ['  https://ATS.Example-Agency.com/candidates/12?tab=1 ', 'ats.example-agency.com'],
    ['*.hire.example.org', '*.hire.example.org'],
    ['ats.example.co.uk', 'ats.example.co.uk'],
  ])('%j → %j', (input, host) => {
    expect(checkCustomHost(input, [])).toEqual({ ok: true, host });
  });

  it.each([
    ['', /Type your ATS/],
    ['http://ats.example.com', /secure \(https:\/\/\)/],
    ['localhost', /localhost/],
    ['localhost:3000', /localhost/],
    ['app.localhost', /localhost/],
    ['192.168.1.20', /not an IP address/],
    ['https://10.0.0.12/ats', /not an IP address/],
    ['[::1]', /not an IP address/],
    ['intranet', /not a web address/],
    ['*.com', /not a web address/],
    ['<all_urls>', /not a web address/],
    ['*.co.uk', /whole country/],
    ['app.greenhouse.io', /Greenhouse is already supported/],
    ['acme.workable.com', /Workable is already supported/],
    ['www.linkedin.com', /LinkedIn.* is already supported/],
    ['*.bullhornstaffing.com', /Bullhorn is already supported/],
  ])('refuses %j with a message', (input, message) => {
    const check = checkCustomHost(input, []);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
    // The options page words the reason through i18n: in English, exactly the same.
    if (!check.ok) expect(customHostRefusalText(check)).toBe(check.message);
  });

  it('refuses a duplicate and a 21st domain', () => {
    expect(checkCustomHost('ats.example.com', ['ats.example.com'])).toEqual({ ok: false, reason: 'duplicate', value: 'ats.example.com', message: 'ats.example.com is already in your list.' });
    const twenty = Array.from({ length: 20 }, (_, i) => `ats${i}.example.com`);
    const tooMany = checkCustomHost('one-more.example.com', twenty);
    expect(tooMany).toMatchObject({ ok: false, reason: 'tooMany', value: 20 });
    if (!tooMany.ok) expect(customHostRefusalText(tooMany)).toBe(tooMany.message);
  });

  it('a wildcard covering a built-in host is refused too', () => {
    expect(builtInLabelFor('*.greenhouse.io')).toBe('Greenhouse');
    expect(builtInLabelFor('ats.example.com')).toBeNull();
  });
});

describe('naming a candidate\'s system', () => {
  it('the recruiter\'s own ATS by its host, or in words when the id has none', () => {
    expect(siteLabelText('greenhouse')).toBe('Greenhouse');
    expect(siteLabelText('generic', 'ats.example.com/42')).toBe('ats.example.com');
    expect(siteLabelText('generic')).toBe('Your other ATS');
  });
});
