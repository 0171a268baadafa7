import { anAccount } from '../../../test/builders/account';
import type { ChurnSignal, DimensionAssessment, ExpansionSignal, Tier } from '../contract';
import { choose, type ChooseInput } from './choose';

const RENEWAL_7 = ['engagement', 'support', 'adoption', 'sentiment', 'billing', 'stakeholders', 'usage_trend'];
const ENGINE_5 = ['product_usage', 'engagement', 'relationship', 'outcomes', 'financial'];

const dim = (key: string, score: number | null): DimensionAssessment => ({
  key, label: key, weight: 10, score, weighted: 0, trend: null, dataGap: score === null,
  evidence: score === null ? [] : [`${key} scored ${score}`],
});
/** Every dimension of a model at `base`, some overridden. */
const dims = (keys: string[], base: number, over: Record<string, number | null> = {}): DimensionAssessment[] =>
  keys.map((k) => dim(k, k in over ? (over[k] as number | null) : base));
const churn = (key: string, severity: 'high' | 'medium' = 'high'): ChurnSignal => ({ key, severity, evidence: [`${key} fact`] });
const growth = (key: string, strength: 'strong' | 'moderate' = 'strong'): ExpansionSignal => ({ key, strength, evidence: [`${key} fact`] });

function pick(tier: Tier, dimensions: DimensionAssessment[], over: Partial<ChooseInput> = {}): string | null {
  return choose({ snapshot: anAccount().withChampion().build(), tier, dimensions, churn: [], expansion: [], ...over })?.key ?? null;
}

