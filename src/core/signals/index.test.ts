import { anAccount, type AccountBuilder } from '../../../test/builders/account';
import { makeContext } from '../context';
import { ChurnSignal, ExpansionSignal } from '../contract';
import { detectSignals } from './index';

const signalsOf = (b: AccountBuilder) => detectSignals(makeContext(b.build(), 0.3));

describe('detectSignals', () => {
  it('finds nothing in an empty snapshot', () => {
    expect(detectSignals(makeContext({ id: 'a', name: 'Empty Co', asOf: '2026-11-22' }, 0.3))).toEqual({ churn: [], expansion: [] });
  });

  it('flags the headline account: champion gone 3 weeks, active users down 45%, renewing in 45 days', () => {
    const { churn, expansion } = signalsOf(anAccount().withChampionDeparted(21).withActiveUsers(30, 55).renewingInDays(45));
    expect(churn.map((s) => s.key)).toEqual([
      'champion_departure_usage_decline', // high first
      'single_threaded', // medium compound: the only listed stakeholder has left
      'usage_drop_30pct', // early warnings after the compounds
      'champion_job_change',
    ]);
    const headline = churn[0]!;
    expect(headline.severity).toBe('high');
    expect(headline.evidence).toContain('champion Jane Roe (VP Operations) departed 21 days ago (2026-11-01)');
    expect(headline.evidence.some((e) => e.includes('down 45% from 55'))).toBe(true);
    expect(expansion).toEqual([]);
  });

  it('orders churn high before medium and expansion strong before moderate, each in detection order', () => {
    const { churn, expansion } = signalsOf(anAccount()
      .customerForDays(400).withFeatures(4, 20, 0)
      .withFlags({ budgetReview: true, downgradeRequested: true, executiveTurnover: true, competitorMentioned: true, competitiveDisplacement: true, referralOrCaseStudy: true })
      .withUsage({ apiCalls: { last30: 30, prev30: 20 }, entitlementUsedPct: 100 }));
    expect(churn.map((s) => [s.key, s.severity])).toEqual([
      ['budget_review_downgrade', 'high'],
      ['executive_turnover_competitor', 'high'],
      ['feature_stagnation', 'medium'],
      ['competitor_evaluation', 'medium'],
    ]);
    expect(expansion.map((s) => [s.key, s.strength])).toEqual([
      ['usage_exceeds_entitlement', 'strong'],
      ['referral_or_case_study', 'strong'],
      ['api_usage_growth', 'moderate'],
      ['competitive_displacement', 'moderate'],
    ]);
  });

  it('produces signals that satisfy the contract, each with a label and evidence', () => {
    const { churn, expansion } = signalsOf(anAccount().withChampionDeparted(21).withActiveUsers(5, 30, 32, 34)
      .withEmail('outbound', 20).withEmail('outbound', 10).withChampionPromoted(10, 'Kim Ode').withFlags({ newDepartmentAdoption: true }));
    expect(churn.length).toBeGreaterThan(0);
    expect(expansion.length).toBeGreaterThan(0);
    for (const s of churn) {
      expect(ChurnSignal.parse(s)).toEqual(s);
      expect(s.label).toBeTruthy();
      expect(s.evidence.length).toBeGreaterThan(0);
    }
    for (const s of expansion) {
      expect(ExpansionSignal.parse(s)).toEqual(s);
      expect(s.label).toBeTruthy();
      expect(s.evidence.length).toBeGreaterThan(0);
    }
    // lead times only on the seed 000 early warnings
    expect(churn.filter((s) => s.leadTimeDays !== undefined).map((s) => s.key)).toEqual(['usage_drop_30pct', 'champion_job_change', 'team_member_departures']);
  });
});
