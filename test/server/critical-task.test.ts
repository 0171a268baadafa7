/**
 * The optional task for the owner when an account enters critical: created
 * once, never duplicated while it is open, created again once it is done.
 */
import { createCriticalTasks, CRITICAL_TASK_PREFIX } from '../../src/jobs/critical-task';
import { integrationWriter } from '../../src/sandbox/store';
import { startJobSandbox, type JobSandbox } from '../jobs/harness';

let js: JobSandbox;

beforeAll(async () => {
  js = await startJobSandbox({ companies: 12, seed: 4 });
}, 60_000);

afterAll(async () => {
  await js.stop();
});

test('a company that entered critical gets one task for its owner, never a second while it is open', async () => {
  const [critical, earlier] = js.customerIds;
  const at = new Date(js.clock.now());
  const writer = integrationWriter(js.sandbox.appId);
  // What a run writes when a tier drops to critical (and one that dropped before the run: not this run's business).
  js.sandbox.store.update('companies', critical!, { che_health_tier: 'critical', che_tier_change: 'declined', che_tier_changed_at: at.toISOString(), che_health_score: '31' }, writer);
  js.sandbox.store.update('companies', earlier!, { che_health_tier: 'critical', che_tier_change: 'declined', che_tier_changed_at: new Date(at.getTime() - 86_400_000).toISOString() }, writer);

  const first = await createCriticalTasks(js.conn, at.toISOString(), at);
  expect(first).toMatchObject({ entered: 1, alreadyOpen: [], problems: [] });
  expect(first.created.map((c) => c.companyId)).toEqual([critical]);
  const task = js.sandbox.store.get('tasks', first.created[0]!.taskId)!;
  expect(task.values.get('hs_task_subject')).toMatch(new RegExp(`^${CRITICAL_TASK_PREFIX.replace(/[[\]]/g, '\\$&')}`));
  expect(js.value(critical!, 'hubspot_owner_id')).toMatch(/^\d+$/);
  expect(task.values.get('hubspot_owner_id')).toBe(js.value(critical!, 'hubspot_owner_id'));

  const again = await createCriticalTasks(js.conn, at.toISOString(), at);
  expect(again).toMatchObject({ entered: 1, created: [], alreadyOpen: [critical] });

  js.sandbox.store.update('tasks', task.id, { hs_task_status: 'COMPLETED' }, writer);
  const afterDone = await createCriticalTasks(js.conn, at.toISOString(), at);
  expect(afterDone.created.map((c) => c.companyId)).toEqual([critical]);
}, 30_000);
