import { main } from '../../src/cli/main';
import { BUILT_IN_MODELS, builtInModel } from '../../src/core/models';
import { labeledPortfolio } from '../builders/labeled';
import { memoryIo } from './memory-io';

const TRUTH = { engagement: 5, support: 30, adoption: 5, sentiment: 30, billing: 10, stakeholders: 10, usage_trend: 10 };
const records = labeledPortfolio(300, 4, builtInModel('renewal-7'), TRUTH);
const jsonl = records.map((r) => JSON.stringify(r)).join('\n');

describe('che calibrate', () => {
  it('writes a model that che model validate, che assess and che backtest accept, and prints before/after', async () => {
    const io = memoryIo({ 'labeled.jsonl': jsonl });
    expect(await main(['calibrate', '--input', 'labeled.jsonl', '--out', 'model.json', '--as-of', '2026-12-01'], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('Calibrated renewal-7@1 → renewal-7-calibrated@2 on 300 outcomes');
    expect(out).toMatch(/^AUC +0\.\d{3} +0\.\d{3}$/m);
    expect(out.match(/^ {2}fold \d: /gm)).toHaveLength(5);
    expect(out).toMatch(/^ {2}sentiment +10 → +[\d.]+$/m);
    const file = JSON.parse(io.files['model.json']!);
    expect(file).toMatchObject({ id: 'renewal-7-calibrated', version: 2, calibratedAt: '2026-12-01', calibration: { outcomes: 300, baseModel: 'renewal-7@1' } });

    const check = memoryIo({ 'model.json': io.files['model.json']!, 'labeled.jsonl': jsonl, 'one.json': JSON.stringify(records[0]!.snapshot) });
    expect(await main(['model', 'validate', 'model.json'], check)).toBe(0);
    expect(check.out()).toBe('ok: renewal-7-calibrated@2 (7 dimensions)\n');
    expect(await main(['assess', '-i', 'one.json', '--model', 'model.json'], check)).toBe(0);
    expect(check.out()).toContain('"model": "renewal-7-calibrated@2"');
    expect(await main(['backtest', '-i', 'labeled.jsonl', '--model', 'model.json', '--resamples', '20'], check)).toBe(0);
    expect(check.out()).toContain('Backtest of renewal-7-calibrated@2 on 300 labeled renewals');
  });

  it('calibrates from a model file and defaults calibratedAt to the latest date in the data', async () => {
    const io = memoryIo({ 'labeled.jsonl': jsonl, 'base.json': JSON.stringify(BUILT_IN_MODELS['engine-5']) });
    expect(await main(['calibrate', '-i', 'labeled.jsonl', '-o', 'm.json', '--model', 'base.json', '--folds', '3', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.model).toBe('engine-5-calibrated@2');
    expect(report.heldOut.perFold).toHaveLength(3);
    const latest = records.map((r) => r.outcome.date).sort().at(-1);
    expect(JSON.parse(io.files['m.json']!).calibratedAt).toBe(latest);
  });

  it('refuses too few outcomes with how many it needs, and writes nothing', async () => {
    const io = memoryIo({ 'few.jsonl': records.slice(0, 25).map((r) => JSON.stringify(r)).join('\n') });
    expect(await main(['calibrate', '-i', 'few.jsonl', '-o', 'model.json'], io)).toBe(2);
    expect(io.err()).toMatch(/^che: calibrate: not enough outcomes to calibrate: have 25 \(\d+ churned, \d+ renewed\); need at least 40 with 10 churned and 10 renewed$/m);
    expect(io.files['model.json']).toBeUndefined();
  });

  it('rejects bad --folds naming the option', async () => {
    const io = memoryIo({ 'labeled.jsonl': jsonl });
    expect(await main(['calibrate', '-i', 'labeled.jsonl', '-o', 'm.json', '--folds', '1'], io)).toBe(2);
    expect(io.err()).toBe('che: folds: expected a whole number from 2 to 10, got "1"\n');
  });
});
