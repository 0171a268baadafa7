/**
 * A full run on a hostile portal — 10% of requests answered 429, 5% 502/503/504 —
 * scores every customer company, and writes exactly what a run on a calm
 * portal with the same data writes: nothing lost, nothing doubled.
 */
import { OWNED_OUTPUT_PROPERTIES } from '../../src/hubspot/properties';
import { runFull, type RunSummary } from '../../src/jobs';
import { startJobSandbox, type JobSandbox } from './harness';
import { seededRandom } from '../../src/core/evaluation/prng';

jest.setTimeout(180_000);

const PORTFOLIO = { companies: 60, seed: 3 };
/** Small chunks: more requests, so the 10% / 5% faults surely strike (about 150 requests). */
const CHUNK = 10;

let hostile: JobSandbox;
let calm: JobSandbox;
let hostileRun: RunSummary;
let calmRun: RunSummary;

beforeAll(async () => {
  // A seeded Math.random: the sandbox's fault dice and the backoff jitter repeat run after run.
  const random = jest.spyOn(Math, 'random').mockImplementation(seededRandom(20_261_101));
  try {
    hostile = await startJobSandbox({ ...PORTFOLIO, faults: { rate429: 0.1, rate5xx: 0.05 } });
    hostileRun = await runFull(hostile.deps, { chunkSize: CHUNK });
  } finally {
    random.mockRestore();
    await hostile?.stop();
  }
  calm = await startJobSandbox(PORTFOLIO);
  calmRun = await runFull(calm.deps, { chunkSize: CHUNK });
});
afterAll(() => calm?.stop());

const outputs = (h: JobSandbox) =>
  Object.fromEntries(h.customerIds.map((id) => [id, Object.fromEntries(OWNED_OUTPUT_PROPERTIES.map((p) => [p, h.value(id, p) ?? null]))]));

describe('a full run with the sandbox\'s fault knobs on', () => {
  it('met the faults: throttled and retried', () => {
    expect(hostileRun.api.throttled).toBeGreaterThan(0);
    expect(hostileRun.api.retries).toBeGreaterThan(hostileRun.api.throttled);
    expect(hostileRun.api.total).toBeGreaterThan(calmRun.api.total);
    expect(calmRun.api.retries).toBe(0);
  });

  it('scores and writes every customer company, with no failure', () => {
    expect(hostileRun.failed).toEqual([]);
    expect(hostileRun.scored).toBe(hostile.customerIds.length);
    expect(hostileRun.written).toBe(hostile.customerIds.length);
    for (const id of hostile.customerIds) expect(hostile.value(id, 'che_health_score')).toMatch(/^\d+$/);
  });

  it('leaves the portal exactly as a calm run leaves it', () => {
    expect(hostile.customerIds).toEqual(calm.customerIds);
    expect(outputs(hostile)).toEqual(outputs(calm));
    expect(hostileRun.tiers).toEqual(calmRun.tiers);
  });
});
