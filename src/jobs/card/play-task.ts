/**
 * create-play-task: a HubSpot task for the play, associated to the company,
 * owned by the company owner and due on the play's due date. The task body
 * carries a marker naming the play, so an open task for the same play is
 * found and returned instead of a duplicate.
 */
import type { Play, Priority } from '../../core/contract';
import { addBusinessDays } from '../../core/dates';
import { PLAY_LIBRARY, type PlayKey } from '../../core/plays';
import { readAssociations, type ReadProblem } from '../../hubspot/load/reads';
import { createCompanyTask, CREATE_TASK_ENDPOINT, readOpenTasks, TASK_TO_COMPANY } from '../../hubspot/tasks';
import { date, Warnings } from '../../hubspot/mappers/values';
import type { JobDeps } from '../run';
import { assessOne } from './assess-one';
import type { CreatePlayTaskParams, PlayTask } from './contract';
import { badRequest, CardFailure, notFound } from './errors';

export { CREATE_TASK_ENDPOINT, TASK_TO_COMPANY };

/** The line in a task's body that says which play it is for. */
export const playMarker = (key: string) => `[customer-health play: ${key}]`;

const TASK_PRIORITY: Record<Priority, string> = { critical: 'HIGH', high: 'HIGH', medium: 'MEDIUM', low: 'LOW' };

interface TaskPlay {
  key: string;
  name: string;
  priority: Priority;
  dueDate: string;
  lines: string[];
}

/** The play the task is for: the recommended one, or the one named (from the library, due on its timeline). */
function taskPlay(recommended: Play | null, params: CreatePlayTaskParams, nowMs: number): TaskPlay {
  const key = params.playKey ?? recommended?.key;
  if (!key) throw badRequest('playKey', 'no play is recommended for this company; name the play the task is for');
  if (recommended && recommended.key === key) {
    return {
      key, name: recommended.name, priority: recommended.priority, dueDate: params.dueDate ?? recommended.dueDate,
      lines: [recommended.action, `Success metric: ${recommended.successMetric}`, ...(recommended.reason ? [`Why: ${recommended.reason}`] : []),
        ...(recommended.riskIfDelayed ? [`If delayed: ${recommended.riskIfDelayed}`] : [])],
    };
  }
  // An own key only: "constructor" or "toString" would otherwise find an Object method and make a junk task.
  if (!Object.prototype.hasOwnProperty.call(PLAY_LIBRARY, key)) throw badRequest('playKey', `unknown play "${key}"`);
  const def = PLAY_LIBRARY[key as PlayKey];
  return {
    key, name: def.name, priority: 'medium', dueDate: params.dueDate ?? addBusinessDays(nowMs, def.timelineBusinessDays),
    lines: [`When: ${def.trigger}`, `Owner role: ${def.owner}; timeline: ${def.timeline}`, `Success metric: ${def.successMetric}`],
  };
}

export async function createPlayTask(deps: JobDeps, params: CreatePlayTaskParams): Promise<PlayTask> {
  const now = deps.now();
  const live = await assessOne(deps, params.companyId, { write: false });
  if (!live) throw notFound(params.companyId);
  const play = taskPlay(live.assessment.play, params, now.getTime());
  const ownerId = live.loaded.ownerId ?? null;
  const subject = `${play.name}: ${live.loaded.name}`;

  const open = await openTaskFor(deps, params.companyId, play.key);
  if (open) return open;

  const properties: Record<string, string> = {
    hs_task_subject: subject,
    hs_task_body: [...play.lines, '', playMarker(play.key)].join('\n'),
    hs_task_status: 'NOT_STARTED',
    hs_task_priority: TASK_PRIORITY[play.priority],
    hs_task_type: 'TODO',
    // Due at the end of the working day (UTC) of the due date.
    hs_timestamp: `${play.dueDate}T17:00:00.000Z`,
    ...(ownerId ? { hubspot_owner_id: ownerId } : {}),
  };
  let taskId: string;
  try {
    taskId = await createCompanyTask(deps.conn, params.companyId, properties);
  } catch (err) {
    // A HubSpot refusal passes through (the handler maps it); an answer without an id is HubSpot's failure too.
    if (err instanceof Error && err.message.startsWith(`${CREATE_TASK_ENDPOINT}: HubSpot answered without`)) throw new CardFailure('hubspot', err.message);
    throw err;
  }
  return { taskId, subject, dueDate: play.dueDate, ownerId, created: true };
}

/** A task HubSpot listed but no longer has (deleted meanwhile) is not an open one. */
const isGone = (p: ReadProblem) => /OBJECT_NOT_FOUND/.test(p.message);

/**
 * When HubSpot could not say which tasks the company has, or could not read
 * one of them, an open task may be hiding there: creating one then could
 * duplicate it, so the operation stops with HubSpot's message instead.
 */
function refuseUnless(problems: ReadProblem[], what: string): void {
  if (problems.length === 0) return;
  throw new CardFailure('hubspot', `Could not check for an open task of this play (${what}): ${problems.map((p) => p.message).join('; ')}. Nothing was created; try again.`);
}

/** An open (not completed) task of the company that carries this play's marker. */
async function openTaskFor(deps: JobDeps, companyId: string, playKey: string): Promise<PlayTask | null> {
  const problems: ReadProblem[] = [];
  // POST /crm/v4/associations/companies/tasks/batch/read (inside readAssociations)
  const links = await readAssociations(deps.conn, 'companies', 'tasks', [companyId], problems);
  refuseUnless(problems, 'the company\'s tasks');
  const taskIds = (links.get(companyId) ?? []).map((t) => t.toId);
  if (taskIds.length === 0) return null;
  const readProblems: ReadProblem[] = [];
  const records = await readOpenTasks(deps.conn, taskIds, readProblems);
  refuseUnless(readProblems.filter((p) => !isGone(p)), 'the tasks');
  const marker = playMarker(playKey);
  const open = records
    .filter((r) => (r.properties.hs_task_body ?? '').includes(marker))
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))[0];
  if (!open) return null;
  const due = date(open.properties.hs_timestamp, 'hs_timestamp', { warnings: new Warnings(companyId), record: `task ${open.id}` });
  return {
    taskId: open.id,
    subject: open.properties.hs_task_subject ?? '',
    dueDate: due ? due.slice(0, 10) : '',
    ownerId: open.properties.hubspot_owner_id ?? null,
    created: false,
  };
}
