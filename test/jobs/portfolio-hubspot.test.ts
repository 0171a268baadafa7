/**
 * Portfolio loads from HubSpot (the sandbox): the labeled renewal history that
 * backtests and calibration learn from, the current portfolio with last
 * year's churn, and the CLI's --hubspot mode of forecast / dashboard /
 * backtest over them.
 */
import { loadCurrentPortfolio, loadLabeledHistory } from '../../src/jobs/portfolio';
import { runBacktest } from '../../src/cli/commands/backtest';
import { runDashboard } from '../../src/cli/commands/dashboard';
import { runForecast } from '../../src/cli/commands/forecast';
import { labeledLoader, portfolioLoader } from '../../src/cli/load-hubspot';
import { memoryIo } from '../cli/memory-io';
import { AS_OF, startJobSandbox, type JobSandbox } from './harness';

const DAY = 86_400_000;
let env: JobSandbox;

beforeAll(async () => {
  env = await startJobSandbox({ companies: 240, seed: 11 });
}, 120_000);
afterAll(async () => env?.stop());

/** Truth: each company's latest renewal closed in the year before AS_OF. */
function truthLatestRenewals() {
  const from = Date.parse(AS_OF) - 365 * DAY;
  const out = new Map<string, { outcome: 'won' | 'lost'; closeDate: string }>();
  for (const t of env.sandbox.truth) {
    const inWindow = t.pastRenewals.filter((r) => Date.parse(r.closeDate) >= from && Date.parse(r.closeDate) <= Date.parse(AS_OF));
    const last = inWindow[inWindow.length - 1];
    if (last) out.set(t.companyId, last);
  }
  return out;
}

describe('labeled renewal history from HubSpot', () => {
  it('labels every company with a renewal closed in the last year by its outcome, scored 90+ days before with nothing from later', async () => {
    const load = await loadLabeledHistory({ conn: env.conn, mapping: env.deps.mapping }, { asOf: AS_OF, leadDays: 90 });
    const truth = truthLatestRenewals();
    expect(load.failed).toEqual([]);
    expect(load.records.length).toBe(truth.size);
    expect(truth.size).toBeGreaterThan(100);
    const churned = load.records.filter((r) => r.outcome?.renewed === false);
    expect(churned.length).toBeGreaterThan(0);
    for (const r of load.records) {
      const t = truth.get(r.snapshot.id)!;
      expect(r.outcome).toEqual({ renewed: t.outcome === 'won', date: t.closeDate.slice(0, 10) });
      const lead = (Date.parse(t.closeDate) - Date.parse(r.snapshot.asOf)) / DAY;
      expect(lead).toBeGreaterThanOrEqual(90);
      expect(lead).toBeLessThan(90 + 32);
      // The renewal being predicted was still open then: it is the snapshot's renewal.
      expect(r.snapshot.renewalDate?.slice(0, 10)).toBe(t.closeDate.slice(0, 10));
      for (const ticket of r.snapshot.support?.tickets ?? []) expect(Date.parse(ticket.createdAt)).toBeLessThanOrEqual(Date.parse(r.snapshot.asOf));
    }
  }, 120_000);
});

describe('the current portfolio from HubSpot', () => {
  it('holds every customer as of now and, with outcomes, each company churned in the last year as it stood the day before', async () => {
    const load = await loadCurrentPortfolio({ conn: env.conn, mapping: env.deps.mapping }, { asOf: AS_OF, withOutcomes: true });
    const churned = load.records.filter((r) => r.outcome?.renewed === false && !env.customerIds.includes(r.snapshot.id));
    const current = load.records.filter((r) => env.customerIds.includes(r.snapshot.id));
    expect(current.length).toBe(env.customerIds.length);
    expect(churned.length).toBeGreaterThan(0);
    for (const r of churned) {
      expect(Date.parse(r.outcome!.date) - Date.parse(r.snapshot.asOf)).toBe(DAY);
      expect(r.snapshot.arr).toBeGreaterThan(0);
    }
  }, 120_000);
});

describe('che forecast | dashboard | backtest --hubspot', () => {
  const hubspotEnv = () => ({ HUBSPOT_ACCESS_TOKEN: env.sandbox.token, HUBSPOT_BASE_URL: env.sandbox.url, HUBSPOT_SEARCH_RATE: '5' });

  it('forecast writes every section of the report from the portal', async () => {
    const io = memoryIo();
    const code = await runForecast({ hubspot: true, out: 'f.md', asOf: AS_OF.slice(0, 10) }, io, portfolioLoader({ env: hubspotEnv() }, false));
    expect(code).toBe(0);
    const md = io.files['f.md']!;
    for (const heading of ['Executive Summary', 'Portfolio Overview', 'Detailed Assessments', 'Priority Action List', 'Early Warning Watchlist', 'Data Gaps', 'Methodology Notes']) {
      expect(md).toContain(`## ${heading}`);
    }
    expect(md).toContain(`HubSpot ${env.sandbox.url}: ${env.customerIds.length} customer companies`);
  }, 120_000);

  it('dashboard counts last year\'s churn from the portal', async () => {
    const io = memoryIo();
    const code = await runDashboard({ hubspot: true, format: 'json', asOf: AS_OF.slice(0, 10) }, io, portfolioLoader({ env: hubspotEnv() }, true));
    expect(code).toBe(0);
    const dash = JSON.parse(io.out()).cs_dashboard;
    expect(dash.notes.join(' ')).not.toMatch(/no renewal outcomes/);
    expect(dash.retention.gross_retention_rate).toBeLessThan(100);
  }, 120_000);

  it('backtest measures the model on the portal\'s own renewals, with intervals', async () => {
    const io = memoryIo();
    const code = await runBacktest({ hubspot: true, format: 'json', resamples: '200', asOf: AS_OF.slice(0, 10) }, io, labeledLoader({ env: hubspotEnv() }));
    expect(code).toBe(0);
    const report = JSON.parse(io.out());
    const auc = report.metrics.auc;
    expect(auc.value).toBeGreaterThan(0.5);
    expect(auc.interval.low).toBeLessThanOrEqual(auc.value);
    expect(auc.interval.high).toBeGreaterThanOrEqual(auc.value);
    expect(io.err()).toMatch(/renewals from HubSpot \(\d+ churned\)/);
  }, 120_000);

  it('says which source is missing, or that both were given', async () => {
    const io = memoryIo();
    await expect(runBacktest({ format: 'text' }, io, labeledLoader({ env: hubspotEnv() }))).rejects.toThrow(/--input FILE or --hubspot/);
    await expect(runBacktest({ format: 'text', input: 'x.jsonl', hubspot: true }, io, labeledLoader({ env: hubspotEnv() }))).rejects.toThrow(/not both/);
  });
});
