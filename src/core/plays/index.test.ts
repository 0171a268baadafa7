import fc from 'fast-check';
import { anAccount } from '../../../test/builders/account';
import { Play, type ChurnSignal, type DimensionAssessment, type ExpansionSignal, type Tier } from '../contract';
import { choosePlay, type PlayInput } from './index';

const RENEWAL_7 = ['engagement', 'support', 'adoption', 'sentiment', 'billing', 'stakeholders', 'usage_trend'];
const ENGINE_5 = ['product_usage', 'engagement', 'relationship', 'outcomes', 'financial'];
const LABELS: Record<string, string> = {
  engagement: 'Engagement Frequency', support: 'Support Ticket Volume and Sentiment', adoption: 'Feature Adoption',
  sentiment: 'NPS/CSAT Scores', billing: 'Billing History', stakeholders: 'Stakeholder Continuity', usage_trend: 'Usage Trends',
  product_usage: 'Product Usage', relationship: 'Relationship', outcomes: 'Outcomes', financial: 'Financial',
};

const dim = (key: string, score: number | null, evidence: string[] = []): DimensionAssessment => ({
  key, label: LABELS[key] ?? key, weight: 10, score, weighted: 0, trend: null, dataGap: score === null, evidence,
});
const dims = (keys: string[], base: number, over: Record<string, number | null> = {}, evidence: Record<string, string[]> = {}): DimensionAssessment[] =>
  keys.map((k) => dim(k, k in over ? (over[k] as number | null) : base, evidence[k]));

const SUNDAY = '2026-11-22'; // the builders' default asOf
const asOfMs = (iso = SUNDAY): number => Date.parse(iso);
const SCORE: Record<Tier, number> = { thriving: 85, healthy: 70, at_risk: 50, critical: 30 };

function input(over: Partial<PlayInput> & { tier: Tier }): PlayInput {
  const snapshot = over.snapshot ?? anAccount().withChampion().build();
  return {
    snapshot,
    asOfMs: asOfMs(snapshot.asOf),
    score: SCORE[over.tier],
    dimensions: dims(RENEWAL_7, SCORE[over.tier]),
    churn: [],
    expansion: [],
    renewal: {},
    urgencyWindowDays: 90,
    arrAtRiskEscalation: 50_000,
    ...over,
  };
}

const championLeftAndUsageFell: ChurnSignal = {
  key: 'champion_departure_usage_decline', severity: 'high', label: 'Champion departure + usage decline',
  evidence: ['champion Jane Roe (VP Operations) departed 21 days ago (2026-11-01)', 'active users 30, down 45% from 55 thirty days ago'],
};

describe('choosePlay — the issue\'s acceptance case', () => {
  // Champion left three weeks ago, active users fell 45% in 30 days, renewing in 45 days.
  const snapshot = anAccount('acct-7', 'Globex Ltd').arr(120_000).renewingInDays(45)
    .withChampionDeparted(21).withExecutiveSponsor('Sam Lee', 'CFO').withActiveUsers(30, 55).build();
  const play = choosePlay(input({
    snapshot, tier: 'at_risk',
    dimensions: dims(RENEWAL_7, 55, { stakeholders: 30, usage_trend: 35 }),
    churn: [championLeftAndUsageFell],
    renewal: { date: snapshot.renewalDate, daysUntil: 45, arr: 120_000, arrAtRisk: 54_000 },
  }));

  it('is executive sponsor alignment, critical, owned by the CS Leader, due in 5 business days', () => {
    expect(play).toMatchObject({
      key: 'executive_sponsor_alignment', name: 'Executive Sponsor Alignment', priority: 'critical', owner: 'CS Leader',
      dueDate: '2026-11-27', successMetric: 'Meeting scheduled and held; competitive evaluation paused or cancelled',
    });
  });

  it('names the account, the sponsor, both facts, the renewal date and ARR in one sentence', () => {
    expect(play?.action).toBe(
      'Have CS leadership and our executive sponsor meet Sam Lee (CFO) at Globex Ltd by 2026-11-27 for a partnership review, not a save attempt, '
      + 'bringing a value summary, a roadmap preview and a specific offer (extended support, a custom feature or a pricing restructure); '
      + 'evidence: champion Jane Roe (VP Operations) departed 21 days ago (2026-11-01) and active users 30, down 45% from 55 thirty days ago; '
      + 'renewal 2027-01-06 (in 45 days), $120,000 ARR.',
    );
  });

  it('explains the root cause and the priority, and prices the delay', () => {
    expect(play?.reason).toContain('Champion departure + usage decline (high-severity signal)');
    expect(play?.reason).toContain('Dragging the score: Stakeholder Continuity 30/100 (relationship), Usage Trends 35/100 (usage)');
    expect(play?.reason).toContain('Priority raised by renewal in 45 days (within 90); high-severity churn signal champion_departure_usage_decline; $54,000 ARR at risk (≥ $50,000)');
    expect(play?.riskIfDelayed).toContain('$120,000 ARR renewing 2027-01-06 at risk ($54,000 expected loss)');
  });

  it('is a valid Play of the contract', () => {
    expect(() => Play.parse(play)).not.toThrow();
  });
});

