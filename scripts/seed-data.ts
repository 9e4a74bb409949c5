/**
 * Realistic data at scale, for the benchmark and for manual trials
 * (`npm run seed`). Pure and deterministic: the same options give the same
 * records, so two bench runs measure the same database. Records are built
 * with the domain's own constructors, so they always have the stored shape.
 *
 * Bundled (with Dexie) and run inside an extension page by scripts/seed.mjs
 * and scripts/bench.mjs; nothing here touches a browser API.
 */
import { newDebrief, type Debrief, type FeedbackItem, type InterviewStage, type Outcome, type Rating, type Sentiment } from '@/domain/debrief';
import { CAUSE_IDS } from '@/domain/diagnosis/causes';
import { createBrief, nextVersion } from '@/domain/brief/versions';
import { withDefaults, type ExperienceLevel, type RemotePolicy, type Urgency } from '@/domain/brief/fields';
import type { Brief, BriefVersion } from '@/domain/brief/records';
import type { CandidateRecord, NoteRecord } from '@/storage/types';

export interface SeedOptions {
  candidates?: number;
  debriefs?: number;
  notes?: number;
  briefs?: number;
  /** PRNG seed. */
  seed?: number;
  /** "Now" for the data set: every date lies in the 18 months before it. */
  now?: string;
  /** One candidate gets far more than the average (the heavy case the views must handle). */
  focus?: { key: string; name: string; headline: string; notes: number; debriefs: number };
}

/** Debriefs may carry the brief they belong to (schema v3 indexes `briefId`). */
export type SeedDebrief = Debrief & { briefId?: string };

export interface SeedData {
  candidates: CandidateRecord[];
  debriefs: SeedDebrief[];
  notes: NoteRecord[];
  briefs: Brief[];
  briefVersions: BriefVersion[];
}

export const SCALE = { candidates: 2_000, debriefs: 10_000, notes: 50_000, briefs: 300 } as const;

/** The profile the bench opens: it is also the heaviest candidate in the data set. */
export const FOCUS = {
  key: 'linkedin:eduardo-alvarez-nowak',
  name: 'Eduardo Alvarez Nowak',
  headline: 'Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential',
  notes: 500,
  debriefs: 25,
} as const;

