/**
 * A chunk the loader cannot read (HubSpot kept failing past the retries) does
 * not end the run: the companies not yet scored are loaded again in smaller
 * slices, and companies that still cannot be read are reported, each by id.
 */
import type { HubSpotConnection } from '../../src/hubspot/contracts';
import { runFull } from '../../src/jobs';
import { startJobSandbox, type JobSandbox } from './harness';

jest.setTimeout(60_000);

const COMPANY_READ = 'POST /crm/v3/objects/companies/batch/read';
let h: JobSandbox;

beforeAll(async () => {
  h = await startJobSandbox({ companies: 30, seed: 11 });
});
afterAll(() => h?.stop());

/** The sandbox connection, except that the company batch reads numbered in `failing` throw as an exhausted call would. */
function failingReads(failing: (n: number, endpoint: string) => boolean): HubSpotConnection {
  let reads = 0;
  return {
    ...h.conn,
    calls: {
      ...h.conn.calls,
      call: (endpoint, fn, options) => {
        if (endpoint === COMPANY_READ && failing(++reads, endpoint)) {
          return Promise.reject(new Error(`HubSpot ${endpoint} failed after 6 attempts: HTTP 503 Service Unavailable`));
        }
        return h.conn.calls.call(endpoint, fn, options);
      },
    },
  };
}

describe('a chunk the loader cannot read', () => {
  it('is loaded again in slices: a passing failure costs nothing', async () => {
    h.clock.advance(60_000);
    const s = await runFull({ ...h.deps, conn: failingReads((n) => n === 2) }, { chunkSize: 10 });
    expect(s.failed).toEqual([]);
    expect(s.scored).toBe(h.customerIds.length);
    for (const id of h.customerIds) expect(h.value(id, 'che_health_score')).toMatch(/^\d+$/);
  });

  it('reports each company it still cannot read, and scores the rest', async () => {
    h.clock.advance(60_000);
    // Every read after the first chunk fails: the first ten companies are scored, the others reported.
    const s = await runFull({ ...h.deps, conn: failingReads((n) => n >= 2) }, { chunkSize: 10 });
    const reported = s.failed.map((f) => f.companyId);
    expect(s.scored + reported.length).toBe(h.customerIds.length);
    expect(s.scored).toBeGreaterThan(0);
    expect(reported.length).toBeGreaterThan(0);
    expect(new Set([...reported, ...h.customerIds])).toEqual(new Set(h.customerIds));
    for (const f of s.failed) {
      expect(f.stage).toBe('load');
      expect(f.reason).toMatch(/could not read the company's data from HubSpot: .*HTTP 503/);
    }
  });
});