describe('choose: rule table, first match wins', () => {
  describe('1 competitive_defense', () => {
    it('takes an at_risk account with executive turnover + competitor mention', () => {
      expect(pick('at_risk', dims(RENEWAL_7, 50), { churn: [churn('usage_collapse_non_response'), churn('executive_turnover_competitor')] })).toBe('competitive_defense');
    });
    it('takes a healthy account with a competitor evaluation early warning', () => {
      expect(pick('healthy', dims(RENEWAL_7, 70), { churn: [churn('competitor_evaluation', 'medium')] })).toBe('competitive_defense');
    });
  });

  describe('2 executive_sponsor_alignment', () => {
    it('takes champion departure + usage decline', () => {
      expect(pick('at_risk', dims(RENEWAL_7, 50, { stakeholders: 30 }), { churn: [churn('champion_departure_usage_decline')] })).toBe('executive_sponsor_alignment');
    });
    it('takes usage collapse + non-response', () => {
      expect(pick('critical', dims(RENEWAL_7, 30), { churn: [churn('usage_collapse_non_response')] })).toBe('executive_sponsor_alignment');
    });
    it('takes a critical account whose weakest dimension is stakeholder continuity', () => {
      expect(pick('critical', dims(RENEWAL_7, 40, { support: 25, stakeholders: 10 }))).toBe('executive_sponsor_alignment');
    });
    it('leaves a critical account whose relationship drags less than support to the support rule', () => {
      expect(pick('critical', dims(RENEWAL_7, 40, { support: 10, stakeholders: 25 }))).toBe('emergency_technical_review');
    });
    it('takes an at_risk account whose champion departed with no successor', () => {
      const snapshot = anAccount().withChampionDeparted(21).build();
      expect(pick('at_risk', dims(RENEWAL_7, 55), { snapshot })).toBe('executive_sponsor_alignment');
    });
    it('leaves an at_risk account whose departed champion has an active successor', () => {
      const snapshot = anAccount().withChampionDeparted(100).withChampion('Kim Ito').build();
      expect(pick('at_risk', dims(RENEWAL_7, 55, { stakeholders: 45 }), { snapshot })).toBe('stakeholder_reengagement');
    });
  });

  describe('3 support', () => {
    it('critical with support escalation + negative sentiment → emergency_technical_review', () => {
      expect(pick('critical', dims(RENEWAL_7, 35, { support: 40, adoption: 20 }), { churn: [churn('support_escalation_negative_sentiment')] })).toBe('emergency_technical_review');
    });
    it('at_risk with the same signal → support_recovery', () => {
      expect(pick('at_risk', dims(RENEWAL_7, 55), { churn: [churn('support_escalation_negative_sentiment')] })).toBe('support_recovery');
    });
    it('critical with support the weakest dimension → emergency_technical_review', () => {
      expect(pick('critical', dims(RENEWAL_7, 38, { support: 12 }))).toBe('emergency_technical_review');
    });
    it('healthy with support the weakest dimension → support_recovery', () => {
      expect(pick('healthy', dims(RENEWAL_7, 72, { support: 40 }))).toBe('support_recovery');
    });
    it('does not fire when support drags but is not the weakest', () => {
      expect(pick('at_risk', dims(RENEWAL_7, 55, { support: 45, sentiment: 30 }))).not.toMatch(/support|technical/);
    });
  });

  describe('4 financial_restructure', () => {
    it('takes budget review + downgrade', () => {
      expect(pick('at_risk', dims(RENEWAL_7, 50), { churn: [churn('budget_review_downgrade')] })).toBe('financial_restructure');
    });
    it('takes a dragging billing dimension with delinquent payment', () => {
      const snapshot = anAccount().withChampion().withBilling({ paymentStatus: 'delinquent', daysPastDue: 45 }).build();
      expect(pick('at_risk', dims(RENEWAL_7, 55, { adoption: 30, billing: 40 }), { snapshot })).toBe('financial_restructure');
    });
    it('takes a dragging billing dimension with an unpaid disputed invoice (pricing dispute)', () => {
      const snapshot = anAccount().withChampion().withInvoice(20, undefined, { disputed: true }).build();
      expect(pick('healthy', dims(RENEWAL_7, 70, { billing: 45 }), { snapshot })).toBe('financial_restructure');
    });
    it('ignores payment distress while billing scores 50 or more', () => {
      const snapshot = anAccount().withChampion().withBilling({ paymentStatus: 'delinquent' }).build();
      expect(pick('healthy', dims(RENEWAL_7, 70, { billing: 50 }), { snapshot })).toBe('success_optimization_review');
    });
  });

  describe('5 pricing_packaging_review', () => {
    it('takes flat renewal + discount dependency', () => {
      expect(pick('healthy', dims(RENEWAL_7, 70), { churn: [churn('flat_renewal_discount_dependency', 'medium')] })).toBe('pricing_packaging_review');
    });
    it('takes a downgrade request', () => {
      const snapshot = anAccount().withChampion().withFlags({ downgradeRequested: true }).build();
      expect(pick('at_risk', dims(RENEWAL_7, 55), { snapshot })).toBe('pricing_packaging_review');
    });
    it('takes an at_risk account whose weakest dimension is billing (no payment distress)', () => {
      expect(pick('at_risk', dims(RENEWAL_7, 55, { billing: 25, adoption: 45 }))).toBe('pricing_packaging_review');
    });
  });

  describe('7 feature_adoption_sprint', () => {
    it('takes a healthy account with adoption dragging while engagement and satisfaction are ≥ 60', () => {
      expect(pick('healthy', dims(RENEWAL_7, 72, { adoption: 38, engagement: 60, sentiment: 65 }))).toBe('feature_adoption_sprint');
    });
    it('lets a satisfaction data gap pass', () => {
      expect(pick('healthy', dims(RENEWAL_7, 72, { adoption: 38, sentiment: null }))).toBe('feature_adoption_sprint');
    });
    it('takes feature stagnation on a healthy account with nothing dragging', () => {
      expect(pick('healthy', dims(RENEWAL_7, 72), { churn: [churn('feature_stagnation', 'medium')] })).toBe('feature_adoption_sprint');
    });
    it('gives way to a health check when engagement is weak (59)', () => {
      expect(pick('healthy', dims(RENEWAL_7, 72, { adoption: 38, engagement: 59 }))).toBe('proactive_health_check');
    });
  });

  describe('8 value_realization_workshop', () => {
    it('takes a critical account with adoption dragging', () => {
      expect(pick('critical', dims(RENEWAL_7, 45, { adoption: 15, engagement: 30 }))).toBe('value_realization_workshop');
    });
    it('takes an at_risk account whose clear root cause is usage', () => {
      expect(pick('at_risk', dims(RENEWAL_7, 55, { usage_trend: 25, engagement: 40 }))).toBe('value_realization_workshop');
    });
  });

  describe('9 stakeholder_reengagement', () => {
    it('takes a single-threaded healthy account', () => {
      expect(pick('healthy', dims(RENEWAL_7, 70), { churn: [churn('single_threaded', 'medium')] })).toBe('stakeholder_reengagement');
    });
    it('takes QBR decline', () => {
      expect(pick('at_risk', dims(RENEWAL_7, 55), { churn: [churn('qbr_decline', 'medium')] })).toBe('stakeholder_reengagement');
    });
    it('takes an at_risk account with relationship dragging among other causes', () => {
      expect(pick('at_risk', dims(RENEWAL_7, 55, { stakeholders: 42, usage_trend: 40 }))).toBe('stakeholder_reengagement');
    });
  });

  describe('10 custom_success_plan', () => {
    it('takes an at_risk account with no clear single root cause', () => {
      expect(pick('at_risk', dims(RENEWAL_7, 55, { adoption: 40, sentiment: 45 }))).toBe('custom_success_plan');
    });
    it('takes an at_risk account with nothing below 50', () => {
      expect(pick('at_risk', dims(RENEWAL_7, 55))).toBe('custom_success_plan');
    });
  });

  it('11 gives a critical account with no specific lever executive alignment', () => {
    expect(pick('critical', dims(RENEWAL_7, 55, { sentiment: 10 }))).toBe('executive_sponsor_alignment');
  });

  describe('12 proactive_health_check', () => {
    it('takes a healthy account with two dimensions below 50', () => {
      expect(pick('healthy', dims(RENEWAL_7, 75, { sentiment: 45, usage_trend: 48 }))).toBe('proactive_health_check');
    });
    it('takes a healthy account with an early-warning churn signal', () => {
      expect(pick('healthy', dims(RENEWAL_7, 75), { churn: [churn('survey_non_response', 'medium')] })).toBe('proactive_health_check');
    });
    it('comes before expansion on a healthy account', () => {
      expect(pick('healthy', dims(RENEWAL_7, 75, { sentiment: 45 }), { expansion: [growth('new_department_adoption')] })).toBe('proactive_health_check');
    });
  });

  describe('13-14 growth plays', () => {
    it('healthy with a strong expansion signal → expansion_discovery', () => {
      expect(pick('healthy', dims(RENEWAL_7, 75), { expansion: [growth('usage_exceeds_entitlement')] })).toBe('expansion_discovery');
    });
    it('thriving with a strong expansion signal → expansion_discovery', () => {
      expect(pick('thriving', dims(RENEWAL_7, 90), { expansion: [growth('api_usage_growth', 'moderate'), growth('champion_promoted')] })).toBe('expansion_discovery');
    });
    it('thriving with only moderate signals → advocacy_program', () => {
      expect(pick('thriving', dims(RENEWAL_7, 90), { expansion: [growth('nps_improving', 'moderate')] })).toBe('advocacy_program');
    });
    it('thriving ignores medium relationship signals and goes to advocacy', () => {
      expect(pick('thriving', dims(RENEWAL_7, 90), { churn: [churn('single_threaded', 'medium')] })).toBe('advocacy_program');
    });
    it('healthy with a moderate signal only → the routine success review', () => {
      expect(pick('healthy', dims(RENEWAL_7, 75), { expansion: [growth('api_usage_growth', 'moderate')] })).toBe('success_optimization_review');
    });
  });

  it('healthy with nothing dragging and no signals → the routine success review', () => {
    expect(pick('healthy', dims(RENEWAL_7, 65))).toBe('success_optimization_review');
  });

  it('never lets a data gap drag', () => {
    expect(pick('healthy', dims(RENEWAL_7, 65, { support: null, adoption: null, sentiment: null }))).toBe('success_optimization_review');
  });

  describe('engine-5 keys', () => {
    it('critical with outcomes dragging → value_realization_workshop', () => {
      expect(pick('critical', dims(ENGINE_5, 45, { outcomes: 20 }))).toBe('value_realization_workshop');
    });
    it('critical with relationship the weakest → executive_sponsor_alignment', () => {
      expect(pick('critical', dims(ENGINE_5, 35, { relationship: 15, outcomes: 20 }))).toBe('executive_sponsor_alignment');
    });
    it('at_risk with relationship dragging → stakeholder_reengagement', () => {
      expect(pick('at_risk', dims(ENGINE_5, 55, { relationship: 35, product_usage: 45 }))).toBe('stakeholder_reengagement');
    });
    it('at_risk with a clear product-usage cause → value_realization_workshop', () => {
      expect(pick('at_risk', dims(ENGINE_5, 55, { product_usage: 20 }))).toBe('value_realization_workshop');
    });
    it('financial dragging with delinquency → financial_restructure', () => {
      const snapshot = anAccount().withChampion().withBilling({ paymentStatus: 'delinquent', daysPastDue: 61 }).build();
      expect(pick('at_risk', dims(ENGINE_5, 55, { financial: 20 }), { snapshot })).toBe('financial_restructure');
    });
    it('healthy with one weak dimension → proactive_health_check', () => {
      expect(pick('healthy', dims(ENGINE_5, 72, { engagement: 44 }))).toBe('proactive_health_check');
    });
  });
});

