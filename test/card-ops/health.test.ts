/**
 * get-health, recalculate-health and set-override against the sandbox,
 * through handleCardOperation: stored values and history, a live assessment
 * that writes nothing, a recalculation that writes, an override in force and
 * then cleared, and every kind of bad call answered with a readable error.
 */
import { compileModel } from '../../src/core/model';
import { BUILT_IN_MODELS } from '../../src/core/models';
import { createHubSpotConnection } from '../../src/hubspot/connection';
import { hubSpotConfigFromEnv } from '../../src/hubspot/env';
import { handleCardOperation } from '../../src/jobs/card';
import { startCardSandbox, type CardSandbox } from './harness';

jest.setTimeout(120_000);

let h: CardSandbox;
beforeAll(async () => {
  h = await startCardSandbox({ companies: 12, seed: 11 });
});
afterAll(() => h?.stop());

const companyValues = (id: string) => Object.fromEntries(h.sandbox.store.get('companies', id)!.values);

describe('get-health', () => {
  it('answers a scored company with its stored values and score history', async () => {
    const id = h.scoredId;
    const data = await h.ok('get-health', { companyId: id });
    expect(data.status).toBe('scored');
    expect(data.companyId).toBe(id);
    expect(data.name).toBe(h.value(id, 'name'));
    expect(data.stored.score).toBe(Number(h.value(id, 'che_health_score')));
    expect(data.stored.tier).toBe(h.value(id, 'che_health_tier'));
    expect(data.stored.modelVersion).toBe('renewal-7@1');
    expect(data.assessment).toBeNull();
    expect(data.ownerId).toBe(h.value(id, 'hubspot_owner_id') ?? null);
    // The run's write is the newest point of the history, with its tier.
    const last = data.history[data.history.length - 1]!;
    expect(last).toMatchObject({ score: data.stored.score, tier: data.stored.tier });
    expect(data.history.map((p) => p.at)).toEqual([...data.history.map((p) => p.at)].sort());
  });

  it('accepts a numeric company id', async () => {
    const data = await h.ok('get-health', { companyId: Number(h.scoredId) });
    expect(data.companyId).toBe(h.scoredId);
  });

  it('says not_scored for a company the app never scored', async () => {
    const id = h.nonCustomerIds[0]!;
    const data = await h.ok('get-health', { companyId: id });
    expect(data).toMatchObject({ status: 'not_scored', history: [], assessment: null });
    expect(data.stored.score).toBeNull();
  });

  it('with live: true computes the full assessment from current data and writes nothing', async () => {
    const id = h.scoredId;
    const before = companyValues(id);
    const data = await h.ok('get-health', { companyId: id, live: true });
    expect(companyValues(id)).toEqual(before);
    const a = data.assessment!;
    expect(a.accountId).toBe(id);
    expect(a.dimensions.length).toBe(7);
    // Nothing changed in the CRM since the run: the live score is the stored one.
    expect(a.score).toBe(data.stored.score);
    expect(a.tier).toBe(data.stored.tier);
  });

  it('answers not_found for an unknown company, live or not', async () => {
    for (const live of [false, true]) {
      const res = await h.call('get-health', { companyId: '987654321', live });
      expect(res).toEqual({ ok: false, error: { code: 'not_found', message: expect.stringContaining('987654321') } });
    }
  });

  it('answers bad_request naming the field for bad parameters', async () => {
    const cases: [unknown, string][] = [
      [{ companyId: 'abc' }, 'companyId'],
      [{}, 'companyId'],
      [{ companyId: h.scoredId, live: 'yes' }, 'live'],
      [null, 'companyId'],
    ];
    for (const [params, field] of cases) {
      const res = await h.call('get-health', params);
      if (res.ok) throw new Error(`expected a bad_request for ${JSON.stringify(params)}`);
      expect(res.error.code).toBe('bad_request');
      expect(res.error.fields?.map((f) => f.field)).toContain(field);
      expect(res.error.message).toContain(field);
    }
  });

  it('answers bad_request for an unknown operation', async () => {
    const res = await handleCardOperation(h.deps, 'delete-company', { companyId: h.scoredId });
    expect(res).toMatchObject({ ok: false, error: { code: 'bad_request', fields: [{ field: 'operation' }] } });
  });

  it('turns HubSpot refusing the token into a readable error, without the token', async () => {
    const conn = createHubSpotConnection(hubSpotConfigFromEnv({ HUBSPOT_ACCESS_TOKEN: 'wrong-token-123', HUBSPOT_BASE_URL: h.sandbox.url }));
    const res = await handleCardOperation({ ...h.deps, conn }, 'get-health', { companyId: h.scoredId });
    if (res.ok) throw new Error('expected an error');
    expect(res.error.code).toBe('forbidden');
    expect(res.error.message).toMatch(/HTTP 401/);
    expect(res.error.message).not.toContain('wrong-token-123');
  });
});

