import * as v from 'valibot';

/**
 * Payload validation for messages from content scripts. Content scripts run
 * beside hostile pages: everything they send is checked before it is stored.
 * Valibot rather than zod: same declarative style, but no `new Function` in
 * its code (Firefox review flags eval) and it tree-shakes to a few KB.
 */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const candidatePageSchema = v.strictObject({
  site: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  externalId: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  name: text(500),
  headline: text(1000),
  // http(s) only: the URL is shown as a link in extension pages, so javascript: or data: must never get in.
  profileUrl: v.pipe(v.string(), v.maxLength(2000), v.url(), v.regex(/^https?:\/\//i, 'profile links must be http(s)')),
  job: v.optional(
    v.strictObject({
      id: v.optional(text(300)),
      title: v.optional(text(500)),
      company: v.optional(text(500)),
    }),
  ),
});

export const candidateKeyPayloadSchema = v.strictObject({ candidateKey: v.pipe(v.string(), v.minLength(3), v.maxLength(400)) });

/** The panel's correction form: a name is required (that is the point), the job may be blank. */
export const correctionSchema = v.strictObject({
  candidateKey: v.pipe(v.string(), v.minLength(3), v.maxLength(400)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500)),
  jobTitle: text(500),
});

export const peekSchema = v.strictObject({
  site: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  externalId: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
});

export const badgeRefreshSchema = v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });

export { parse } from 'valibot';
