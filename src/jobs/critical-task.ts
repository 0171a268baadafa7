/**
 * Optional (CHE_CRITICAL_TASKS=on): when a run moves an account into
 * critical, a HubSpot task for the company's owner — never a second one while
 * one we created is still open.
 *
 * The accounts are found from what the run wrote (che_health_tier critical,
 * che_tier_change declined, che_tier_changed_at at or after the run's
 * instant), so this needs nothing from the run but its instant. "Ours" is the
 * subject prefix; "open" is any status but COMPLETED.
 */
import type { HubSpotConnection } from '../hubspot/contracts';
import { batchRead, readAssociations, searchIds, type ReadProblem } from '../hubspot/load/reads';
import { createCompanyTask, readOpenTasks } from '../hubspot/tasks';

export const CRITICAL_TASK_PREFIX = '[Customer health] Critical:';
const DAY = 86_400_000;

export interface CriticalTaskResult {
  /** Companies that entered critical at or after the instant. */
  entered: number;
  created: { companyId: string; taskId: string }[];
  /** Companies that already had an open critical task. */
  alreadyOpen: string[];
  problems: string[];
}

async function openCriticalTask(conn: HubSpotConnection, companyIds: string[], problems: ReadProblem[]): Promise<Set<string>> {
  const links = await readAssociations(conn, 'companies', 'tasks', companyIds, problems);
  const taskIds = [...links.values()].flat().map((t) => t.toId);
  if (taskIds.length === 0) return new Set();
  const open = new Set((await readOpenTasks(conn, taskIds, problems))
    .filter((t) => (t.properties.hs_task_subject ?? '').startsWith(CRITICAL_TASK_PREFIX))
    .map((t) => t.id));
  return new Set([...links].filter(([, targets]) => targets.some((t) => open.has(t.toId))).map(([companyId]) => companyId));
}

/** Creates the missing critical tasks for accounts whose tier dropped to critical at or after `sinceIso`. */
export async function createCriticalTasks(conn: HubSpotConnection, sinceIso: string, now: Date): Promise<CriticalTaskResult> {
  const since = String(Date.parse(sinceIso));
  const ids = await searchIds(conn, 'companies', [
    { propertyName: 'che_health_tier', operator: 'EQ', value: 'critical' },
    { propertyName: 'che_tier_change', operator: 'EQ', value: 'declined' },
    { propertyName: 'che_tier_changed_at', operator: 'GTE', value: since },
  ]);
  const result: CriticalTaskResult = { entered: ids.length, created: [], alreadyOpen: [], problems: [] };
  if (ids.length === 0) return result;
  const problems: ReadProblem[] = [];
  const open = await openCriticalTask(conn, ids, problems);
  const companies = await batchRead(conn, 'companies', ids.filter((id) => !open.has(id)), ['name', 'hubspot_owner_id', 'che_health_score', 'che_recommended_play']);
  problems.push(...companies.problems);
  result.alreadyOpen = ids.filter((id) => open.has(id));
  for (const c of companies.records) {
    const p = c.properties;
    const properties: Record<string, string> = {
      hs_task_subject: `${CRITICAL_TASK_PREFIX} ${p.name ?? `company ${c.id}`}`,
      hs_task_body: `Health score ${p.che_health_score ?? '?'} — the account entered the critical tier. Recommended play: ${p.che_recommended_play ?? 'see the health card'}.`,
      hs_task_status: 'NOT_STARTED',
      hs_task_priority: 'HIGH',
      hs_task_type: 'TODO',
      hs_timestamp: new Date(now.getTime() + DAY).toISOString(),
    };
    if (p.hubspot_owner_id) properties.hubspot_owner_id = p.hubspot_owner_id;
    try {
      result.created.push({ companyId: c.id, taskId: await createCompanyTask(conn, c.id, properties) });
    } catch (err) {
      result.problems.push(`company ${c.id}: the critical task could not be created: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  result.problems.push(...problems.map((p) => p.message));
  return result;
}