describe('recalculate-health', () => {
  it('rescoring after a data change writes the new score back and answers with it', async () => {
    const id = h.customerIds[1]!;
    const before = await h.ok('get-health', { companyId: id });
    // The customer's usage collapses: every active user gone, no logins.
    h.sandbox.store.update('companies', id, { che_active_users: '0', che_logins_30d: '0', che_core_actions_30d: '0' }, { sourceType: 'INTEGRATION', sourceId: '1' });
    const data = await h.ok('recalculate-health', { companyId: id });
    const a = data.assessment!;
    expect(a.score).toBeLessThan(before.stored.score!);
    expect(data.stored.score).toBe(a.score);
    expect(Number(h.value(id, 'che_health_score'))).toBe(a.score);
    expect(data.history.length).toBe(before.history.length + 1);
    expect(data.history[data.history.length - 1]!.score).toBe(a.score);
  });

  it('writes nothing when nothing changed since the last scoring', async () => {
    const id = h.customerIds[5]!;
    await h.ok('recalculate-health', { companyId: id });
    const before = companyValues(id);
    const historyBefore = h.sandbox.store.get('companies', id)!.history.get('che_health_score')?.length;
    const data = await h.ok('recalculate-health', { companyId: id });
    expect(data.assessment!.score).toBe(data.stored.score);
    expect(companyValues(id)).toEqual(before);
    expect(h.sandbox.store.get('companies', id)!.history.get('che_health_score')?.length).toBe(historyBefore);
  });

  it('keeps the tier the company holds while the score stays within the hysteresis band of it, as the runs do', async () => {
    // A model whose healthy cut-off sits 1 point above the company's score: plainly at_risk, but
    // a company holding healthy keeps it (src/core/hysteresis.ts), and one holding thriving does not.
    const candidates = await Promise.all(h.customerIds.slice(6).map(async (id) => ({ id, data: await h.ok('get-health', { companyId: id, live: true }) })));
    const pick = candidates.find((c) => !c.data.assessment!.override && c.data.assessment!.score >= 11 && c.data.assessment!.score <= 79);
    if (!pick) throw new Error('no customer with a score between 11 and 79 and no override');
    const s = pick.data.assessment!.score;
    const compiled = compileModel({ ...BUILT_IN_MODELS['renewal-7'], tiers: { thriving: s + 20, healthy: s + 1, atRisk: s - 10 } });
    if (!compiled.success) throw new Error(compiled.errors.join('; '));
    const deps = { ...h.deps, model: compiled.value };
    const recalc = async (held: string) => {
      h.sandbox.store.update('companies', pick.id, { che_health_tier: held }, { sourceType: 'INTEGRATION', sourceId: '1' });
      const res = await handleCardOperation(deps, 'recalculate-health', { companyId: pick.id });
      if (!res.ok) throw new Error(JSON.stringify(res.error));
      return res.data;
    };
    const kept = await recalc('healthy');
    expect([kept.assessment!.score, kept.assessment!.tier, kept.stored.tier]).toEqual([s, 'healthy', 'healthy']);
    const moved = await recalc('thriving');
    expect([moved.assessment!.score, moved.assessment!.tier, moved.stored.tier]).toEqual([s, 'at_risk', 'at_risk']);
  });

  it('answers not_found for an unknown company and bad_request for a bad id', async () => {
    expect(await h.call('recalculate-health', { companyId: '987654321' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await h.call('recalculate-health', { companyId: '0' })).toMatchObject({ ok: false, error: { code: 'bad_request', fields: [{ field: 'companyId' }] } });
  });
});

describe('set-override', () => {
  it('puts the override in force (score, reason, author, expiry), then clearing it restores the computed score', async () => {
    const id = h.customerIds[2]!;
    const before = await h.ok('get-health', { companyId: id, live: true });
    const computed = before.assessment!.computedScore;
    const target = computed >= 50 ? 15 : 90;

    const set = await h.ok('set-override', { action: 'set', companyId: id, score: target, reason: 'Signed a 3-year renewal yesterday', expiresAt: '2027-02-01', by: 'csm@example.com' });
    expect(set.stored.override).toEqual({ score: target, reason: 'Signed a 3-year renewal yesterday', expiresAt: '2027-02-01', by: 'csm@example.com' });
    expect(set.assessment!.override).toMatchObject({ score: target, reason: 'Signed a 3-year renewal yesterday' });
    expect(set.assessment!.score).toBe(target);
    expect(set.assessment!.computedScore).toBe(computed);
    expect(set.stored.score).toBe(target);
    expect(h.value(id, 'che_health_score')).toBe(String(target));
    expect(h.value(id, 'che_override_reason')).toBe('Signed a 3-year renewal yesterday');

    const cleared = await h.ok('set-override', { action: 'clear', companyId: id });
    expect(cleared.stored.override).toBeNull();
    expect(cleared.assessment!.override).toBeUndefined();
    expect(cleared.stored.score).toBe(computed);
    expect(h.value(id, 'che_health_score')).toBe(String(computed));
    for (const p of ['che_override_score', 'che_override_reason', 'che_override_expires', 'che_override_by']) expect(h.value(id, p) ?? '').toBe('');
  });

  it('refuses bad overrides, naming the field, and writes nothing', async () => {
    const id = h.customerIds[3]!;
    const before = companyValues(id);
    const cases: [unknown, string][] = [
      [{ action: 'set', companyId: id, score: 101, reason: 'because' }, 'score'],
      [{ action: 'set', companyId: id, score: 55.5, reason: 'because' }, 'score'],
      [{ action: 'set', companyId: id, score: 50, reason: '' }, 'reason'],
      [{ action: 'set', companyId: id, score: 50, reason: 'because', expiresAt: '31/12/2026' }, 'expiresAt'],
      [{ action: 'set', companyId: id, score: 50, reason: 'because', expiresAt: '2026-10-01' }, 'expiresAt'],
      [{ action: 'set', companyId: id, score: 50, reason: 'because', expiresAt: '2027-02-30' }, 'expiresAt'],
      [{ action: 'set', companyId: id, score: '50', reason: 'because' }, 'score'],
      [{ action: 'set', companyId: id, reason: 'because' }, 'score'],
      [{ action: 'set', companyId: id, score: 50, reason: '  x ' }, 'reason'],
      [{ action: 'set', companyId: id, score: 50, reason: 'r'.repeat(1001) }, 'reason'],
      [{ companyId: id, score: 50, reason: 'because' }, 'action'],
      [{ action: 'maybe', companyId: id }, 'action'],
    ];
    for (const [params, field] of cases) {
      const res = await h.call('set-override', params);
      if (res.ok) throw new Error(`expected a bad_request for ${JSON.stringify(params)}`);
      expect([field, res.error.code]).toEqual([field, 'bad_request']);
      expect(res.error.fields?.map((f) => f.field)).toContain(field);
    }
    expect(companyValues(id)).toEqual(before);
  });

  it('answers not_found for an unknown company', async () => {
    const res = await h.call('set-override', { action: 'set', companyId: '987654321', score: 50, reason: 'because' });
    expect(res).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