describe('choosePlay — priority', () => {
  it('raises an at_risk account renewing in 45 days from high to critical', () => {
    const near = choosePlay(input({ tier: 'at_risk', renewal: { daysUntil: 45 } }));
    const far = choosePlay(input({ tier: 'at_risk', renewal: { daysUntil: 200 } }));
    expect(near?.key).toBe('custom_success_plan');
    expect([near?.priority, far?.priority]).toEqual(['critical', 'high']);
  });

  it('works out days until renewal from the date when the count is not given', () => {
    const snapshot = anAccount().withChampion().renewingInDays(30).build();
    expect(choosePlay(input({ snapshot, tier: 'at_risk' }))?.priority).toBe('critical');
  });

  it('words the factors as urgency when the tier already starts at critical', () => {
    const play = choosePlay(input({ tier: 'critical', dimensions: dims(RENEWAL_7, 40, { support: 10 }), renewal: { daysUntil: 20 } }));
    expect(play?.priority).toBe('critical');
    expect(play?.reason).toContain('Urgency renewal in 20 days (within 90)');
  });

  it('quotes the score when the tier is the trigger (custom success plan)', () => {
    const play = choosePlay(input({ tier: 'at_risk', score: 52, dimensions: dims(RENEWAL_7, 55, { adoption: 40, sentiment: 45 }) }));
    expect(play?.key).toBe('custom_success_plan');
    expect(play?.reason).toMatch(/^Health score 52 \(40-59\) with no clear single root cause \(2 dimensions below 50 across adoption, satisfaction\)/);
  });

  it('gives a thriving account low priority, raised by a near renewal', () => {
    expect(choosePlay(input({ tier: 'thriving' }))?.priority).toBe('low');
    expect(choosePlay(input({ tier: 'thriving', renewal: { daysUntil: 60 } }))?.priority).toBe('medium');
  });
});

describe('choosePlay — due dates in business days', () => {
  it.each([
    ['competitive_defense', 2, '2026-11-24', { churn: [{ key: 'executive_turnover_competitor', severity: 'high' as const, evidence: ['new CTO'] }] }],
    ['emergency_technical_review', 3, '2026-11-25', { tier: 'critical' as Tier, dimensions: dims(RENEWAL_7, 40, { support: 10 }) }],
    ['support_recovery', 5, '2026-11-27', { dimensions: dims(RENEWAL_7, 55, { support: 20 }) }],
    ['custom_success_plan', 7, '2026-12-01', {}],
    ['stakeholder_reengagement', 10, '2026-12-04', { churn: [{ key: 'single_threaded', severity: 'medium' as const, evidence: ['only Jane Roe engages'] }] }],
    ['financial_restructure', 15, '2026-12-11', { churn: [{ key: 'budget_review_downgrade', severity: 'high' as const, evidence: ['budget review'] }] }],
  ])('%s: %i business days from Sunday 2026-11-22 → %s', (key, _days, due, over) => {
    const play = choosePlay(input({ tier: 'at_risk', ...over }));
    expect(play?.key).toBe(key);
    expect(play?.dueDate).toBe(due);
  });

  it('skips the weekend from a Friday', () => {
    const snapshot = anAccount().asOf('2026-11-20').withChampion().build();
    const play = choosePlay(input({ snapshot, tier: 'critical', dimensions: dims(RENEWAL_7, 40, { support: 10 }) }));
    expect(play?.dueDate).toBe('2026-11-25'); // Mon 23, Tue 24, Wed 25
  });

  it('never falls after a renewal that is still ahead', () => {
    const snapshot = anAccount().withChampion().renewingInDays(4).build(); // 2026-11-26, a Thursday
    const play = choosePlay(input({ snapshot, tier: 'healthy', dimensions: dims(RENEWAL_7, 70, { sentiment: 40 }) }));
    expect(play?.key).toBe('proactive_health_check');
    expect(play?.dueDate).toBe('2026-11-26');
  });

  it('gives the custom success plan its first check-in 14 business days out', () => {
    expect(choosePlay(input({ tier: 'at_risk' }))?.action).toContain('biweekly check-ins, the first by 2026-12-10');
  });
});

