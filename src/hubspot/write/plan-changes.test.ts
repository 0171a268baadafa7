import { assertOwned, planChanges, type PlanInput } from './plan-changes';
import { sameValue } from './same-value';

const OWNED = [
  'che_health_score', 'che_health_tier', 'che_renewal_risk', 'che_churn_signals', 'che_top_drivers',
  'che_scored_at', 'che_previous_tier', 'che_tier_change', 'che_tier_changed_at', 'che_model_version',
];
const NOW = '2026-11-22T03:00:00.000Z';

function plan(current: PlanInput['current'], next: PlanInput['next']) {
  return planChanges({ companyId: '42', current, next, nowIso: NOW, owned: OWNED });
}

describe('sameValue', () => {
  it.each([
    ['che_health_score', '72', '72.0'],
    ['che_health_score', ' 72 ', '72'],
    ['che_top_drivers', null, ''],
    ['che_top_drivers', '', ''],
    ['che_churn_signals', 'single_threaded;qbr_decline', 'qbr_decline;single_threaded'],
    ['che_scored_at', '2026-11-22T03:00:00Z', '2026-11-22T03:00:00.000Z'],
    ['che_scored_at', '1795316400000', '2026-11-22T03:00:00.000Z'],
    ['che_flag', 'True', 'true'],
  ])('%s: %j means the same as %j', (name, current, next) => {
    expect(sameValue(name, current, next)).toBe(true);
  });

  it.each([
    ['che_health_score', '72', '73'],
    ['che_health_score', null, '72'],
    ['che_health_score', '72', ''],
    ['che_top_drivers', 'a;b', 'b;a'],
    ['che_churn_signals', 'single_threaded', 'single_threaded;qbr_decline'],
    ['che_health_tier', 'healthy', 'at_risk'],
  ])('%s: %j differs from %j', (name, current, next) => {
    expect(sameValue(name, current, next)).toBe(false);
  });
});

describe('planChanges', () => {
  it('plans nothing when every value is the same in HubSpot spelling', () => {
    expect(plan(
      { che_health_score: '72.0', che_health_tier: 'healthy', che_churn_signals: 'b;a', che_scored_at: '2026-11-01T00:00:00Z' },
      { che_health_score: '72', che_health_tier: 'healthy', che_churn_signals: 'a;b', che_scored_at: '2026-11-22' },
    )).toBeNull();
  });

  it('writes only the changed values and stamps che_scored_at with the run instant', () => {
    const update = plan(
      { che_health_score: '72', che_health_tier: 'healthy', che_renewal_risk: '20', che_scored_at: '2026-11-01T00:00:00Z' },
      { che_health_score: '74', che_health_tier: 'healthy', che_renewal_risk: '20' },
    );
    expect(update).toEqual({ companyId: '42', properties: { che_health_score: '74', che_scored_at: NOW } });
  });

  it('writes everything on a first scoring, without a tier-change trio', () => {
    const update = plan({}, { che_health_score: '55', che_health_tier: 'at_risk', che_renewal_risk: '35' });
    expect(update?.properties).toEqual({ che_health_score: '55', che_health_tier: 'at_risk', che_renewal_risk: '35', che_scored_at: NOW });
  });

  it('a tier that falls writes previous tier, "declined" and the change time in the same update', () => {
    const update = plan({ che_health_tier: 'healthy', che_health_score: '61' }, { che_health_tier: 'at_risk', che_health_score: '58' });
    expect(update?.properties).toMatchObject({
      che_health_tier: 'at_risk', che_previous_tier: 'healthy', che_tier_change: 'declined', che_tier_changed_at: NOW,
    });
  });

  it('a tier that rises is "improved"', () => {
    const update = plan({ che_health_tier: 'critical' }, { che_health_tier: 'healthy' });
    expect(update?.properties).toMatchObject({ che_previous_tier: 'critical', che_tier_change: 'improved' });
  });

  it('a score change inside the same tier leaves the trio alone', () => {
    const update = plan({ che_health_tier: 'healthy', che_health_score: '61' }, { che_health_tier: 'healthy', che_health_score: '70' });
    expect(Object.keys(update!.properties).sort()).toEqual(['che_health_score', 'che_scored_at']);
  });

  it('ignores trio values offered by the assessment: the planner alone derives them', () => {
    const update = plan({ che_health_tier: 'healthy' }, { che_health_tier: 'healthy', che_previous_tier: 'critical', che_tier_change: 'improved' });
    expect(update).toBeNull();
  });

  it('refuses to write a property the app does not own', () => {
    expect(() => plan({}, { che_health_score: '50', lifecyclestage: 'other' })).toThrow(/lifecyclestage on company 42/);
  });

  it('refuses to write a CSM override even if it were listed as owned', () => {
    expect(() => assertOwned('7', { che_override_score: '90' }, ['che_override_score'])).toThrow(/che_override_score.*never written/);
  });
});
