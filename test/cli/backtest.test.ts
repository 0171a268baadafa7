import { main } from '../../src/cli/main';
import { builtInModel } from '../../src/core/models';
import { anAccount } from '../builders/account';
import { labeledPortfolio } from '../builders/labeled';
import { memoryIo } from './memory-io';

const TRUTH = { engagement: 20, support: 15, adoption: 20, sentiment: 10, billing: 10, stakeholders: 10, usage_trend: 15 };
const records = labeledPortfolio(120, 21, builtInModel('renewal-7'), TRUTH, 1.5);
const jsonl = (values: unknown[]): string => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n');

describe('che backtest', () => {
  it('prints AUC and the other metrics with bootstrap intervals and the calibration table', async () => {
    const io = memoryIo({ 'labeled.jsonl': jsonl(records) });
    expect(await main(['backtest', '--input', 'labeled.jsonl', '--resamples', '200', '--seed', '5'], io)).toBe(0);
    const out = io.out();
    const churned = records.filter((r) => !r.outcome.renewed).length;
    expect(out).toContain(`Backtest of renewal-7@1 on 120 labeled renewals: ${churned} churned`);
    expect(out).toContain('Intervals: 95% percentile bootstrap, 200 resamples, seed 5');
    expect(out).toMatch(/^AUC \(ROC\) +0\.\d{3} +0\.\d{3} – 0\.\d{3}$/m);
    expect(out).toMatch(/^PR-AUC \(average precision\) +0\.\d{3} +0\.\d{3} – 0\.\d{3}$/m);
    expect(out).toMatch(/^Top-decile lift +\d\.\d\d× /m);
    expect(out).toMatch(/^Churned ARR flagged ≥ 60 days ahead +\d+\.\d%/m);
    expect(out).toMatch(/^False-alarm rate \(flagged, renewed\) +\d+\.\d%/m);
    expect(out.match(/^ *\d+ +12 +\d+ /gm)).toHaveLength(10); // ten deciles of 12 accounts
    expect(out).not.toMatch(/NaN|undefined/);
  });

  it('prints JSON that agrees with itself and is the same for the same seed', async () => {
    const run = async () => {
      const io = memoryIo({ 'labeled.jsonl': jsonl(records) });
      expect(await main(['backtest', '-i', 'labeled.jsonl', '--format', 'json', '--resamples', '100', '--model', 'engine-5'], io)).toBe(0);
      return JSON.parse(io.out());
    };
    const report = await run();
    expect(report.model).toBe('engine-5@1');
    expect(report.records).toBe(120);
    expect(report.calibration.reduce((s: number, r: { count: number }) => s + r.count, 0)).toBe(120);
    expect(report.metrics.auc.interval.low).toBeLessThanOrEqual(report.metrics.auc.value);
    expect(await run()).toEqual(report);
  });

  it('skips bad lines and snapshots without an outcome, naming line and field, exit 2', async () => {
    const badDate = { snapshot: anAccount('x').build(), outcome: { renewed: false, date: 'soon' } };
    const badArr = { snapshot: { ...anAccount('y').build(), arr: 'N/A' }, outcome: { renewed: true, date: '2027-01-01' } };
    const io = memoryIo({ 'labeled.jsonl': jsonl([...records, badDate, badArr, anAccount('z').build(), '{oops']) });
    expect(await main(['backtest', '-i', 'labeled.jsonl', '--resamples', '50'], io)).toBe(2);
    expect(io.err()).toMatch(/^che: line 121: outcome\.date: expected an ISO-8601 date .*\(skipped\)$/m);
    expect(io.err()).toMatch(/^che: line 122: snapshot\.arr: expected number, received string \(skipped\)$/m);
    expect(io.err()).toMatch(/^che: account z: outcome: required .*\(skipped\)$/m);
    expect(io.err()).toMatch(/^che: line 124: not valid JSON/m);
    expect(io.out()).toContain('on 120 labeled renewals');
  });

  it('rejects a bad --resamples naming the option', async () => {
    const io = memoryIo({ 'labeled.jsonl': jsonl(records) });
    expect(await main(['backtest', '-i', 'labeled.jsonl', '--resamples', 'lots'], io)).toBe(2);
    expect(io.err()).toBe('che: resamples: expected a whole number from 1 to 100000, got "lots"\n');
  });
});
