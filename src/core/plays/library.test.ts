import { PLAY_KEYS, PLAY_LIBRARY } from './library';

describe('play library', () => {
  it('holds the twelve save plays of seed 002 plus advocacy and the healthy-account review, under the keys of DESIGN.md', () => {
    expect([...PLAY_KEYS].sort()).toEqual([
      'advocacy_program', 'competitive_defense', 'custom_success_plan', 'emergency_technical_review', 'executive_sponsor_alignment',
      'expansion_discovery', 'feature_adoption_sprint', 'financial_restructure', 'pricing_packaging_review', 'proactive_health_check',
      'stakeholder_reengagement', 'success_optimization_review', 'support_recovery', 'value_realization_workshop',
    ]);
  });

  it.each([
    ['executive_sponsor_alignment', 5, 'CS Leader'],
    ['emergency_technical_review', 3, 'Support Engineering'],
    ['value_realization_workshop', 10, 'CSM'],
    ['stakeholder_reengagement', 10, 'CSM'],
    ['custom_success_plan', 7, 'CSM'],
    ['pricing_packaging_review', 10, 'CSM'],
    ['competitive_defense', 2, 'CS Leader'],
    ['proactive_health_check', 15, 'CSM'],
    ['feature_adoption_sprint', 10, 'CSM'],
    ['expansion_discovery', 15, 'CSM'],
    ['support_recovery', 5, 'Support Engineering'],
    ['financial_restructure', 15, 'CS Leader'],
    ['advocacy_program', 15, 'CSM'],
  ] as const)('%s: %i business days, owned by %s', (key, days, owner) => {
    expect(PLAY_LIBRARY[key]).toMatchObject({ key, timelineBusinessDays: days, owner });
  });

  it('keeps the seed\'s success metrics', () => {
    expect(PLAY_LIBRARY.stakeholder_reengagement.successMetric).toBe('2+ new stakeholders engaged within 30 days');
    expect(PLAY_LIBRARY.support_recovery.successMetric).toBe('All critical issues resolved or have committed plan; support CSAT returns to 4.0+');
    expect(PLAY_LIBRARY.competitive_defense.timeline).toBe('Immediate, within 48 hours of detection');
  });
});