const FIRST = ['Amara', 'Ben', 'Chloé', 'Dmitri', 'Elif', 'Farah', 'Gonzalo', 'Hana', 'Ines', 'Jonas', 'Kwame', 'Lena', 'Mateo', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tomasz', 'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zofia'];
const LAST = ['Okafor', 'Schmidt', 'Dubois', 'Ivanov', 'Yılmaz', 'Haddad', 'García', 'Tanaka', 'Ferreira', 'Berg', 'Mensah', 'Novak', 'Rossi', 'Karimi', 'Lindqvist', 'Raman', 'Moreau', 'Silva', 'Andersen', 'Kowalski', 'Patel', 'Horvat', 'Zhang', 'López', 'Demir', 'Nowak'];
const TITLES = ['Senior Backend Engineer', 'Head of Data', 'Product Designer', 'Engineering Manager', 'Finance Director', 'Sales Lead', 'DevOps Engineer', 'Marketing Manager', 'Staff Frontend Engineer', 'HR Business Partner', 'Solutions Architect', 'Product Manager'];
const COMPANIES = ['Acme Bank', 'Northwind', 'Globex', 'Initech', 'Umbrella Health', 'Stark Logistics', 'Wayne Retail', 'Tyrell Energy', 'Soylent Foods', 'Hooli', 'Vandelay Imports', 'Cyberdyne'];
const CITIES = ['London', 'Berlin', 'Paris', 'Madrid', 'Amsterdam', 'Warsaw', 'Lisbon', 'Dublin', 'Stockholm', 'Milan'];
const TOPICS = ['Communication', 'Technical depth', 'Leadership', 'Motivation', 'Culture fit', 'Stakeholder management', 'Problem solving', 'Salary expectations'];
const INTERVIEWERS = ['CTO', 'Head of People', 'Hiring manager', 'VP Engineering', 'Team lead', 'CFO', 'Founder'];
const SKILLS = ['Kubernetes', 'TypeScript', 'Go', 'SQL', 'Stakeholder management', 'People leadership', 'IFRS', 'Figma', 'AWS', 'Python', 'B2B sales', 'Roadmapping'];
const QUOTES = [
  'Strong on paper but could not go deep on the system design.',
  'Very personable, the team liked him a lot.',
  'Answers were vague; we never heard a concrete example.',
  'Seemed more interested in the remote policy than the product.',
  'Great energy, but the salary expectation is far above our band.',
  'Not hands-on enough for where we are right now.',
  'She asked excellent questions about the roadmap.',
  'We need someone who has managed a team of at least eight.',
];
/** Note sentences; `{…}` slots are filled per note, so the vocabulary is wide as in real notes. */
const NOTE_PARTS = [
  'Called {first} after the interview at {company}.',
  'Client wants more hands-on {skill} than the brief said.',
  'Candidate is still keen, but has another offer from {company} by {day}.',
  'Salary expectation confirmed at {salary}k, top of the band.',
  'Hiring manager changed: {first} {last} prefers a people leader.',
  'Send the revised shortlist to {first} by {day}.',
  'Reference from the previous manager at {company} was glowing.',
  'Notice period: {months} months, negotiable.',
  'Prefers hybrid in {city}, two days in the office at most.',
  'The {skill} test felt unfair to the candidate; feed back to {company}.',
  'Follow up on the relocation package to {city}.',
  'Spoke to the {role}: {skill} is no longer a must-have.',
  'Interviewed with {first} {last} and the {role}; strong on {skill}, weaker on {skill2}.',
  'Moved the second round to {day}.',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const STAGES: InterviewStage[] = ['screening', 'first', 'second', 'technical', 'final'];
const OUTCOME_LIST: Outcome[] = ['rejected', 'on-hold', 'another-round', 'undecided'];
const SENTIMENT_LIST: Sentiment[] = ['negative', 'negative', 'neutral', 'positive'];
const REMOTE: RemotePolicy[] = ['onsite', 'hybrid', 'remote'];
const LEVELS: ExperienceLevel[] = ['mid', 'senior', 'lead', 'principal'];
const URGENCY: Urgency[] = ['low', 'normal', 'high'];
const SITES = ['linkedin', 'linkedin', 'linkedin', 'greenhouse', 'lever', 'workable', 'bullhorn'];

/** mulberry32: tiny, fast, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateSeed(options: SeedOptions = {}): SeedData {
  const counts = {
    candidates: options.candidates ?? SCALE.candidates,
    debriefs: options.debriefs ?? SCALE.debriefs,
    notes: options.notes ?? SCALE.notes,
    briefs: options.briefs ?? SCALE.briefs,
  };
  const focus = options.focus ?? FOCUS;
  const random = prng(options.seed ?? 7);
  const now = Date.parse(options.now ?? '2026-03-02T09:00:00.000Z');
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const daysAgo = (max: number) => new Date(now - random() * max * 86_400_000);
  const iso = (d: Date) => d.toISOString();
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
  const uuid = (kind: number, n: number) => `${hex(kind, 8)}-${hex(n >>> 16, 4)}-4${hex(n & 0xfff, 3)}-8${hex(n % 4096, 3)}-${hex(n, 12)}`;

  // Briefs with one to three versions each.
  const briefs: Brief[] = [];
  const briefVersions: BriefVersion[] = [];
  for (let i = 0; i < counts.briefs; i++) {
    const created = daysAgo(540);
    const content = withDefaults({
      title: pick(TITLES),
      client: pick(COMPANIES),
      location: pick(CITIES),
      remotePolicy: pick(REMOTE),
      salary: { min: int(5, 9) * 10_000, max: int(10, 14) * 10_000, currency: pick(['GBP', 'EUR', 'USD']), period: 'year' },
      reportingLine: pick(INTERVIEWERS),
      purpose: 'Grow the team and own delivery of the next platform generation.',
      responsibilities: ['Own the roadmap for the area', 'Hire and coach the team', 'Work with product and sales'],
      mustHaves: [pick(SKILLS), pick(SKILLS), pick(SKILLS)],
      niceToHaves: [pick(SKILLS)],
      experienceLevel: pick(LEVELS),
      experienceYears: int(3, 12),
      urgency: pick(URGENCY),
    });
    const { brief, version } = createBrief({ id: uuid(0xb1, i), content, now: created, reason: 'First brief from the intake call' });
    const history = [version];
    for (let v = int(0, 2); v > 0; v--) {
      const at = new Date(Math.min(now, created.getTime() + int(3, 40) * 86_400_000));
      history.push(nextVersion(history, { content: { ...content, mustHaves: content.mustHaves.slice(1) }, reason: 'Client relaxed a must-have after the debrief', now: at }));
    }
    briefs.push({ ...brief, currentVersion: history.length, updatedAt: history[history.length - 1]!.createdAt });
    briefVersions.push(...history);
  }

  // Candidates; the focus candidate is first.
  const candidates: CandidateRecord[] = [];
  for (let i = 0; i < counts.candidates; i++) {
    const created = daysAgo(540);
    const seen = new Date(Math.min(now, created.getTime() + random() * 120 * 86_400_000));
    const site = pick(SITES);
    const name = i === 0 ? focus.name : `${pick(FIRST)} ${pick(LAST)}`;
    const externalId = i === 0 ? focus.key.split(':')[1]! : `${name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ /g, '-')}-${hex(i, 5)}`;
    const key = i === 0 ? focus.key : `${site}:${externalId}`;
    const job = random() < 0.6 ? { title: pick(TITLES), company: pick(COMPANIES) } : undefined;
    candidates.push({
      key,
      site: i === 0 ? focus.key.split(':')[0]! : site,
      externalId,
      name,
      headline: i === 0 ? focus.headline : `${pick(TITLES)} at ${pick(COMPANIES)}`,
      profileUrl: site === 'linkedin' || i === 0 ? `https://www.linkedin.com/in/${externalId}/` : `https://app.example-ats.com/candidates/${externalId}`,
      ...(job ? { job } : {}),
      createdAt: iso(created),
      updatedAt: iso(seen),
      lastSeenAt: iso(seen),
    });
  }
  // Skewed: a few candidates carry many records, most only a handful.
  const someone = (): CandidateRecord => candidates[1 + Math.floor(random() ** 1.5 * (candidates.length - 1))] ?? candidates[0]!;

  const debriefs: SeedDebrief[] = [];
  for (let i = 0; i < counts.debriefs; i++) {
    const candidate = i < focus.debriefs ? candidates[0]! : someone();
    const brief = random() < 0.7 ? pick(briefs) : undefined;
    const interview = daysAgo(540);
    const d: SeedDebrief = newDebrief(
      {
        id: uuid(0xdb, i),
        candidateKey: candidate.key,
        clientCompany: brief?.clientCompany ?? pick(COMPANIES),
        roleTitle: brief?.roleTitle ?? pick(TITLES),
        interviewAt: iso(interview),
        stage: pick(STAGES),
        interviewers: [pick(INTERVIEWERS), ...(random() < 0.5 ? [pick(INTERVIEWERS)] : [])],
        outcome: pick(OUTCOME_LIST),
      },
      new Date(interview.getTime() + int(1, 48) * 3_600_000),
    );
    const feedback: FeedbackItem[] = [];
    for (let f = int(1, 5); f > 0; f--) {
      feedback.push({ id: `${d.id}-f${f}`, quote: pick(QUOTES), saidBy: pick(INTERVIEWERS), topic: pick(TOPICS), sentiment: pick(SENTIMENT_LIST) });
    }
    d.feedback = feedback;
    d.confirmedCauses = random() < 0.6 ? [pick(CAUSE_IDS)] : [];
    d.evidence = { 'vague-answers': pick(['yes', 'no', 'unsure'] as const), 'rated-strong-found-weak': pick(['yes', 'no'] as const) };
    d.track2.ratings = TOPICS.slice(0, int(2, 4)).map((competency) => ({ competency, before: int(2, 5) as Rating, revealed: int(1, 5) as Rating }));
    d.track2.coachingPoints = random() < 0.5 ? ['star-answers', 'concise-answers'] : [];
    d.milestones = random() < 0.7 ? { clientDebriefAt: iso(new Date(interview.getTime() + 20 * 3_600_000)) } : {};
    d.status = random() < 0.8 ? 'closed' : 'open';
    if (brief) d.briefId = brief.id;
    debriefs.push(d);
  }

  const byCandidate = new Map<string, string[]>();
  for (const d of debriefs) byCandidate.set(d.candidateKey, [...(byCandidate.get(d.candidateKey) ?? []), d.id]);

  const notes: NoteRecord[] = [];
  for (let i = 0; i < counts.notes; i++) {
    const candidate = i < focus.notes ? candidates[0]! : someone();
    const at = iso(daysAgo(540));
    const text = Array.from({ length: int(1, 4) }, () =>
      pick(NOTE_PARTS).replace(/\{(\w+)\}/g, (_, slot: string) => {
        switch (slot) {
          case 'first': return pick(FIRST);
          case 'last': return pick(LAST);
          case 'company': return pick(COMPANIES);
          case 'skill': case 'skill2': return pick(SKILLS);
          case 'city': return pick(CITIES);
          case 'role': return pick(INTERVIEWERS);
          case 'day': return pick(DAYS);
          case 'salary': return String(int(45, 160));
          default: return String(int(1, 3));
        }
      }),
    ).join(' ');
    const own = byCandidate.get(candidate.key);
    const debriefId = own && random() < 0.4 ? pick(own) : undefined;
    notes.push({ id: uuid(0x70, i), candidateKey: candidate.key, text, createdAt: at, updatedAt: at, ...(debriefId ? { debriefId } : {}) });
  }

  return { candidates, debriefs, notes, briefs, briefVersions };
}
