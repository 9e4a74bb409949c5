/** Time and ids for records. One place, so tests can reason about them. */
export const nowIso = (): string => new Date().toISOString();
export const newId = (): string => crypto.randomUUID();
