import { z } from 'zod';

/**
 * Payload validation for messages from content scripts. Content scripts run
 * beside hostile pages: everything they send is checked before it is stored.
 */
const text = (max: number) => z.string().max(max);

export const candidatePageSchema = z.strictObject({
  site: z.string().regex(/^[a-z0-9-]{1,40}$/),
  externalId: z.string().min(1).max(300),
  name: text(500),
  headline: text(1000),
  profileUrl: z.string().url().max(2000),
  job: z
    .strictObject({
      id: text(300).optional(),
      title: text(500).optional(),
      company: text(500).optional(),
    })
    .optional(),
});

export const candidateKeyPayloadSchema = z.strictObject({ candidateKey: z.string().min(3).max(400) });