describe('choose: the trigger it reports', () => {
  it('carries the signal evidence for a signal rule', () => {
    const c = choose({
      snapshot: anAccount().build(), tier: 'at_risk', dimensions: dims(RENEWAL_7, 50), expansion: [],
      churn: [{ key: 'champion_departure_usage_decline', severity: 'high', label: 'Champion departure + usage decline', evidence: ['champion Jane Roe departed 21 days ago', 'active users 30, down 45% from 55'] }],
    });
    expect(c?.trigger).toEqual({ kind: 'signal', key: 'champion_departure_usage_decline', label: 'Champion departure + usage decline', evidence: ['champion Jane Roe departed 21 days ago', 'active users 30, down 45% from 55'] });
    expect(c?.why).toContain('Champion departure + usage decline (high-severity signal)');
    expect(c?.why).toContain('seed trigger: "Champion departed, executive sponsor disengaged, or competitive evaluation in progress"');
  });

  it('carries the dimension evidence and the payment facts for financial distress', () => {
    const snapshot = anAccount().withBilling({ paymentStatus: 'delinquent', daysPastDue: 45 }).build();
    const c = choose({ snapshot, tier: 'at_risk', dimensions: dims(RENEWAL_7, 55, { billing: 30 }), churn: [], expansion: [] });
    expect(c?.trigger.kind).toBe('dimension');
    expect(c?.trigger.evidence).toEqual(['payment delinquent, 45 days past due', 'billing scored 30']);
  });

  it('names the departed champion when the champion is gone', () => {
    const snapshot = anAccount().withChampionDeparted(21).build();
    const c = choose({ snapshot, tier: 'at_risk', dimensions: dims(RENEWAL_7, 55), churn: [], expansion: [] });
    expect(c?.trigger.evidence).toEqual(['champion Jane Roe (VP Operations) departed on 2026-11-01 and no active champion is on record']);
  });
});
