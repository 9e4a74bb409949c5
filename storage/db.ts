import Dexie, { type Table } from 'dexie';
import type { Debrief } from '@/domain/debrief';
import type { Brief, BriefVersion } from '@/domain/brief/records';
import type { RecruitmentPlan } from '@/domain/brief/plan';
import { DB_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type { CandidateRecord, DraftRecord, NoteRecord } from './types';
import { searchIndexMiddleware, type SearchEntry } from './search-index';

/**
 * The one IndexedDB database, in the extension's own origin. Only extension
 * pages and the background open it — never a content script, whose IndexedDB
 * would belong to the host page.
 */
export class RecalibrateDB extends Dexie {
  candidates!: Table<CandidateRecord, string>;
  debriefs!: Table<Debrief, string>;
  notes!: Table<NoteRecord, string>;
  drafts!: Table<DraftRecord, string>;
  briefs!: Table<Brief, string>;
  briefVersions!: Table<BriefVersion, string>;
  plans!: Table<RecruitmentPlan, string>;
  /** Derived: rebuilt from the tables above, never exported (storage/search-index). */
  searchIndex!: Table<SearchEntry, string>;

  constructor(name = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    this.use(searchIndexMiddleware);
  }
}

let instance: RecalibrateDB | null = null;

/** The shared database (lazily opened on first use). */
export function db(): RecalibrateDB {
  instance ??= new RecalibrateDB();
  return instance;
}

/** Tests only: forget the singleton so the next `db()` opens afresh. */
export function resetDbForTests(): void {
  instance?.close();
  instance = null;
}
