import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/storage/db';
import { briefHistory, createBriefRecord } from '@/storage/briefs';
import { findBriefForRole, findOrCreateBriefForDebrief, roleForCandidate } from '@/storage/brief-links';
import { candidatePool } from '@/storage/candidate-pool';
import { createPlanForBrief, deleteDraftPlan, markPlanAsSent, updateDraftPlan } from '@/storage/plans';
import { nearMissesForBrief, redeploymentFor } from '@/storage/redeployment';
import { designBrief, seedPeople } from './brief-fixtures';
import { freshDb } from './fresh-db';

describe('briefs for debriefs, plans and redeployment', () => {
  beforeEach(async () => {
    await freshDb();
    await seedPeople();
  });

  it('finds the brief of a debrief’s role (any case, extra spaces) and links the debrief', async () => {
    const { brief } = await createBriefRecord({ content: designBrief({ client: 'ACME  bank' }) });
    expect((await findBriefForRole('acme bank', 'lead product designer'))?.id).toBe(brief.id);
    expect((await findOrCreateBriefForDebrief('d-priya')).id).toBe(brief.id);
    expect((await db().debriefs.get('d-priya'))?.briefId).toBe(brief.id);
    const role = await roleForCandidate({ key: 'linkedin:priya-raman' });
    expect(role.brief?.id).toBe(brief.id);
    expect(role.debrief?.id).toBe('d-priya');
  });

  it('creates a brief for a role that has none, once', async () => {
    const first = await findOrCreateBriefForDebrief('d-mei');
    expect(first).toMatchObject({ clientCompany: 'Northwind', roleTitle: 'Senior UX Designer', currentVersion: 1 });
    expect((await findOrCreateBriefForDebrief('d-mei')).id).toBe(first.id);
    expect(await db().briefs.count()).toBe(1);
    expect((await briefHistory(first.id))[0]?.reason).toMatch(/Started from the interview debrief/);
  });

  it('builds the candidate pool from what is on record: notes, latest debrief role and status', async () => {
    const pool = await candidatePool();
    const mei = pool.find((c) => c.key === 'linkedin:mei-lin');
    expect(mei).toMatchObject({ status: 'keep-for-next', lastDebriefRole: 'Senior UX Designer at Northwind' });
    expect(mei?.notes).toContain('payments app');
    const withoutRole = await candidatePool({ excludeRole: { briefId: 'x', client: 'Acme Bank', title: 'Lead Product Designer' } });
    expect(withoutRole.map((c) => c.key)).not.toContain('linkedin:priya-raman');
  });

  it('a plan’s shortlist ranks known candidates by fit, the near miss from another role first, never the candidate just turned down', async () => {
    const { brief } = await createBriefRecord({ content: designBrief({ mustHaves: ['Figma', 'User research'] }) });
    const plan = await createPlanForBrief({ briefId: brief.id, kind: 'both', debriefId: 'd-priya' });
    const keys = plan.shortlist.map((e) => e.candidateKey);
    expect(keys[0]).toBe('linkedin:mei-lin');
    expect(keys).toContain('linkedin:ana-silva');
    expect(keys).not.toContain('linkedin:priya-raman');
    expect(keys).not.toContain('linkedin:tom-okafor');
    expect(plan.shortlist[0]?.reason).toMatch(/Near miss for Senior UX Designer at Northwind/);
    expect(plan.sourcing.booleanString).toMatch(/Figma/);
    expect(plan).toMatchObject({ status: 'draft', briefVersion: 1, debriefId: 'd-priya' });
  });

  it('marking a plan sent records the debrief’s milestone; a sent plan is kept as sent', async () => {
    const { brief } = await createBriefRecord({ content: designBrief() });
    const plan = await createPlanForBrief({ briefId: brief.id, kind: 'sourcing', debriefId: 'd-priya' });
    const now = new Date();
    const sent = await markPlanAsSent(plan.id, now);
    expect(sent).toMatchObject({ status: 'sent', sentAt: now.toISOString() });
    expect((await db().debriefs.get('d-priya'))?.milestones.newPlanSentAt).toBe(now.toISOString());
    await expect(updateDraftPlan(plan.id, () => ({ kind: 'both' }))).rejects.toThrow(/kept as sent/);
    await expect(deleteDraftPlan(plan.id)).rejects.toThrow(/record/);
  });

  it('refuses to send a plan that breaks its own promise (empty shortlist, interviews before the shortlist)', async () => {
    const { brief } = await createBriefRecord({ content: designBrief() });
    const plan = await createPlanForBrief({ briefId: brief.id, kind: 'shortlist' });
    await updateDraftPlan(plan.id, () => ({ shortlist: [] }));
    await expect(markPlanAsSent(plan.id)).rejects.toThrow(/at least one candidate/);
    await updateDraftPlan(plan.id, (p) => ({ kind: 'sourcing', dates: { ...p.dates, interviewsBy: '2020-01-01' } }));
    await expect(markPlanAsSent(plan.id)).rejects.toThrow(/Interviews|passed/);
    expect((await db().plans.get(plan.id))?.status).toBe('draft');
  });

  it('redeployment: a ready candidate sees other open briefs they fit; each brief sees its near misses', async () => {
    const acme = await createBriefRecord({ content: designBrief() });
    await createBriefRecord({ content: designBrief({ title: 'Senior UX Designer', client: 'Northwind' }) });
    const globex = await createBriefRecord({ content: designBrief({ title: 'Platform Engineer', client: 'Globex', mustHaves: ['Go', 'Kubernetes'] }) });
    const mei = await redeploymentFor('linkedin:mei-lin');
    expect(mei.ready).toBe(true);
    expect(mei.fits.map((f) => f.briefId)).toEqual([acme.brief.id]);
    expect((await redeploymentFor('linkedin:priya-raman')).ready).toBe(false);
    expect((await nearMissesForBrief(acme.brief.id)).map((c) => c.key)).toEqual(['linkedin:mei-lin']);
    expect(await nearMissesForBrief(globex.brief.id)).toEqual([]);
  });
});
