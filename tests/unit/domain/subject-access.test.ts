import { describe, expect, it } from 'vitest';
import { mdText, subjectAccessMarkdown } from '@/domain/subject-access';

describe('subject-access Markdown', () => {
  it('keeps text inert: markup, links and block markers are escaped', () => {
    expect(mdText('<img src=x> [click](javascript:x) *bold*')).toBe('\\<img src=x\\> \\[click\\](javascript:x) \\*bold\\*');
    expect(mdText('# not a heading\n- not a list\n1. not numbered')).toBe('\\# not a heading\n\\- not a list\n1\\. not numbered');
  });

  it('says so when nothing but a mention is held', () => {
    const md = subjectAccessMarkdown({ exportedAt: '2026-03-01T00:00:00.000Z', candidateKey: 'demo:x', candidate: null, notes: [], debriefs: [], drafts: [], shortlists: [] });
    expect(md).toContain('# Personal data held about demo:x');
    expect(md).toContain('No profile record');
    expect(md.match(/None\./g)).toHaveLength(4);
  });
});
