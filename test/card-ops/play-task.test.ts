/**
 * create-play-task against the sandbox: a task associated to the company,
 * owned by the company owner, due on the play's due date, with the play in
 * its subject and body — and never a second one while the first is open.
 */
import type { HubSpotConnection } from '../../src/hubspot/contracts';
import { handleCardOperation, playMarker } from '../../src/jobs/card';
import { startCardSandbox, type CardSandbox } from './harness';

jest.setTimeout(120_000);

let h: CardSandbox;
beforeAll(async () => {
  h = await startCardSandbox({ companies: 12, seed: 5 });
});
afterAll(() => h?.stop());

const task = (id: string) => Object.fromEntries(h.sandbox.store.get('tasks', id)!.values);
const linked = (taskId: string, companyId: string) => h.sandbox.store.associations.has('tasks', taskId, 'companies', companyId);

/** A scored customer with an owner and a recommended play. */
function companyWithPlay(): string {
  const id = h.customerIds.find((c) => (h.value(c, 'che_recommended_play') ?? '') !== '' && (h.value(c, 'hubspot_owner_id') ?? '') !== '');
  if (!id) throw new Error('the portfolio has no owned company with a play');
  return id;
}

describe('create-play-task', () => {
  it('creates the recommended play\'s task for the company owner, due on the play\'s due date', async () => {
    const id = companyWithPlay();
    const live = await h.ok('get-health', { companyId: id, live: true });
    const play = live.assessment!.play!;
    const created = await h.ok('create-play-task', { companyId: id });
    expect(created).toMatchObject({ created: true, dueDate: play.dueDate, ownerId: h.value(id, 'hubspot_owner_id') });
    expect(created.subject).toContain(play.name);
    const t = task(created.taskId);
    expect(t.hs_task_subject).toBe(created.subject);
    expect(t.hubspot_owner_id).toBe(h.value(id, 'hubspot_owner_id'));
    expect(t.hs_task_status).toBe('NOT_STARTED');
    expect(t.hs_timestamp!.slice(0, 10)).toBe(play.dueDate);
    expect(t.hs_task_body).toContain(play.action);
    expect(t.hs_task_body).toContain(play.successMetric);
    expect(t.hs_task_body).toContain(playMarker(play.key));
    expect(linked(created.taskId, id)).toBe(true);
  });

  it('returns the open task instead of creating a duplicate, and creates a new one once it is completed', async () => {
    const id = companyWithPlay();
    const tasksBefore = h.sandbox.store.count('tasks');
    const again = await h.ok('create-play-task', { companyId: id });
    expect(again.created).toBe(false);
    expect(h.sandbox.store.count('tasks')).toBe(tasksBefore);

    // The CSM completes it: the next request is a new piece of work.
    await h.conn.client.crm.objects.basicApi.update('tasks', again.taskId, { properties: { hs_task_status: 'COMPLETED' } });
    const next = await h.ok('create-play-task', { companyId: id });
    expect(next.created).toBe(true);
    expect(next.taskId).not.toBe(again.taskId);
    expect(h.sandbox.store.count('tasks')).toBe(tasksBefore + 1);
  });

  it('creates a task for another named play, due on the requested day, alongside the open one', async () => {
    const id = companyWithPlay();
    const other = h.value(id, 'che_recommended_play') === 'support_recovery' ? 'feature_adoption_sprint' : 'support_recovery';
    const created = await h.ok('create-play-task', { companyId: id, playKey: other, dueDate: '2026-12-15' });
    expect(created).toMatchObject({ created: true, dueDate: '2026-12-15' });
    expect(task(created.taskId).hs_task_body).toContain(playMarker(other));
    expect(linked(created.taskId, id)).toBe(true);
  });

  it('refuses an unknown play, a bad due date and an unknown company', async () => {
    const id = companyWithPlay();
    const tasksBefore = h.sandbox.store.count('tasks');
    expect(await h.call('create-play-task', { companyId: id, playKey: 'pray_harder' }))
      .toMatchObject({ ok: false, error: { code: 'bad_request', fields: [{ field: 'playKey' }] } });
    expect(await h.call('create-play-task', { companyId: id, dueDate: 'next week' }))
      .toMatchObject({ ok: false, error: { code: 'bad_request', fields: [{ field: 'dueDate' }] } });
    expect(await h.call('create-play-task', { companyId: '987654321' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(h.sandbox.store.count('tasks')).toBe(tasksBefore);
  });

  it('refuses a play key that is only an Object property name, creating nothing', async () => {
    const id = companyWithPlay();
    const tasksBefore = h.sandbox.store.count('tasks');
    for (const playKey of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(await h.call('create-play-task', { companyId: id, playKey }))
        .toMatchObject({ ok: false, error: { code: 'bad_request', fields: [{ field: 'playKey' }] } });
    }
    expect(h.sandbox.store.count('tasks')).toBe(tasksBefore);
  });

  it('refuses a due date that is not a day of the calendar', async () => {
    const id = companyWithPlay();
    const tasksBefore = h.sandbox.store.count('tasks');
    for (const dueDate of ['2026-02-30', '2026-13-01', '2026-12-32']) {
      expect(await h.call('create-play-task', { companyId: id, playKey: 'value_realization_workshop', dueDate }))
        .toMatchObject({ ok: false, error: { code: 'bad_request', fields: [{ field: 'dueDate' }] } });
    }
    expect(h.sandbox.store.count('tasks')).toBe(tasksBefore);
  });

  it('returns the open task after the play\'s due date moved on', async () => {
    const id = companyWithPlay();
    const first = await h.ok('create-play-task', { companyId: id });
    // A week later the recommended play is due on another day; the task already open is still the work.
    h.clock.advance(7 * 24 * 3_600_000);
    const live = await h.ok('get-health', { companyId: id, live: true });
    expect(live.assessment!.play!.key).toBe(h.value(id, 'che_recommended_play'));
    expect(live.assessment!.play!.dueDate).not.toBe(first.dueDate);
    const tasksBefore = h.sandbox.store.count('tasks');
    const again = await h.ok('create-play-task', { companyId: id });
    expect(again).toMatchObject({ created: false, taskId: first.taskId });
    expect(h.sandbox.store.count('tasks')).toBe(tasksBefore);
  });

  it('creates nothing when HubSpot cannot say which tasks the company has', async () => {
    const id = companyWithPlay();
    const tasksBefore = h.sandbox.store.count('tasks');
    // The association read answers 207 with an error for this company (not "no associations").
    const failing: HubSpotConnection = {
      ...h.conn,
      calls: {
        ...h.conn.calls,
        call: (endpoint, fn, options) => (endpoint === 'POST /crm/v4/associations/companies/tasks/batch/read'
          ? Promise.resolve({ status: 'COMPLETE', results: [], errors: [{ status: 'error', category: 'INTERNAL_ERROR', message: 'try again later', context: { fromObjectId: [id] } }] }) as never
          : h.conn.calls.call(endpoint, fn, options)),
      },
    };
    const res = await handleCardOperation({ ...h.deps, conn: failing }, 'create-play-task', { companyId: id });
    expect(res).toMatchObject({ ok: false, error: { code: 'hubspot', message: expect.stringContaining('try again later') } });
    expect(h.sandbox.store.count('tasks')).toBe(tasksBefore);
  });
});
