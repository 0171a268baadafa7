import { main } from '../../src/cli/main';
import { BUILT_IN_MODELS } from '../../src/core/models';
import { HealthAssessment } from '../../src/core/contract';
import { anAccount } from '../builders/account';
import { memoryIo } from './memory-io';

const headline = anAccount('acme', 'Acme Corp').arr(120_000).withChampionDeparted(21).withActiveUsers(30, 55).renewingInDays(45).build();
const minimal = { id: 'min', name: 'Minimal Co', asOf: '2026-11-22' };

describe('che assess', () => {
  it('turns one JSON snapshot into one assessment that satisfies the contract', async () => {
    const io = memoryIo({ 'acme.json': JSON.stringify(headline) });
    expect(await main(['assess', '--input', 'acme.json'], io)).toBe(0);
    const a = HealthAssessment.parse(JSON.parse(io.out()));
    expect(a.accountId).toBe('acme');
    expect(['at_risk', 'likely_to_churn']).toContain(a.prediction);
    expect(a.signals.churn.map((s) => s.key)).toContain('champion_departure_usage_decline');
    expect(['critical', 'high']).toContain(a.play?.priority);
    expect(io.err()).toBe('');
  });

  it('reads stdin with --input -', async () => {
    const io = memoryIo({ '-': JSON.stringify(minimal) });
    expect(await main(['assess', '-i', '-'], io)).toBe(0);
    const a = JSON.parse(io.out());
    expect(a.score).toBe(50);
    expect(a.confidence).toBe('low');
    expect(a.dataGaps).toHaveLength(7);
  });

  it('exits 2 naming the field of a bad snapshot, and prints no assessment', async () => {
    const bad = { ...minimal, surveys: [{ type: 'nps', score: 'N/A', date: '2026-10-01' }] };
    const io = memoryIo({ 'bad.json': JSON.stringify(bad) });
    expect(await main(['assess', '--input', 'bad.json'], io)).toBe(2);
    expect(io.err()).toBe('che: input: surveys[0].score: expected number, received string\n');
    expect(io.out()).toBe('');
  });

  it('exits 2 on text that is not JSON', async () => {
    const io = memoryIo({ 'x.json': '{ not json' });
    expect(await main(['assess', '--input', 'x.json'], io)).toBe(2);
    expect(io.err()).toMatch(/^che: input: not valid JSON/);
  });

  it('exits 2 when the input file does not exist', async () => {
    const io = memoryIo();
    expect(await main(['assess', '--input', 'missing.json'], io)).toBe(2);
    expect(io.err()).toMatch(/input: cannot read missing\.json/);
  });

  it('assesses JSONL line by line: a bad line becomes an error line naming its number, the others are assessed', async () => {
    const lines = [JSON.stringify(headline), '', JSON.stringify({ ...minimal, usage: { dau: 'N/A' } }), '{oops', JSON.stringify(minimal)].join('\n');
    const io = memoryIo({ 'p.jsonl': lines });
    expect(await main(['assess', '--input', 'p.jsonl'], io)).toBe(2);
    const out = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].accountId).toBe('acme');
    expect(out[1]).toEqual({ line: 3, error: 'line 3: usage.dau: expected number, received string' });
    expect(out[2].line).toBe(4);
    expect(out[2].error).toMatch(/^line 4: not valid JSON/);
    expect(out[3].accountId).toBe('min');
    expect(io.err()).toContain('che: line 3: usage.dau: expected number, received string');
  });

  it('treats multi-line input without a .jsonl name as JSONL too', async () => {
    const io = memoryIo({ '-': `${JSON.stringify(minimal)}\n${JSON.stringify(headline)}\n` });
    expect(await main(['assess', '-i', '-'], io)).toBe(0);
    expect(io.out().trim().split('\n').map((l) => JSON.parse(l).accountId)).toEqual(['min', 'acme']);
  });

  it('writes a readable markdown report with --format md', async () => {
    const io = memoryIo({ 'acme.json': JSON.stringify(headline) });
    expect(await main(['assess', '--input', 'acme.json', '--format', 'md'], io)).toBe(0);
    const md = io.out();
    expect(md).toMatch(/^## Acme Corp — At Risk/);
    expect(md).toContain('| Usage Trends | 20 | 15% | 3 | Down |');
    expect(md).toContain('**Champion departure + usage decline** (high)');
    expect(md).toContain('Owner: CS Leader | Deadline: 2026-11-27');
  });

  it('writes to --out instead of stdout', async () => {
    const io = memoryIo({ 'acme.json': JSON.stringify(headline) });
    expect(await main(['assess', '-i', 'acme.json', '-o', 'out.json'], io)).toBe(0);
    expect(io.out()).toBe('');
    expect(JSON.parse(io.files['out.json']!).accountId).toBe('acme');
  });

  it('uses the engine-5 model by name', async () => {
    const io = memoryIo({ 'acme.json': JSON.stringify(headline) });
    expect(await main(['assess', '-i', 'acme.json', '--model', 'engine-5'], io)).toBe(0);
    const a = JSON.parse(io.out());
    expect(a.model).toBe('engine-5@1');
    expect(a.dimensions.map((d: { key: string }) => d.key)).toEqual(['product_usage', 'engagement', 'relationship', 'outcomes', 'financial']);
  });

  it('uses a model file by path, and rejects a bad one naming the field', async () => {
    const good = structuredClone(BUILT_IN_MODELS['renewal-7']) as Record<string, unknown>;
    good.id = 'custom';
    const bad = structuredClone(good) as { dimensions: Array<{ weight: number }> };
    bad.dimensions[0]!.weight = 25;
    const io = memoryIo({ 'acme.json': JSON.stringify(headline), 'good.json': JSON.stringify(good), 'bad.json': JSON.stringify(bad), 'broken.json': '{' });
    expect(await main(['assess', '-i', 'acme.json', '--model', 'good.json'], io)).toBe(0);
    expect(JSON.parse(io.out()).model).toBe('custom@1');
    expect(await main(['assess', '-i', 'acme.json', '--model', 'bad.json'], io)).toBe(2);
    expect(io.err()).toContain('che: model: dimensions: weights sum to 105, expected 100');
    expect(await main(['assess', '-i', 'acme.json', '--model', 'broken.json'], io)).toBe(2);
    expect(io.err()).toMatch(/che: model: broken\.json is not valid JSON/);
  });

  it('rejects an unknown format', async () => {
    const io = memoryIo({ 'acme.json': JSON.stringify(headline) });
    expect(await main(['assess', '-i', 'acme.json', '--format', 'xml'], io)).toBe(2);
    expect(io.err()).toMatch(/format/);
  });
});

describe('che model', () => {
  it('show prints the resolved model with every threshold', async () => {
    const io = memoryIo();
    expect(await main(['model', 'show', 'renewal-7'], io)).toBe(0);
    const model = JSON.parse(io.out());
    expect(model.dimensions).toHaveLength(7);
    expect(model.dimensions[0].params.stickiness[0]).toEqual([0, 5]);
  });

  it('validate says ok for a good file and names the field of a bad one', async () => {
    const bad = structuredClone(BUILT_IN_MODELS['engine-5']) as { riskCurve: unknown };
    bad.riskCurve = [[0, 10], [100, 50]];
    const io = memoryIo({ 'good.json': JSON.stringify(BUILT_IN_MODELS['engine-5']), 'bad.json': JSON.stringify(bad) });
    expect(await main(['model', 'validate', 'good.json'], io)).toBe(0);
    expect(io.out()).toBe('ok: engine-5@1 (5 dimensions)\n');
    expect(await main(['model', 'validate', 'bad.json'], io)).toBe(2);
    expect(io.err()).toContain('che: model: riskCurve[1][1]: risk must not rise as the score rises (the curve is monotone)');
  });
});