describe('choosePlay — the action sentence', () => {
  const snapshot = anAccount('a-9', 'Initech').owner('Dana Cole').arr(80_000).renewingInDays(120)
    .withChampion('Priya Nair', 'Head of Ops').withStakeholder({ role: 'decision_maker', name: 'Tom Berg', title: 'COO' })
    .withFeatures(6, 20).build();

  it('names the account, the champion, the CSM, the product numbers, the due date and the renewal', () => {
    const play = choosePlay(input({
      snapshot, tier: 'healthy',
      dimensions: dims(RENEWAL_7, 72, { adoption: 35 }, { adoption: ['6 of 20 purchased features in use (30%)'] }),
      renewal: { date: snapshot.renewalDate, daysUntil: 120, arr: 80_000 },
    }));
    expect(play?.key).toBe('feature_adoption_sprint');
    expect(play?.action).toBe(
      'Dana Cole: start a 30-day adoption sprint with Priya Nair (Head of Ops) at Initech by 2026-12-04 on the three highest-value features they do not use yet '
      + '(6 of 20 features in use), with weekly micro-trainings and progress tracking; evidence: 6 of 20 purchased features in use (30%); '
      + 'renewal 2027-03-22 (in 120 days), $80,000 ARR.',
    );
  });

  it('is one sentence: a single full stop, at the end', () => {
    const play = choosePlay(input({ snapshot, tier: 'at_risk', churn: [championLeftAndUsageFell] }));
    expect(play?.action.match(/\.(\s|$)/g)).toEqual(['.']);
    expect(play?.action.endsWith('.')).toBe(true);
  });

  it('addresses the decision-maker for executive plays and the champion alongside', () => {
    const play = choosePlay(input({ snapshot, tier: 'critical', dimensions: dims(RENEWAL_7, 40, { stakeholders: 10 }) }));
    expect(play?.action).toMatch(/^Have CS leadership and our executive sponsor meet Tom Berg \(COO\) and Priya Nair \(Head of Ops\) at Initech by 2026-11-27/);
  });

  it('does not show a numeric CRM owner id as a name', () => {
    const s = anAccount().owner('40512').withChampion().build();
    const play = choosePlay(input({ snapshot: s, tier: 'at_risk' }));
    expect(play?.action).toMatch(/^Draft a 90-day mutual success plan with Jane Roe \(VP Operations\) at Acme Corp/);
  });

  it('says "the primary contact" rather than inventing a name, and omits an unknown renewal', () => {
    const s = anAccount('x', 'Hooli').build();
    const play = choosePlay(input({ snapshot: s, tier: 'at_risk', dimensions: dims(RENEWAL_7, 55, { support: 20 }, { support: ['2 escalated urgent tickets in 90 days'] }) }));
    expect(play?.action).toBe(
      'Audit every ticket and escalation of Hooli, assign a dedicated escalation manager and send the primary contact a resolution plan with ETAs by 2026-11-27, '
      + 'holding daily stand-ups until the critical issues are resolved; evidence: 2 escalated urgent tickets in 90 days.',
    );
    expect(play?.riskIfDelayed).toBe('Frustration with support turns into a reason to evaluate alternatives.');
  });

  it('counts open tickets for support plays', () => {
    const s = anAccount().withChampion().withTicket({ priority: 'urgent' }).withTicket({ priority: 'high' }).withTicket({ closedDaysAgo: 2 }).build();
    const play = choosePlay(input({ snapshot: s, tier: 'at_risk', dimensions: dims(RENEWAL_7, 55, { support: 20 }) }));
    expect(play?.action).toMatch(/^Audit all 2 open tickets and escalation of Acme Corp/);
  });
});

describe('choosePlay — growth and no play', () => {
  const thriving = anAccount('t-1', 'Umbrella').thriving().build(); // champion Jane Roe, renews in 200 days, $120,000 ARR

  it('asks a thriving account for advocacy', () => {
    const play = choosePlay(input({ snapshot: thriving, tier: 'thriving', dimensions: dims(RENEWAL_7, 88, { sentiment: 95 }, { sentiment: ['NPS 10 on 2026-10-23'] }) }));
    expect(play).toMatchObject({ key: 'advocacy_program', priority: 'low', owner: 'CSM', dueDate: '2026-12-11' });
    expect(play?.action).toBe(
      'Ask Jane Roe (VP Operations) at Umbrella by 2026-12-11 for a case study, a referral or a G2/Capterra review, and invite them to the customer advisory board; '
      + 'evidence: NPS/CSAT Scores 95/100: NPS 10 on 2026-10-23; renewal 2027-06-10 (in 200 days), $120,000 ARR.',
    );
    expect(play?.riskIfDelayed).toBe('A promoter\'s goodwill goes unused before the 2027-06-10 renewal of $120,000 ARR.');
  });

  it('opens expansion discovery on a strong signal, quoting it', () => {
    const signal: ExpansionSignal = { key: 'usage_exceeds_entitlement', strength: 'strong', label: 'Usage exceeding entitlements', evidence: ['entitlement 112% used'] };
    const play = choosePlay(input({ snapshot: thriving, tier: 'thriving', expansion: [signal] }));
    expect(play?.key).toBe('expansion_discovery');
    expect(play?.action).toContain('Schedule a discovery call with Jane Roe (VP Operations) at Umbrella by 2026-12-11');
    expect(play?.action).toContain('evidence: entitlement 112% used');
    expect(play?.reason).toMatch(/^Usage exceeding entitlements \(strong expansion signal\)/);
  });

  it('gives a healthy account with nothing dragging and no signals the routine success review, at low urgency', () => {
    const play = choosePlay(input({ tier: 'healthy', dimensions: dims(RENEWAL_7, 68, { support: null }) }));
    expect(play).toMatchObject({ key: 'success_optimization_review', owner: 'CSM' });
    expect(play!.action).toContain('success-plan review');
  });
});

