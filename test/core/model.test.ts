import { assess } from '../../src/core/assess';
import { compileModel, resolvedModelFile } from '../../src/core/model';
import { BUILT_IN_MODELS, builtInModel } from '../../src/core/models';
import { anAccount } from '../builders/account';

const renewal7 = () => structuredClone(BUILT_IN_MODELS['renewal-7']) as unknown as Record<string, unknown> & { dimensions: Array<Record<string, unknown>> };

function errorsOf(input: unknown): string[] {
  const r = compileModel(input);
  if (r.success) throw new Error('expected the model to be rejected');
  return r.errors;
}

describe('built-in models', () => {
  it('renewal-7 has the seed 002 weights 20/15/20/10/10/10/15', () => {
    const dims = builtInModel('renewal-7').forSegment(undefined).dimensions;
    expect(dims.map((d) => [d.key, d.weight])).toEqual([
      ['engagement', 20], ['support', 15], ['adoption', 20], ['sentiment', 10], ['billing', 10], ['stakeholders', 10], ['usage_trend', 15],
    ]);
    expect(builtInModel('renewal-7').ref).toBe('renewal-7@1');
  });

  it('engine-5 has the seed 000 weights 30/20/15/20/15', () => {
    const dims = builtInModel('engine-5').forSegment(undefined).dimensions;
    expect(dims.map((d) => [d.key, d.weight])).toEqual([
      ['product_usage', 30], ['engagement', 20], ['relationship', 15], ['outcomes', 20], ['financial', 15],
    ]);
  });

  it('every segment of every built-in model sums to 100', () => {
    for (const name of ['renewal-7', 'engine-5'] as const) {
      for (const segment of [undefined, 'enterprise', 'mid_market', 'smb', 'self_serve'] as const) {
        const total = builtInModel(name).forSegment(segment).dimensions.reduce((s, d) => s + d.weight, 0);
        expect(total).toBe(100);
      }
    }
  });

  it('segment overrides change the weights and the urgency window', () => {
    const m = builtInModel('renewal-7');
    expect(m.forSegment('enterprise').dimensions.find((d) => d.key === 'stakeholders')?.weight).toBe(14);
    expect(m.forSegment('enterprise').urgencyWindowDays).toBe(180);
    expect(m.forSegment('mid_market').urgencyWindowDays).toBe(90);
  });

  it('resolvedModelFile writes every threshold out and compiles back to the same model', () => {
    const resolved = resolvedModelFile(builtInModel('renewal-7'));
    expect(Object.keys(resolved.dimensions[0]!.params).length).toBeGreaterThan(3);
    const again = compileModel(JSON.parse(JSON.stringify(resolved)));
    expect(again.success).toBe(true);
    const s = anAccount().thriving().build();
    if (again.success) expect(assess(s, again.value).score).toBe(assess(s, builtInModel('renewal-7')).score);
  });
});

describe('bad model files get errors naming the field', () => {
  it('weights that do not sum to 100', () => {
    const m = renewal7();
    m.dimensions[0]!.weight = 15;
    expect(errorsOf(m)).toContain('dimensions: weights sum to 95, expected 100');
  });

  it('a weight of the wrong type', () => {
    const m = renewal7();
    m.dimensions[2]!.weight = 'twenty';
    expect(errorsOf(m).join('\n')).toMatch(/^dimensions\[2\]\.weight: expected number/m);
  });

  it('an unknown scorer', () => {
    const m = renewal7();
    m.dimensions[1]!.scorer = 'renewal7.vibes';
    expect(errorsOf(m).join('\n')).toMatch(/dimensions\[1\]\.scorer: unknown scorer "renewal7.vibes"/);
  });

  it('a threshold table that does not ascend', () => {
    const m = renewal7();
    m.dimensions[0]!.params = { stickiness: [[0.5, 10], [0.1, 90]] };
    expect(errorsOf(m).join('\n')).toMatch(/dimensions\[0\]\.params\.stickiness: table values must ascend/);
  });

  it('a segment weight for a dimension the model does not have', () => {
    const m = renewal7();
    (m.segments as Record<string, unknown>).smb = { weights: { vibes: 10 } };
    expect(errorsOf(m).join('\n')).toMatch(/segments\.smb\.weights\.vibes: not a dimension of this model/);
  });

  it('an unknown segment', () => {
    const m = renewal7();
    (m.segments as Record<string, unknown>).startup = {};
    expect(errorsOf(m).join('\n')).toMatch(/segments: .*startup/i);
  });

  it('a risk curve that rises with the score', () => {
    const m = renewal7();
    m.riskCurve = [[0, 50], [50, 60], [100, 5]];
    expect(errorsOf(m).join('\n')).toMatch(/riskCurve\[1\]\[1\]: risk must not rise/);
  });

  it('tier cut-offs out of order', () => {
    const m = renewal7();
    m.tiers = { thriving: 60, healthy: 80, atRisk: 40 };
    expect(errorsOf(m).join('\n')).toMatch(/tiers: cut-offs must satisfy/);
  });

  it('a missing field', () => {
    const m = renewal7();
    delete m.riskCurve;
    expect(errorsOf(m)).toContain('riskCurve: required');
  });
});

describe('thresholds are data', () => {
  it('a model file can move a threshold and the score follows', () => {
    const s = anAccount().withUsage({ dau: 10, mau: 100 }).build();
    const base = assess(s, builtInModel('renewal-7'));
    const m = renewal7();
    m.dimensions[0]!.params = { stickiness: [[0, 0], [0.1, 100]] };
    const compiled = compileModel(m);
    if (!compiled.success) throw new Error(compiled.errors.join('; '));
    const moved = assess(s, compiled.value);
    expect(moved.dimensions[0]!.score).toBe(100);
    expect(moved.dimensions[0]!.score).toBeGreaterThan(base.dimensions[0]!.score!);
  });
});
