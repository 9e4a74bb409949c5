import { describe, expect, it } from 'vitest';
import { buildClientSummary, type ClientSummaryInput } from '@/domain/brief/client-summary';
import { escapeHtml, escapeMarkdown } from '@/domain/brief/escape';

const input: ClientSummaryInput = {
  roleTitle: 'Senior Backend Engineer',
  clientName: 'Northwind Payments',
  preparedBy: 'Sam Patel',
  date: '2025-01-08',
  learned: ['Ledger ownership matters more than Java depth.', 'The panel wants evidence of leading incidents.'],
  briefChanges: ["Must-have skills: added 'Kubernetes', removed 'Java'", 'Salary: £60k–£70k per year → £70k–£80k per year'],
  fromVersion: 1,
  toVersion: 2,
  plan: {
    kind: 'both',
    shortlist: [{ name: 'Bo Chen', reason: 'Meets 3 of 4 must-haves.' }],
    sourcing: { targetTitles: ['Backend Engineer', 'Backend Developer'], targetCompanies: [], channels: ['LinkedIn Recruiter search'] },
    dates: { shortlistBy: '2025-01-13', interviewsBy: '2025-01-22', decisionBy: '2025-01-29' },
  },
};

describe('escapeHtml', () => {
  it.each([
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["O'Brien & Sons", 'O&#39;Brien &amp; Sons'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['&amp; already', '&amp;amp; already'],
    ['plain', 'plain'],
  ])('%s', (raw, escaped) => {
    expect(escapeHtml(raw)).toBe(escaped);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['**bold** _it_', '\\*\\*bold\\*\\* \\_it\\_'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['<script>', '\\<script\\>'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['- not a bullet', '\\- not a bullet'],
    ['C# and C++', 'C# and C++'],
  ])('%s', (raw, escaped) => {
    expect(escapeMarkdown(raw)).toBe(escaped);
  });

  it('only escapes block markers at the start of a line', () => {
    expect(escapeMarkdown('1. x', false)).toBe('1. x');
  });
});

describe('buildClientSummary', () => {
  it('plain text', () => {
    expect(buildClientSummary(input).text).toBe(`Senior Backend Engineer at Northwind Payments: our revised plan
===============================================================

Prepared by Sam Patel on Wed 8 Jan 2025.

What we learned
---------------

- Ledger ownership matters more than Java depth.
- The panel wants evidence of leading incidents.

What changed in the brief (version 1 → 2)
-----------------------------------------

- Must-have skills: added 'Kubernetes', removed 'Java'
- Salary: £60k–£70k per year → £70k–£80k per year

Our plan
--------

A fresh shortlist from candidates we already know, and a new search running in parallel.

- Bo Chen: Meets 3 of 4 must-haves.

- Target titles: Backend Engineer, Backend Developer
- Channels: LinkedIn Recruiter search

Key dates
---------

- Shortlist by: Mon 13 Jan 2025
- Interviews by: Wed 22 Jan 2025
- Decision by: Wed 29 Jan 2025
`);
  });

  it('Markdown', () => {
    const { markdown } = buildClientSummary(input);
    expect(markdown).toContain('# Senior Backend Engineer at Northwind Payments: our revised plan\n');
    expect(markdown).toContain('## What changed in the brief (version 1 → 2)\n\n- Must-have skills: added \'Kubernetes\', removed \'Java\'\n');
    expect(markdown).toContain('- **Bo Chen**: Meets 3 of 4 must-haves.');
    expect(markdown).toContain('- **Shortlist by**: Mon 13 Jan 2025');
  });

  it('HTML fragment and printable page', () => {
    const { html, htmlDocument } = buildClientSummary(input);
    expect(html.startsWith('<h1>Senior Backend Engineer at Northwind Payments: our revised plan</h1>')).toBe(true);
    expect(html).toContain('<ul><li><strong>Bo Chen</strong>: Meets 3 of 4 must-haves.</li></ul>');
    expect(html).toContain('<li>Must-have skills: added &#39;Kubernetes&#39;, removed &#39;Java&#39;</li>');
    expect(htmlDocument).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(htmlDocument).toContain('<meta charset="utf-8">');
    expect(htmlDocument).toContain('@media print');
    expect(htmlDocument).not.toMatch(/<script|<link|src=/i);
  });

  it('escapes hostile text in every format', () => {
    const hostile = '<script>alert("pwned")</script>';
    const summary = buildClientSummary({
      ...input,
      roleTitle: hostile,
      clientName: `"><img src=x onerror=alert(1)>`,
      learned: [`Client said: ${hostile}`],
      plan: { ...input.plan!, shortlist: [{ name: `**${hostile}**`, reason: "O'Brien & <b>bold</b>" }] },
    });
    for (const html of [summary.html, summary.htmlDocument]) {
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>');
      expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
      expect(html).toContain('O&#39;Brien &amp; &lt;b&gt;bold&lt;/b&gt;');
    }
    expect(summary.markdown).not.toMatch(/(?<!\\)<script/);
    expect(summary.markdown).toContain('**\\*\\*\\<script\\>alert("pwned")\\</script\\>\\*\\***');
    expect(summary.text).toContain(hostile);
  });

  it('says the brief is unchanged, and leaves out empty sections', () => {
    const summary = buildClientSummary({ roleTitle: 'Designer', clientName: '', date: '2025-01-08', learned: [], briefChanges: [] });
    expect(summary.text).toBe(`Designer: our revised plan
==========================

Prepared on Wed 8 Jan 2025.

What changed in the brief
-------------------------

The brief is unchanged: we continue on the agreed requirements.
`);
  });

  it('collapses newlines in user text so it cannot start new blocks', () => {
    const { markdown, text } = buildClientSummary({ ...input, learned: ['First line\n# Injected heading\n- injected bullet'] });
    expect(markdown).toContain('- First line # Injected heading - injected bullet');
    expect(text).not.toMatch(/^# Injected/m);
  });
});
