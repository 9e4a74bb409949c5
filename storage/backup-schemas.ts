import * as v from 'valibot';
import { CAUSE_IDS } from '@/domain/diagnosis/causes';
import { EVIDENCE_ANSWERS } from '@/domain/diagnosis/questions';
import { CANDIDATE_STATUSES, INTERVIEW_STAGES, OUTCOMES, REQUIREMENT_CHANGE_KINDS, SENTIMENTS } from '@/domain/debrief';
import { BRIEF_FIELDS, type FieldKind } from '@/domain/brief/fields';
import { MAX_NOTE_LENGTH } from './notes';

/**
 * One valibot schema per stored table, used to validate a backup file before
 * anything is written. A table added to the database needs a schema here
 * (a unit test checks), or a place in DERIVED_TABLES when it can be rebuilt.
 *
 * Known fields are checked for type, size and allowed values; objects are
 * "loose" so a field added by a later minor change of the same schema
 * version survives a round trip instead of being silently dropped. Free text
 * may contain anything, markup included: it is data, always rendered as
 * text. Identifiers and links are strict, because they are used as keys and
 * as link targets.
 */

/** Tables rebuilt from the others; never exported, cleared and rebuilt on import. */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['searchIndex']);

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max.toLocaleString('en')} characters`));
const optText = (max: number) => v.optional(text(max));
const NO_CONTROLS = /^[^\u0000-\u001f\u007f<>]+$/u;
const id = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(400, 'longer than 400 characters'), v.regex(NO_CONTROLS, 'contains characters not allowed in an id (<, > or control characters)'));
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const date = v.pipe(v.string(), v.regex(ISO, 'is not a date (expected an ISO date such as 2026-01-31T09:00:00.000Z)'));
const optDate = v.optional(date);

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
const webLink = v.pipe(v.string(), v.maxLength(2000, 'longer than 2,000 characters'), v.check(isHttpUrl, 'is not an http(s) link (javascript:, data: and other schemes are refused)'));
const oneOf = <T extends string>(values: readonly T[]) => v.picklist(values as T[], `must be one of: ${values.join(', ')}`);
const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[];
function list<T extends v.GenericSchema>(max: number, item: T) {
  return v.pipe(v.array(item), v.maxLength(max, `has more than ${max} items`));
}
const textList = (max: number) => list(max, text(2000));

const job = v.looseObject({ id: optText(300), title: optText(500), company: optText(500) });

export const candidateSchema = v.pipe(
  v.looseObject({
    key: id,
    site: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'is not a site id (lower-case letters, digits and dashes)')),
    externalId: id,
    name: text(500),
    headline: text(1000),
    profileUrl: webLink,
    job: v.optional(job),
    correction: v.optional(v.looseObject({ name: optText(500), jobTitle: optText(500), company: optText(500) })),
    createdAt: date,
    updatedAt: date,
    lastSeenAt: date,
  }),
  v.check((c) => c.key === `${c.site}:${c.externalId}`, 'key must be "site:externalId"'),
);

export const noteSchema = v.looseObject({
  id,
  candidateKey: id,
  debriefId: v.optional(id),
  text: text(MAX_NOTE_LENGTH),
  createdAt: date,
  updatedAt: date,
});

const rating = v.nullable(v.picklist([1, 2, 3, 4, 5], 'must be a rating from 1 to 5'));
const feedbackItem = v.looseObject({
  id,
  quote: text(5000),
  saidBy: text(500),
  topic: text(500),
  sentiment: oneOf(keysOf(SENTIMENTS)),
  momentOfInterview: optText(1000),
});

export const debriefSchema = v.looseObject({
  id,
  candidateKey: id,
  briefId: v.optional(id),
  clientCompany: text(500),
  roleTitle: text(500),
  interviewAt: date,
  stage: oneOf(keysOf(INTERVIEW_STAGES)),
  interviewers: list(100, text(500)),
  outcome: oneOf(keysOf(OUTCOMES)),
  feedback: list(2000, feedbackItem),
  evidence: v.record(v.pipe(v.string(), v.maxLength(200)), oneOf(EVIDENCE_ANSWERS)),
  confirmedCauses: v.array(oneOf(CAUSE_IDS)),
  track1: v.record(v.pipe(v.string(), v.maxLength(200)), text(20_000)),
  proposedChanges: list(500, v.looseObject({ id, kind: oneOf(keysOf(REQUIREMENT_CHANGE_KINDS)), detail: text(2000) })),
  track2: v.looseObject({
    ratings: list(200, v.looseObject({ competency: text(500), before: rating, revealed: rating })),
    coachingPoints: textList(500),
    motivation: v.record(v.pipe(v.string(), v.maxLength(200)), text(20_000)),
    candidateMessage: text(50_000),
    candidateStatus: oneOf(keysOf(CANDIDATE_STATUSES)),
  }),
  milestones: v.looseObject({ clientDebriefAt: optDate, candidateFeedbackAt: optDate, newPlanSentAt: optDate }),
  notes: optText(MAX_NOTE_LENGTH),
  createdAt: date,
  updatedAt: date,
  status: oneOf(['open', 'closed'] as const),
});

export const draftSchema = v.looseObject({ id, text: text(MAX_NOTE_LENGTH), updatedAt: date });

export const briefSchema = v.looseObject({
  id,
  clientCompany: text(500),
  roleTitle: text(500),
  status: oneOf(['open', 'on-hold', 'filled', 'closed'] as const),
  currentVersion: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0)),
  createdAt: date,
  updatedAt: date,
});

/** Brief content follows the field catalogue, so a field added there is validated here too. Every field optional: older versions lack newer fields. */
const CONTENT_FIELD: Record<FieldKind, v.GenericSchema> = {
  text: text(20_000),
  list: textList(500),
  choice: text(100),
  number: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  salary: v.looseObject({
    min: v.nullable(v.pipe(v.number(), v.minValue(0))),
    max: v.nullable(v.pipe(v.number(), v.minValue(0))),
    currency: text(10),
    period: text(20),
  }),
};
const briefContent = v.looseObject(Object.fromEntries(BRIEF_FIELDS.map((f) => [f.key, v.optional(CONTENT_FIELD[f.kind])])));

export const briefVersionSchema = v.looseObject({
  id,
  briefId: id,
  version: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1)),
  content: briefContent,
  reason: text(5000),
  source: v.optional(v.looseObject({ debriefId: id, changes: list(500, v.looseObject({ kind: text(100), detail: text(2000) })) })),
  restoredFrom: v.optional(v.number()),
  createdAt: date,
});

export const planSchema = v.looseObject({
  id,
  briefId: id,
  briefVersion: v.pipe(v.number(), v.integer('must be a whole number')),
  kind: oneOf(['shortlist', 'sourcing', 'both'] as const),
  shortlist: list(1000, v.looseObject({ candidateKey: id, reason: text(5000) })),
  sourcing: v.optional(v.looseObject({ targetTitles: textList(200), targetCompanies: textList(200), channels: textList(200), booleanString: text(10_000) })),
  dates: v.optional(v.looseObject({ shortlistBy: date, interviewsBy: date, decisionBy: optDate })),
  status: oneOf(['draft', 'sent'] as const),
  createdAt: date,
  sentAt: optDate,
});

/** Table name → record schema. */
export const BACKUP_SCHEMAS: Readonly<Record<string, v.GenericSchema>> = {
  candidates: candidateSchema,
  notes: noteSchema,
  debriefs: debriefSchema,
  drafts: draftSchema,
  briefs: briefSchema,
  briefVersions: briefVersionSchema,
  plans: planSchema,
};

const hours = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1), v.maxValue(720));

/** The extension's own `storage.local` keys that travel with a backup. */
export const storageLocalSchema = v.strictObject({
  settings: v.optional(
    v.looseObject({
      panelSites: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'is not a site id')), v.boolean())),
      feedbackTargetHours: v.optional(hours),
      planTargetHours: v.optional(hours),
      theme: v.optional(oneOf(['system', 'light', 'dark'] as const)),
    }),
  ),
  retention: v.optional(
    v.looseObject({
      months: v.nullable(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1), v.maxValue(120))),
    }),
  ),
});
