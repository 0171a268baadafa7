/**
 * The card API with the real card operations (src/jobs/card), as the card's
 * fetch transport calls it: a v3-signed POST per operation, answered with the
 * same envelope the app functions return.
 */
import { handleCardOperation } from '../../src/jobs/card';
import { CARD_API_PATH } from '../../src/server/app';
import { startHarness, type Harness, type ServerUnderTest } from './harness';

let h: Harness;
let sut: ServerUnderTest;

beforeAll(async () => {
  h = await startHarness({ companies: 30, seed: 5 });
  sut = await h.start({ cardHandler: (operation, params) => handleCardOperation(h.js.deps, operation, params) });
}, 60_000);
afterAll(async () => h.stop());

describe('the card API over the real card operations', () => {
  it('answers get-health with the stored score and history the scoring run wrote', async () => {
    const companyId = h.js.customerIds[0]!;
    const res = await h.post(sut, `${CARD_API_PATH}/get-health`, { companyId });
    expect(res.status).toBe(200);
    const answer = res.json as { ok: true; data: { companyId: string; status: string; stored: { score: number | null } } };
    expect(answer.ok).toBe(true);
    expect(answer.data.companyId).toBe(companyId);
    expect(answer.data.status).toBe('scored');
    expect(String(answer.data.stored.score)).toBe(h.js.value(companyId, 'che_health_score'));
  });

  it('names the bad field of a bad request, and says when a company does not exist', async () => {
    const bad = await h.post(sut, `${CARD_API_PATH}/get-health`, { companyId: 'abc' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toMatch(/companyId/);
    const missing = await h.post(sut, `${CARD_API_PATH}/get-health`, { companyId: '999999999' });
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