describe('choosePlay — engine-5 keys', () => {
  it('runs a value workshop for a critical account whose outcomes drag', () => {
    const play = choosePlay(input({ tier: 'critical', dimensions: dims(ENGINE_5, 45, { outcomes: 15 }, { outcomes: ['0 of 4 goals achieved'] }) }));
    expect(play).toMatchObject({ key: 'value_realization_workshop', priority: 'critical', owner: 'CSM', dueDate: '2026-12-04' });
    expect(play?.action).toContain('evidence: 0 of 4 goals achieved');
    expect(play?.reason).toContain('Dragging the score: Outcomes 15/100 (value), Product Usage 45/100 (usage)');
  });

  it('checks in on a healthy account with one weak engine-5 dimension', () => {
    const play = choosePlay(input({ tier: 'healthy', dimensions: dims(ENGINE_5, 72, { relationship: 44 }) }));
    expect(play?.key).toBe('proactive_health_check');
    expect(play?.action).toContain('on Relationship at 44/100');
  });
});

describe('choosePlay — properties', () => {
  const CHURN_KEYS = ['champion_departure_usage_decline', 'support_escalation_negative_sentiment', 'budget_review_downgrade',
    'executive_turnover_competitor', 'usage_collapse_non_response', 'flat_renewal_discount_dependency', 'single_threaded',
    'feature_stagnation', 'qbr_decline', 'survey_non_response', 'competitor_evaluation'];
  const GROWTH_KEYS = ['usage_exceeds_entitlement', 'new_department_adoption', 'api_usage_growth', 'nps_improving'];
  const score = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
  const arb = fc.record({
    tier: fc.constantFrom<Tier>('thriving', 'healthy', 'at_risk', 'critical'),
    model: fc.constantFrom(RENEWAL_7, ENGINE_5),
    scores: fc.array(score, { minLength: 7, maxLength: 7 }),
    churn: fc.subarray(CHURN_KEYS),
    growth: fc.subarray(GROWTH_KEYS),
    daysUntil: fc.option(fc.integer({ min: -30, max: 400 }), { nil: undefined }),
    arrAtRisk: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
  });

  it('always yields a valid, specific play for at-risk and critical accounts, and a valid one or none otherwise', () => {
    fc.assert(fc.property(arb, (c) => {
      const snapshot = anAccount().withChampion().arr(100_000).renewingInDays(c.daysUntil ?? 300).build();
      const play = choosePlay(input({
        snapshot, tier: c.tier,
        dimensions: c.model.map((k, i) => dim(k, c.scores[i] ?? null, [`${k} fact`])),
        churn: c.churn.map((key) => ({ key, severity: CHURN_KEYS.indexOf(key) < 5 ? 'high' : 'medium', evidence: [`${key} fact`] })),
        expansion: c.growth.map((key, i) => ({ key, strength: i % 2 === 0 ? 'strong' : 'moderate', evidence: [`${key} fact`] })),
        renewal: { date: snapshot.renewalDate, ...(c.daysUntil !== undefined && { daysUntil: c.daysUntil }), ...(c.arrAtRisk !== undefined && { arrAtRisk: c.arrAtRisk }) },
      }));
      if (c.tier === 'at_risk' || c.tier === 'critical' || c.tier === 'thriving') expect(play).not.toBeNull();
      if (!play) return;
      expect(Play.safeParse(play).success).toBe(true);
      expect(play.action).toContain('Acme Corp');
      expect(play.action.endsWith('.')).toBe(true);
      expect(play.dueDate > SUNDAY).toBe(true);
      if (c.tier === 'critical') expect(play.priority).toBe('critical');
    }), { numRuns: 500 });
  });
});
