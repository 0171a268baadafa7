import type { DimensionAssessment } from '../contract';
import { adequate, causeOf, CLEAR_CAUSE_MARGIN, lowestScoreOf, rootCauseOf } from './root-cause';

const dim = (key: string, score: number | null, evidence: string[] = []): DimensionAssessment => ({
  key, label: key, weight: 10, score, weighted: 0, trend: null, dataGap: score === null, evidence,
});

describe('causeOf', () => {
  it.each([
    ['engagement', 'usage'], ['usage_trend', 'usage'], ['product_usage', 'usage'],
    ['support', 'support'], ['adoption', 'adoption'], ['sentiment', 'satisfaction'],
    ['billing', 'financial'], ['financial', 'financial'],
    ['stakeholders', 'relationship'], ['relationship', 'relationship'],
    ['outcomes', 'value'], ['custom_thing', 'other'],
  ])('%s → %s', (key, cause) => {
    expect(causeOf(key)).toBe(cause);
  });
});

describe('rootCauseOf', () => {
  it('lists scored dimensions below 50, lowest first, and never a data gap', () => {
    const root = rootCauseOf([dim('engagement', 45), dim('support', null), dim('adoption', 20), dim('billing', 50), dim('sentiment', 49)]);
    expect(root.dragging.map((d) => [d.key, d.score])).toEqual([['adoption', 20], ['engagement', 45], ['sentiment', 49]]);
    expect(root.causes).toEqual(['adoption', 'usage', 'satisfaction']);
    expect(root.primary).toBe('adoption');
  });

  it('keeps the model order between equal scores', () => {
    const root = rootCauseOf([dim('stakeholders', 30), dim('support', 30)]);
    expect(root.dragging.map((d) => d.key)).toEqual(['stakeholders', 'support']);
    expect(root.primary).toBe('relationship');
  });

  it('groups two dimensions of one cause into one cause', () => {
    const root = rootCauseOf([dim('engagement', 30), dim('usage_trend', 35)]);
    expect(root.causes).toEqual(['usage']);
    expect(root.clear).toBe(true);
  });

  it(`calls the weakest cause clear only when alone or ${CLEAR_CAUSE_MARGIN}+ points below the next`, () => {
    expect(rootCauseOf([dim('support', 20), dim('adoption', 35)]).clear).toBe(true); // 15 apart
    expect(rootCauseOf([dim('support', 21), dim('adoption', 35)]).clear).toBe(false); // 14 apart
    expect(rootCauseOf([dim('support', 70)]).clear).toBe(false); // nothing drags
    expect(rootCauseOf([dim('support', 70)]).primary).toBeNull();
  });

  it('takes the red flag as the evidence of a dimension, without its prefix', () => {
    const root = rootCauseOf([dim('engagement', 30, ['DAU/MAU 0.05', 'red flag: no login for 21 days'])]);
    expect(root.dragging[0]?.evidence).toBe('no login for 21 days');
  });
});

describe('adequate / lowestScoreOf', () => {
  const ds = [dim('engagement', 72), dim('usage_trend', 58), dim('sentiment', null)];
  it('uses the lowest scored dimension of the cause', () => {
    expect(lowestScoreOf(ds, 'usage')).toBe(58);
    expect(adequate(ds, 'usage', 60)).toBe(false);
    expect(adequate(ds, 'usage', 58)).toBe(true);
  });
  it('lets a data gap pass (missing data is never bad news)', () => {
    expect(lowestScoreOf(ds, 'satisfaction')).toBeNull();
    expect(adequate(ds, 'satisfaction', 60)).toBe(true);
  });
});
