import { parse } from 'yaml';
import { main } from '../../src/cli/main';
import { anAccount } from '../builders/account';
import { aRecord, slipping } from '../builders/portfolio';
import { memoryIo } from './memory-io';

const customer = (id: string) => anAccount(id, id.toUpperCase()).customerForDays(700);
// The hand-worked portfolio of retention.test.ts: start 300k, +10k, −20k, −100k churn.
const labeled = [
  aRecord(customer('a').arr(110_000).withContractChange('upsell', 90, 10_000)).renewedDaysAgo(100).build(),
  aRecord(customer('b').arr(80_000).withContractChange('downgrade', 60, -20_000)).renewedDaysAgo(60).build(),
  aRecord(customer('c').arr(100_000)).churnedDaysAgo(30).build(),
];
const jsonl = labeled.map((r) => JSON.stringify(r)).join('\n');

describe('che dashboard', () => {
  it('prints JSON under cs_dashboard by default, with NRR/GRR/logo retention from labeled records', async () => {
    const io = memoryIo({ 'labeled.jsonl': jsonl });
    expect(await main(['dashboard', '-i', 'labeled.jsonl'], io)).toBe(0);
    const d = JSON.parse(io.out()).cs_dashboard;
    expect(d.as_of).toBe('2026-11-22');
    expect(d.retention).toMatchObject({ starting_arr: 300_000, expanded_arr: 10_000, contracted_arr: 20_000, churned_arr: 100_000, net_retention_rate: 0.6333, gross_retention_rate: 0.6, logo_retention_rate: 0.6667 });
    expect(d.portfolio.total_accounts).toBe(2);
  });

  it('writes YAML when asked, with the seed template\'s keys', async () => {
    const io = memoryIo({ 'labeled.jsonl': jsonl });
    expect(await main(['dashboard', '-i', 'labeled.jsonl', '--format', 'yaml', '--as-of', '2026-11-30'], io)).toBe(0);
    const d = parse(io.out()).cs_dashboard;
    expect(d.week).toBe('2026-W49');
    expect(Object.keys(d)).toEqual(['week', 'as_of', 'model', 'portfolio', 'retention', 'expansion', 'engagement', 'renewals', 'cohorts', 'notes']);
    expect(Object.keys(d.portfolio.health_distribution)).toEqual(['green', 'yellow', 'orange', 'red']);
  });

  it('infers HTML from --out, skips a bad line with its number and field, exits 2', async () => {
    const io = memoryIo({ 'p.jsonl': [JSON.stringify(aRecord(slipping('p', 'Slipping & Sons').renewingInDays(20)).build()), '{"id":"x","name":"X","asOf":"2026-11-22","renewalDate":"soon"}'].join('\n') });
    expect(await main(['dashboard', '-i', 'p.jsonl', '-o', 'dash.html', '--cohort-by', 'month'], io)).toBe(2);
    expect(io.err()).toMatch(/^che: line 2: renewalDate: expected an ISO-8601 date.* \(skipped\)$/m);
    const html = io.files['dash.html']!;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Slipping &amp; Sons');
    expect(html).toContain('Cohort (month)');
  });

  it('rejects an unknown format', async () => {
    const io = memoryIo({ 'labeled.jsonl': jsonl });
    expect(await main(['dashboard', '-i', 'labeled.jsonl', '--format', 'pdf'], io)).toBe(2);
    expect(io.err()).toMatch(/argument 'pdf' is invalid/);
  });
});
