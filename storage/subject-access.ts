import { subjectAccessMarkdown, type SubjectAccessData } from '@/domain/subject-access';
import { db } from './db';
import { nowIso } from './clock';

/**
 * Gather everything held about one person (subject-access request): their
 * record, every note (not just the latest), debriefs, unsaved drafts about
 * them, and plan shortlist entries naming them.
 */
export async function gatherSubjectAccess(candidateKey: string, now = nowIso()): Promise<SubjectAccessData> {
  const t = db();
  return t.transaction('r', [t.candidates, t.notes, t.debriefs, t.drafts, t.plans, t.briefs], async () => {
    const candidate = await t.candidates.get(candidateKey);
    const notes = await t.notes.where('[candidateKey+createdAt]').between([candidateKey, ''], [candidateKey, '\uffff']).toArray();
    const debriefs = (await t.debriefs.where('candidateKey').equals(candidateKey).toArray()).sort((a, b) => a.interviewAt.localeCompare(b.interviewAt));
    const names = [candidateKey, ...debriefs.map((d) => d.id)];
    const drafts = (await t.drafts.toArray()).filter((d) => names.some((n) => d.id.includes(n)));
    const plans = await t.plans.filter((p) => Array.isArray(p.shortlist) && p.shortlist.some((e) => e.candidateKey === candidateKey)).toArray();
    const briefs = new Map((await t.briefs.bulkGet(plans.map((p) => p.briefId))).filter((b) => !!b).map((b) => [b.id, b]));
    return {
      exportedAt: now,
      candidateKey,
      candidate: candidate ?? null,
      notes: notes.map(({ text, createdAt, updatedAt }) => ({ text, createdAt, updatedAt })),
      debriefs,
      drafts: drafts.map(({ text, updatedAt }) => ({ text, updatedAt })),
      shortlists: plans.flatMap((p) =>
        p.shortlist
          .filter((e) => e.candidateKey === candidateKey)
          .map((e) => ({ roleTitle: briefs.get(p.briefId)?.roleTitle ?? '', clientCompany: briefs.get(p.briefId)?.clientCompany ?? '', reason: e.reason, status: p.status, createdAt: p.createdAt })),
      ),
    };
  });
}

export interface SubjectAccessFiles {
  markdown: string;
  json: string;
  baseName: string;
}

export async function subjectAccessFiles(candidateKey: string): Promise<SubjectAccessFiles> {
  const data = await gatherSubjectAccess(candidateKey);
  const slug = candidateKey.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60) || 'candidate';
  return {
    markdown: subjectAccessMarkdown(data),
    json: `${JSON.stringify({ format: 'recalibrate-subject-access', ...data }, null, 2)}\n`,
    baseName: `recalibrate-${slug}-${data.exportedAt.slice(0, 10)}`,
  };
}
