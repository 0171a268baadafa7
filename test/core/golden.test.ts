/**
 * Golden cases worked by hand from the seed rubrics (the threshold tables in
 * each dimension file). Each snapshot gives every dimension one or two parts so
 * the arithmetic stays checkable: blend = 0.7 × weighted mean + 0.3 × weakest
 * part; gaps count 50; composite = Σ weight × score / 100, rounded.
 */
import { assess } from '../../src/core/assess';
import { builtInModel } from '../../src/core/models';
import { anAccount } from '../builders/account';

const renewal7 = builtInModel('renewal-7');
const scores = (a: ReturnType<typeof assess>) => Object.fromEntries(a.dimensions.map((d) => [d.key, d.score]));
const churnKeys = (a: ReturnType<typeof assess>) => a.signals.churn.map((s) => s.key);

describe('golden cases, renewal-7', () => {
  it('likely to renew: a thriving account scores 88 with high confidence and an advocacy play', () => {
    const a = assess(
      anAccount().arr(100_000).renewingInDays(200)
        .withUsage({ dau: 60, mau: 100 })                 // engagement: DAU/MAU 0.6 → 100
        .withNoTickets(4)                                 // support: 0 tickets vs cohort 4 → 100
        .withFeatures(16, 20, 2)                          // adoption: 80% → 90 (×3), 2 new → 80 (×2): 0.7×86 + 0.3×80 = 84.2 → 84
        .withSurvey('nps', 9, 30)                         // sentiment: NPS 9 → 85
        .withBilling({ paymentStatus: 'current' })        // billing: current → 85
        .withChampion().withExecutiveSponsor()            // stakeholders: champion 85 (×3), sponsor 85 (×2), 2 engaged → 60 (×2),
                                                          //   no turnover → 90 (×2): mean 80.56, 0.7×80.56 + 0.3×60 = 74.4 → 74
        .withActiveUsers(110, 100)                        // usage trend: +10% in 30 days → 80
        .build(),
      renewal7,
    );
    expect(scores(a)).toEqual({ engagement: 100, support: 100, adoption: 84, sentiment: 85, billing: 85, stakeholders: 74, usage_trend: 80 });
    // 20 + 15 + 16.8 + 8.5 + 8.5 + 7.4 + 12 = 88.2
    expect(a.score).toBe(88);
    expect(a.tier).toBe('thriving');
    expect(a.prediction).toBe('likely_to_renew');
    expect(a.confidence).toBe('high'); // 7 of 7 dimensions, 6 above 75, a survey in 180 days
    expect(a.renewalRisk).toBe(7); // curve 80→10, 100→3: 10 − 8/20 × 7 = 7.2
    expect(a.renewal).toEqual({ date: '2027-06-10', daysUntil: 200, arr: 100_000, arrAtRisk: 7_000 });
    expect(a.signals.churn).toEqual([]);
    expect(a.play?.key).toBe('advocacy_program');
    expect(a.play?.priority).toBe('low');
    expect(a.dataGaps).toEqual([]);
  });

  it('monitor: the same account with stagnant adoption scores 78 and gets a feature adoption sprint', () => {
    const a = assess(
      anAccount().arr(100_000).renewingInDays(200)
        .withUsage({ dau: 60, mau: 100 }).withNoTickets(4)
        .withFeatures(6, 20, 0)                           // adoption: 30% → 40 (×3), 0 new → 30 (×2): 0.7×36 + 0.3×30 = 34.2 → 34
        .withSurvey('nps', 9, 30).withBilling({ paymentStatus: 'current' })
        .withChampion().withExecutiveSponsor().withActiveUsers(110, 100)
        .build(),
      renewal7,
    );
    expect(scores(a).adoption).toBe(34);
    // 20 + 15 + 6.8 + 8.5 + 8.5 + 7.4 + 12 = 78.2
    expect(a.score).toBe(78);
    expect(a.prediction).toBe('monitor');
    expect(a.confidence).toBe('medium'); // the monitor band carries medium confidence at most
    expect(churnKeys(a)).toContain('feature_stagnation');
    expect(a.play?.key).toBe('feature_adoption_sprint');
    expect(a.play?.priority).toBe('medium');
    expect(a.drivers[0]).toMatchObject({ dimension: 'engagement', impact: 10 });
    expect(a.drivers.find((d) => d.dimension === 'adoption')).toMatchObject({ impact: -3.2 });
  });

  it('at risk + champion_departure_usage_decline: the headline case scores 43 and gets a critical executive play', () => {
    const a = assess(anAccount().arr(120_000).withChampionDeparted(21).withActiveUsers(30, 55).renewingInDays(45).build(), renewal7);
    // stakeholders: champion departed 25 (×3), sponsor unknown 55 (×2), 0 engaged → 10 (×2), 1 change → 50 (×2):
    //   mean 33.9, 0.7×33.9 + 0.3×10 = 26.7 → 27
    // usage trend: 30 vs 55 = −45.5% → 15 + 4.5/15 × 15 = 19.5 → 20
    expect(scores(a)).toMatchObject({ stakeholders: 27, usage_trend: 20 });
    // five gaps at 50: 10 + 7.5 + 10 + 5 + 5 = 37.5; + 2.7 + 3.0 = 43.2
    expect(a.score).toBe(43);
    expect(a.prediction).toBe('at_risk');
    expect(a.confidence).toBe('low');
    const signal = a.signals.churn.find((s) => s.key === 'champion_departure_usage_decline');
    expect(signal?.severity).toBe('high');
    expect(signal?.evidence).toEqual(['champion Jane Roe (VP Operations) departed 21 days ago (2026-11-01)', 'active users 30, down 45% from 55 thirty days ago']);
    // risk: curve 40→55, 60→28 at 43 = 50.95; + 8 (high) + 3 × 2 (medium) = 64.95 → 65
    expect(a.renewalRisk).toBe(65);
    expect(a.renewal).toEqual({ date: '2027-01-06', daysUntil: 45, arr: 120_000, arrAtRisk: 78_000 });
    expect(a.play).toMatchObject({ key: 'executive_sponsor_alignment', priority: 'critical', owner: 'CS Leader', dueDate: '2026-11-27' });
    expect(a.play?.action).toContain('Jane Roe');
    expect(a.play?.action).toContain('2027-01-06');
    expect(a.play?.successMetric).toMatch(/Meeting scheduled and held/);
  });

  it('likely to churn + usage_collapse_non_response: scores 30', () => {
    const a = assess(
      anAccount().arr(80_000).renewingInDays(120)
        .withActiveUsers(10, 40, 50, 60)                  // usage trend: −75% (30 d) → 5, −83% (90 d) → 5 → 5
        .withEmail('outbound', 20).withEmail('outbound', 10).withEmail('outbound', 3)
                                                          // engagement: 0 replies to 3 → 20, capped at 45 → 20
        .withSurvey('nps', 3, 20)                         // sentiment: NPS 3 → 3/4 × 15 = 11.25 → 11
        .withBilling({ paymentStatus: 'delinquent', daysPastDue: 75 })
                                                          // billing: 15 (×2), 75 days → 12.5 (×2): 0.7×13.75 + 0.3×12.5 = 13.4 → 13
        .build(),
      renewal7,
    );
    expect(scores(a)).toMatchObject({ engagement: 20, usage_trend: 5, sentiment: 11, billing: 13 });
    // 4 + 7.5 + 10 + 1.1 + 1.3 + 5 + 0.75 = 29.65
    expect(a.score).toBe(30);
    expect(a.tier).toBe('critical');
    expect(a.prediction).toBe('likely_to_churn');
    const signal = a.signals.churn.find((s) => s.key === 'usage_collapse_non_response');
    expect(signal?.severity).toBe('high');
    expect(signal?.evidence.join(' ')).toMatch(/10/);
    expect(a.play?.key).toBe('executive_sponsor_alignment');
    expect(a.play?.priority).toBe('critical');
  });

  it('support_escalation_negative_sentiment: an escalated, hostile outage ticket caps support at 29', () => {
    const a = assess(
      anAccount().arr(60_000).renewingInDays(150)
        .withTicket({ priority: 'urgent', escalated: true, sentiment: 'negative', csat: 2, daysAgo: 10, text: 'This outage is unacceptable, we lost a day of orders.' })
        .build(),
      renewal7,
    );
    // support: 1 ticket → 90 (×2), all urgent → 20 (×2), negative → 20 (×2), CSAT 2 → 21.7 (×2), 1 escalation → 65 (×1):
    //   mean 40.9, 0.7×40.9 + 0.3×20 = 34.7 → capped at 29 ("unacceptable")
    // sentiment: no surveys, inferred from support CSAT 2 → 18.7 → 19 (inferred)
    expect(scores(a)).toMatchObject({ support: 29, sentiment: 19 });
    expect(a.dimensions.find((d) => d.key === 'sentiment')?.inferred).toBe(true);
    // 10 + 4.35 + 10 + 1.9 + 5 + 5 + 7.5 = 43.75
    expect(a.score).toBe(44);
    expect(a.prediction).toBe('at_risk');
    expect(a.signals.churn[0]?.key).toBe('support_escalation_negative_sentiment');
    expect(a.play?.key).toBe('support_recovery');
    expect(a.play?.owner).toBe('Support Engineering');
  });

  it('budget_review_downgrade: flags alone leave the score neutral but raise the risk and pick a financial play', () => {
    const a = assess(anAccount().arr(50_000).renewingInDays(60).withFlags({ budgetReview: true, downgradeRequested: true }).build(), renewal7);
    expect(a.score).toBe(50);
    expect(churnKeys(a)).toContain('budget_review_downgrade');
    // curve at 50: 55 − 10/20 × 27 = 41.5; + 8 = 49.5 → 50
    expect(a.renewalRisk).toBe(50);
    expect(a.play?.key).toBe('financial_restructure');
  });

  it('executive_turnover_competitor: executive turnover caps stakeholders at 49; competitive defense within 48 hours', () => {
    const a = assess(anAccount().arr(90_000).renewingInDays(100).withFlags({ executiveTurnover: true, competitorMentioned: true }).build(), renewal7);
    expect(scores(a).stakeholders).toBe(49);
    // 45 (six gaps) + 4.9 = 49.9
    expect(a.score).toBe(50);
    expect(churnKeys(a)).toContain('executive_turnover_competitor');
    expect(a.play?.key).toBe('competitive_defense');
    expect(a.play?.dueDate).toBe('2026-11-24'); // two business days after Sunday 2026-11-22
  });

  it('a snapshot with only id, name and asOf scores 50 with low confidence and seven gaps', () => {
    const a = assess({ id: 'x', name: 'X', asOf: '2026-11-22' }, renewal7);
    expect(a.score).toBe(50);
    expect(a.confidence).toBe('low');
    expect(a.dataGaps).toHaveLength(7);
    expect(a.dimensions.every((d) => d.score === null && d.dataGap && d.weighted === d.weight / 2)).toBe(true);
    expect(a.signals).toEqual({ churn: [], expansion: [] });
  });
});

describe('golden case, engine-5', () => {
  it('product usage and outcomes only: 0.3×70 + 0.2×90 + gaps = 64 (healthy)', () => {
    const a = assess(
      anAccount().withUsage({ dau: 40, mau: 100 })       // DAU/MAU 0.4 → 70 (seed 000: > 40% = 7-10)
        .withOutcomes({ goalsDefined: 4, goalsAchieved: 4, roiDocumented: true }) // all goals → 80, ROI +10 → 90
        .build(),
      builtInModel('engine-5'),
    );
    expect(scores(a)).toEqual({ product_usage: 70, engagement: null, relationship: null, outcomes: 90, financial: null });
    // 21 + 10 + 7.5 + 18 + 7.5 = 64
    expect(a.score).toBe(64);
    expect(a.tier).toBe('healthy');
    expect(a.model).toBe('engine-5@1');
  });
});
