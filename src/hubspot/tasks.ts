/**
 * HubSpot tasks on companies: what the card's play task and the backend's
 * critical-tier task both need — the company's open tasks, and a new task
 * associated to the company. Which open task counts as "ours" (a subject
 * prefix, a marker in the body) is the caller's rule.
 */
import type { HubSpotConnection } from './contracts';
import { batchRead, type ReadProblem } from './load/reads';
import type { HsRecord } from './mappers/records';

export const CREATE_TASK_ENDPOINT = 'POST /crm/v3/objects/tasks';
/** HubSpot's built-in task → company association type. */
export const TASK_TO_COMPANY = 192;
export const TASK_PROPERTIES = ['hs_task_subject', 'hs_task_body', 'hs_task_status', 'hs_timestamp', 'hubspot_owner_id'];

/** The tasks among `taskIds` that are not completed; read problems go to `problems`. */
export async function readOpenTasks(conn: HubSpotConnection, taskIds: string[], problems: ReadProblem[]): Promise<HsRecord[]> {
  if (taskIds.length === 0) return [];
  // POST /crm/v3/objects/tasks/batch/read (inside batchRead)
  const read = await batchRead(conn, 'tasks', taskIds, TASK_PROPERTIES);
  problems.push(...read.problems);
  return read.records.filter((t) => t.properties.hs_task_status !== 'COMPLETED');
}

/** Creates a task associated to the company; returns its id. */
export async function createCompanyTask(conn: HubSpotConnection, companyId: string, properties: Record<string, string>): Promise<string> {
  const associations = [{ to: { id: companyId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: TASK_TO_COMPANY }] }];
  // POST /crm/v3/objects/tasks
  const created = await conn.calls.call(CREATE_TASK_ENDPOINT, () => conn.client.crm.objects.basicApi.create('tasks', { properties, associations } as never));
  const taskId = (created as { id?: unknown }).id;
  if (typeof taskId !== 'string' && typeof taskId !== 'number') throw new Error(`${CREATE_TASK_ENDPOINT}: HubSpot answered without a task id`);
  return String(taskId);
}
