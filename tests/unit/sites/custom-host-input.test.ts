import { describe, expect, it } from 'vitest';
import { builtInLabelFor, checkCustomHost } from '@/sites/custom-host-input';

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
  });

  it('refuses a duplicate and a 21st domain', () => {
    expect(checkCustomHost('ats.example.com', ['ats.example.com'])).toEqual({ ok: false, message: 'ats.example.com is already in your list.' });
    const twenty = Array.from({ length: 20 }, (_, i) => `ats${i}.example.com`);
    expect(checkCustomHost('one-more.example.com', twenty).ok).toBe(false);
  });

  it('a wildcard covering a built-in host is refused too', () => {
    expect(builtInLabelFor('*.greenhouse.io')).toBe('Greenhouse');
    expect(builtInLabelFor('ats.example.com')).toBeNull();
  });
});
