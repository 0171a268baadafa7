/**
 * The writer through the real connection against the sandbox: HubSpot's 207
 * for a missing record and its 400 for a bad option value, each costing only
 * the record concerned, reported with HubSpot's message.
 */
import { writeUpdates } from '../../src/hubspot/write';
import { BATCH_UPDATE, startJobSandbox, type JobSandbox } from '../jobs/harness';

jest.setTimeout(60_000);

let h: JobSandbox;
beforeAll(async () => {
  h = await startJobSandbox({ companies: 8, seed: 2 });
});
afterAll(() => h?.stop());

describe('writeUpdates against the sandbox', () => {
  it('a 207 for a company that does not exist: the others are written, the missing one is reported', async () => {
    const [a, b] = h.customerIds;
    h.conn.calls.reset();
    const result = await writeUpdates(h.conn, [
      { companyId: a!, properties: { che_health_score: '61' } },
      { companyId: '999999999', properties: { che_health_score: '40' } },
      { companyId: b!, properties: { che_health_score: '62' } },
    ]);
    expect(result.written).toBe(2);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]!.companyId).toBe('999999999');
    expect(result.failed[0]!.reason).toMatch(/HTTP 404/);
    expect(h.value(a!, 'che_health_score')).toBe('61');
    expect(h.value(b!, 'che_health_score')).toBe('62');
    expect(h.conn.calls.stats().byEndpoint).toEqual({
      [BATCH_UPDATE]: 1,
      'PATCH /crm/v3/objects/companies/{companyId}': 1,
    });
  });

  it('a batch rejected for one bad value: retried one by one, only the bad record fails, naming the property', async () => {
    const [a, b, c] = h.customerIds;
    const result = await writeUpdates(h.conn, [
      { companyId: a!, properties: { che_health_tier: 'healthy' } },
      { companyId: b!, properties: { che_health_tier: 'splendid' } },
      { companyId: c!, properties: { che_health_tier: 'at_risk' } },
    ]);
    expect(result.written).toBe(2);
    expect(result.failed.map((f) => f.companyId)).toEqual([b]);
    expect(result.failed[0]!.reason).toMatch(/HTTP 400.*che_health_tier/);
    expect(h.value(a!, 'che_health_tier')).toBe('healthy');
    expect(h.value(b!, 'che_health_tier')).toBeUndefined();
    expect(h.value(c!, 'che_health_tier')).toBe('at_risk');
  });
});
