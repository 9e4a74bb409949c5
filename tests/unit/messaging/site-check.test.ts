import { describe, expect, it } from 'vitest';
import { senderMaySpeakFor } from '@/messaging/site-check';

describe('a content script speaks only for the system it runs on', () => {
  it('built-in systems: the sender host must be one of the adapter’s hosts', () => {
    expect(senderMaySpeakFor('https://app.greenhouse.io/people/1', { site: 'greenhouse', externalId: '1' }, [])).toBe(true);
    expect(senderMaySpeakFor('https://app4.greenhouse.io/people/1', { site: 'greenhouse', externalId: '1' }, [])).toBe(true);
    // After a pushState the sender URL may still be the list: the host is what counts.
    expect(senderMaySpeakFor('https://hire.lever.co/candidates', { site: 'lever', externalId: 'x' }, [])).toBe(true);
    expect(senderMaySpeakFor('https://acme.workable.com/backend', { site: 'workable', externalId: '7' }, [])).toBe(true);
    expect(senderMaySpeakFor('https://www.linkedin.com/feed/', { site: 'greenhouse', externalId: '1' }, [])).toBe(false);
    expect(senderMaySpeakFor('https://evil.example/people/1', { site: 'greenhouse', externalId: '1' }, [])).toBe(false);
    expect(senderMaySpeakFor(undefined, { site: 'greenhouse', externalId: '1' }, [])).toBe(false);
    expect(senderMaySpeakFor('https://app.greenhouse.io/', { site: 'no-such-site', externalId: '1' }, [])).toBe(false);
  });

  it('the generic adapter: only on a saved custom host, with the id keyed by that host', () => {
    const saved = ['ats.example-agency.com', '*.hire.example.org'];
    const generic = (externalId: string) => ({ site: 'generic', externalId });
    expect(senderMaySpeakFor('https://ats.example-agency.com/candidates/4711', generic('ats.example-agency.com/4711'), saved)).toBe(true);
    expect(senderMaySpeakFor('https://eu.hire.example.org/p/9', generic('eu.hire.example.org/9'), saved)).toBe(true);
    // Not on the list (removed, or never added): refused.
    expect(senderMaySpeakFor('https://other-ats.example.com/candidates/1', generic('other-ats.example.com/1'), saved)).toBe(false);
    expect(senderMaySpeakFor('https://ats.example-agency.com/candidates/4711', generic('ats.example-agency.com/4711'), [])).toBe(false);
    // A saved host may not plant a record keyed by another host.
    expect(senderMaySpeakFor('https://ats.example-agency.com/x', generic('eu.hire.example.org/9'), saved)).toBe(false);
    // A built-in system's page may not claim to be a custom ATS.
    expect(senderMaySpeakFor('https://app.greenhouse.io/people/1', generic('app.greenhouse.io/1'), saved)).toBe(false);
  });
});
