/**
 * Schema history of the one Dexie database. APPEND-ONLY (architecture rule 8):
 * never edit a version once it has shipped; add a new one, with an upgrader
 * when existing records need changing. `tests/integration/storage-upgrade`
 * opens a database created at every earlier version with the current code.
 */
import type { Transaction } from 'dexie';
import { rebuildSearchIndex } from './search-index';

export const DB_NAME = 'recalibrate';

export interface SchemaVersion {
  version: number;
  /** Dexie store declarations: primary key first, then indexes. `null` deletes a table. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
  /** Why this version exists (for the reader of this file). */
  why: string;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    why: 'Foundation: candidates seen on pages, their debriefs and notes.',
    stores: {
      candidates: 'key, updatedAt, name',
      debriefs: 'id, candidateKey, updatedAt',
      notes: 'id, candidateKey, createdAt',
    },
  },
  {
    version: 2,
    why: 'Drafts persisted as typed; recent candidates by last visit; notes per debrief.',
    stores: {
      candidates: 'key, updatedAt, lastSeenAt, name',
      notes: 'id, candidateKey, debriefId, createdAt, [candidateKey+createdAt]',
      drafts: 'id, updatedAt',
    },
    upgrade: async (tx) => {
      // v1 records had no lastSeenAt: use their last update so they still sort as recent.
      await tx
        .table('candidates')
        .toCollection()
        .modify((c: { lastSeenAt?: string; updatedAt: string }) => {
          c.lastSeenAt ??= c.updatedAt;
        });
    },
  },
  {
    version: 3,
    why: 'Briefs: the head record per client role, immutable versions, recruitment plans; debriefs link to a brief.',
    stores: {
      briefs: 'id, status, updatedAt, clientCompany',
      briefVersions: 'id, briefId, [briefId+version], createdAt',
      plans: 'id, briefId, createdAt, status',
      debriefs: 'id, candidateKey, updatedAt, briefId',
    },
  },
  {
    version: 4,
    why: 'Search: one index entry per searchable record, words in a multiEntry index (kept current by storage/search-index middleware).',
    stores: {
      searchIndex: 'id, *words, table',
    },
    upgrade: (tx) => rebuildSearchIndex(tx),
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
