import type { ChurnSignal, Tier } from '../contract';
import { priorityOf, type PriorityInput } from './priority';

const signal = (severity: 'high' | 'medium', key = `${severity}_signal`): ChurnSignal => ({ key, severity, evidence: [] });

const input = (over: Partial<PriorityInput> = {}): PriorityInput => ({
  tier: 'healthy', daysUntilRenewal: undefined, arrAtRisk: undefined, churn: [],
  urgencyWindowDays: 90, arrAtRiskEscalation: 50_000, ...over,
});

describe('priorityOf', () => {
  it.each<[Tier, string]>([['critical', 'critical'], ['at_risk', 'high'], ['healthy', 'medium'], ['thriving', 'low']])(
    'starts from the tier: %s → %s', (tier, expected) => {
      expect(priorityOf(input({ tier, daysUntilRenewal: 200 }))).toEqual({ priority: expected, raisedBy: [] });
    },
  );

  it('raises an at_risk account renewing in 45 days to critical (seed 002 rule 7)', () => {
    const r = priorityOf(input({ tier: 'at_risk', daysUntilRenewal: 45 }));
    expect(r.priority).toBe('critical');
    expect(r.raisedBy).toEqual(['renewal in 45 days (within 90)']);
  });

  it('counts the window inclusively and uses the segment window it is given', () => {
    expect(priorityOf(input({ daysUntilRenewal: 90 })).priority).toBe('high');
    expect(priorityOf(input({ daysUntilRenewal: 91 })).priority).toBe('medium');
    expect(priorityOf(input({ daysUntilRenewal: 100, urgencyWindowDays: 120 })).priority).toBe('high');
  });

  it('raises for an overdue renewal', () => {
    const r = priorityOf(input({ tier: 'thriving', daysUntilRenewal: -3 }));
    expect(r.priority).toBe('medium');
    expect(r.raisedBy).toEqual(['renewal overdue by 3 days']);
  });

  it('raises for a high-severity churn signal, not a medium one', () => {
    expect(priorityOf(input({ churn: [signal('medium')] })).priority).toBe('medium');
    const r = priorityOf(input({ churn: [signal('medium'), signal('high', 'budget_review_downgrade')] }));
    expect(r.priority).toBe('high');
    expect(r.raisedBy).toEqual(['high-severity churn signal budget_review_downgrade']);
  });

  it('raises when ARR at risk reaches the escalation threshold', () => {
    expect(priorityOf(input({ arrAtRisk: 49_999 })).priority).toBe('medium');
    const r = priorityOf(input({ arrAtRisk: 50_000 }));
    expect(r.priority).toBe('high');
    expect(r.raisedBy).toEqual(['$50,000 ARR at risk (≥ $50,000)']);
  });

  it('stacks the raises and caps at critical', () => {
    expect(priorityOf(input({ tier: 'thriving', daysUntilRenewal: 30, churn: [signal('high')] })).priority).toBe('high');
    expect(priorityOf(input({ tier: 'healthy', daysUntilRenewal: 30, churn: [signal('high')], arrAtRisk: 80_000 })).priority).toBe('critical');
    expect(priorityOf(input({ tier: 'critical', daysUntilRenewal: 30 })).priority).toBe('critical');
  });
});
