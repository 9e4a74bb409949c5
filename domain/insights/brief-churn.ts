import type { Brief, BriefVersion } from '../brief/records';
import { clientKey, clientOptions, inPeriod, matchesClient } from './filters';
import { round1 } from './math';

/**
 * Clients whose briefs keep changing. Every revision of a brief is a stored
 * version (version 1 is the original), so revisions per role measure how
 * much a client's requirement moves. A client who keeps moving the target is
 * worth a different conversation: qualify harder up front, or agree what
 * will not change.
 */

/** On average this many revisions per role or more, and the client "keeps changing" the brief. */
export const CHURN_THRESHOLD = 2;

export interface RoleChurn {
  briefId: string;
  role: string;
  /** Every version the brief has, whatever the period. */
  versions: number;
  /** Versions after the first created within the period. */
  revisions: number;
  lastChangedAt: string | null;
}

export interface ClientChurn {
  client: string;
  label: string;
  roles: RoleChurn[];
  revisions: number;
  revisionsPerRole: number;
  keepsChanging: boolean;
}

type ChurnBrief = Pick<Brief, 'id' | 'clientCompany' | 'roleTitle'>;
type ChurnVersion = Pick<BriefVersion, 'briefId' | 'version' | 'createdAt'>;

/** Briefs with any version in the period count as roles worked on; clients most churned first. */
export function briefChurn(
  briefs: readonly ChurnBrief[],
  versions: readonly ChurnVersion[],
  filters: { start: Date | null; now: Date; client: string | null },
): ClientChurn[] {
  const byBrief = new Map<string, ChurnVersion[]>();
  for (const v of versions) byBrief.set(v.briefId, [...(byBrief.get(v.briefId) ?? []), v]);
  const clients = new Map<string, RoleChurn[]>();
  for (const brief of briefs) {
    if (!matchesClient(brief.clientCompany, filters.client)) continue;
    const history = byBrief.get(brief.id) ?? [];
    const inWindow = history.filter((v) => inPeriod(v.createdAt, filters.start, filters.now));
    if (!inWindow.length) continue;
    const role: RoleChurn = {
      briefId: brief.id,
      role: brief.roleTitle.trim(),
      versions: new Set(history.map((v) => v.version)).size,
      revisions: inWindow.filter((v) => v.version > 1).length,
      lastChangedAt: latest(inWindow.map((v) => v.createdAt)),
    };
    const key = clientKey(brief.clientCompany);
    clients.set(key, [...(clients.get(key) ?? []), role]);
  }
  const labels = new Map(clientOptions(briefs.map((b) => b.clientCompany)).map((o) => [o.key, o.label]));
  return [...clients.entries()]
    .map(([client, roles]) => {
      const revisions = roles.reduce((sum, r) => sum + r.revisions, 0);
      const revisionsPerRole = round1(revisions / roles.length);
      return {
        client,
        label: labels.get(client) ?? '',
        roles: roles.sort((a, b) => b.revisions - a.revisions || a.role.localeCompare(b.role, 'en')),
        revisions,
        revisionsPerRole,
        keepsChanging: revisionsPerRole >= CHURN_THRESHOLD,
      };
    })
    .sort((a, b) => b.revisionsPerRole - a.revisionsPerRole || b.revisions - a.revisions || a.label.localeCompare(b.label, 'en'));
}

function latest(isos: readonly string[]): string | null {
  return [...isos].sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null;
}
