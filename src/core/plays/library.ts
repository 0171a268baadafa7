/**
 * The save-plays library of seed 002 ("Save Plays Library") plus the advocacy
 * play seed 000 prescribes for thriving accounts (迅速发展: case study /
 * referral / G2 review / advisory board) and its routine for healthy accounts
 * with nothing to fix (健康: share best practices, review the success plan's
 * goals, an optimisation workshop, reach more stakeholders), so every scored
 * customer carries a play. The plays are data: the trigger text
 * is the seed's own, the timeline is counted in business days from the date
 * scored, and the success metric is the seed's.
 *
 * | key                          | owner               | timeline (bd)           | seed section          |
 * |------------------------------|---------------------|-------------------------|-----------------------|
 * | executive_sponsor_alignment  | CS Leader           | 5                       | Critical (churn)      |
 * | emergency_technical_review   | Support Engineering | 3                       | Critical (churn)      |
 * | value_realization_workshop   | CSM                 | 10                      | Critical (churn)      |
 * | stakeholder_reengagement     | CSM                 | 10                      | High (at risk)        |
 * | custom_success_plan          | CSM                 | 7 (first check-in 14)   | High (at risk)        |
 * | pricing_packaging_review     | CSM                 | 10                      | High (at risk)        |
 * | competitive_defense          | CS Leader           | 2 ("within 48 hours")   | High (at risk)        |
 * | proactive_health_check       | CSM                 | 15                      | Medium (monitor)      |
 * | feature_adoption_sprint      | CSM                 | 10                      | Medium (monitor)      |
 * | expansion_discovery          | CSM                 | 15                      | Medium (monitor)      |
 * | support_recovery             | Support Engineering | 5 ("this week")         | Medium (monitor)      |
 * | financial_restructure        | CS Leader           | 15                      | Medium (monitor)      |
 * | advocacy_program             | CSM                 | 15                      | seed 000, thriving    |
 * | success_optimization_review  | CSM                 | 20                      | seed 000, healthy     |
 *
 * The seed's section headings are only where a play usually sits; the priority
 * of a chosen play is computed for the account (priority.ts).
 */

export type OwnerRole = 'CSM' | 'CS Leader' | 'Executive Sponsor' | 'Support Engineering';

export type PlayKey =
  | 'executive_sponsor_alignment'
  | 'emergency_technical_review'
  | 'value_realization_workshop'
  | 'stakeholder_reengagement'
  | 'custom_success_plan'
  | 'pricing_packaging_review'
  | 'competitive_defense'
  | 'proactive_health_check'
  | 'feature_adoption_sprint'
  | 'expansion_discovery'
  | 'support_recovery'
  | 'financial_restructure'
  | 'advocacy_program'
  | 'success_optimization_review';

export interface PlayDefinition {
  readonly key: PlayKey;
  readonly name: string;
  /** The seed's trigger, verbatim. */
  readonly trigger: string;
  readonly owner: OwnerRole;
  /** Business days (Mon-Fri) from the date scored to the due date. */
  readonly timelineBusinessDays: number;
  /** The seed's own words for the timeline. */
  readonly timeline: string;
  readonly successMetric: string;
  /** What slips when the play is late (the money part is added per account). */
  readonly riskIfDelayed: string;
}

const PLAYS: ReadonlyArray<PlayDefinition> = [
  {
    key: 'executive_sponsor_alignment',
    name: 'Executive Sponsor Alignment',
    trigger: 'Champion departed, executive sponsor disengaged, or competitive evaluation in progress',
    owner: 'CS Leader',
    timelineBusinessDays: 5,
    timeline: 'Within 5 business days',
    successMetric: 'Meeting scheduled and held; competitive evaluation paused or cancelled',
    riskIfDelayed: 'the account is left without an executive relationship while decisions about the renewal are made',
  },
  {
    key: 'emergency_technical_review',
    name: 'Emergency Technical Review',
    trigger: 'Critical support issues unresolved, platform stability concerns, or data integrity questions',
    owner: 'Support Engineering',
    timelineBusinessDays: 3,
    timeline: 'Within 3 business days',
    successMetric: 'All critical issues have a resolution plan with committed dates; client confirms confidence is restored',
    riskIfDelayed: 'unresolved critical issues confirm the client\'s loss of confidence',
  },
  {
    key: 'value_realization_workshop',
    name: 'Value Realization Workshop',
    trigger: 'Low feature adoption, client does not see ROI, or "what are we paying for" sentiment detected',
    owner: 'CSM',
    timelineBusinessDays: 10,
    timeline: 'Within 10 business days',
    successMetric: 'Client activates at least 2 new features within 30 days; ROI narrative is documented',
    riskIfDelayed: 'the client reaches the renewal without seeing a return on what it pays',
  },
  {
    key: 'stakeholder_reengagement',
    name: 'Stakeholder Re-engagement Campaign',
    trigger: 'Single-threaded relationship, new stakeholders not onboarded, or QBR attendance declining',
    owner: 'CSM',
    timelineBusinessDays: 10,
    timeline: 'Within 10 business days',
    successMetric: '2+ new stakeholders engaged within 30 days',
    riskIfDelayed: 'one departure or reorganisation leaves the relationship with no continuity',
  },
  {
    key: 'custom_success_plan',
    name: 'Custom Success Plan',
    trigger: 'Health score between 40-59 with no clear single root cause',
    owner: 'CSM',
    timelineBusinessDays: 7,
    timeline: 'Plan drafted within 7 business days, first check-in within 14',
    successMetric: 'Client agrees to the plan and attends the first two check-ins',
    riskIfDelayed: 'several small problems compound with nobody tracking them',
  },
  {
    key: 'pricing_packaging_review',
    name: 'Pricing and Packaging Review',
    trigger: 'Discount dependency, downgrade request, or "too expensive" objection',
    owner: 'CSM',
    timelineBusinessDays: 10,
    timeline: 'Within 10 business days',
    successMetric: 'Client agrees to renewal terms without requiring escalation',
    riskIfDelayed: 'the renewal is negotiated on price alone, or downgraded',
  },
  {
    key: 'competitive_defense',
    name: 'Competitive Defense',
    trigger: 'Competitor evaluation detected, competitor mentioned in meetings, RFP activity',
    owner: 'CS Leader',
    timelineBusinessDays: 2,
    timeline: 'Immediate, within 48 hours of detection',
    successMetric: 'Client agrees to pause evaluation; specific objections are addressed in writing',
    riskIfDelayed: 'the competitor\'s evaluation advances without our answer',
  },
  {
    key: 'proactive_health_check',
    name: 'Proactive Health Check',
    trigger: 'Health score 60-79 with one or two dimensions below 50',
    owner: 'CSM',
    timelineBusinessDays: 15,
    timeline: 'Within 15 business days',
    successMetric: 'Weak dimension score improves by 10+ points within 60 days',
    riskIfDelayed: 'the weak dimensions keep sliding with nobody addressing them',
  },
  {
    key: 'feature_adoption_sprint',
    name: 'Feature Adoption Sprint',
    trigger: 'Low feature adoption despite adequate engagement and satisfaction',
    owner: 'CSM',
    timelineBusinessDays: 10,
    timeline: 'Sprint starts within 10 business days',
    successMetric: 'Client activates all three features within 30 days',
    riskIfDelayed: 'the client gets less value as the product moves past its static use case',
  },
  {
    key: 'expansion_discovery',
    name: 'Expansion Discovery',
    trigger: 'Expansion signals detected (usage growth, new department adoption, feature requests for higher tier)',
    owner: 'CSM',
    timelineBusinessDays: 15,
    timeline: 'Within 15 business days',
    successMetric: 'Expansion proposal delivered; pipeline created in CRM',
    riskIfDelayed: 'the expansion moment passes or the need is met by another tool',
  },
  {
    key: 'support_recovery',
    name: 'Support Recovery',
    trigger: 'Escalation pattern, critical unresolved issues, negative support sentiment',
    owner: 'Support Engineering',
    timelineBusinessDays: 5,
    timeline: 'This week',
    successMetric: 'All critical issues resolved or have committed plan; support CSAT returns to 4.0+',
    riskIfDelayed: 'frustration with support turns into a reason to evaluate alternatives',
  },
  {
    key: 'financial_restructure',
    name: 'Financial Restructure',
    trigger: 'Budget cuts, pricing disputes, payment delinquency',
    owner: 'CS Leader',
    timelineBusinessDays: 15,
    timeline: 'Within 15 business days',
    successMetric: 'Agreement on restructured terms; payment plan in place',
    riskIfDelayed: 'budget pressure ends in cancellation or collections',
  },
  {
    key: 'advocacy_program',
    name: 'Advocacy Program',
    trigger: 'Thriving account (health 80-100): ask for a case study, referral or G2/Capterra review and invite to the advisory board (seed 000)',
    owner: 'CSM',
    timelineBusinessDays: 15,
    timeline: 'Within 15 business days',
    successMetric: 'Client commits to a case study, referral, G2/Capterra review or advisory board seat',
    riskIfDelayed: 'a promoter\'s goodwill goes unused',
  },
  {
    key: 'success_optimization_review',
    name: 'Success Optimization Review',
    trigger: 'Healthy account (health 60-79) with nothing dragging and no signals: share best practices, review success-plan goals, run an optimization workshop and reach more stakeholders (seed 000)',
    owner: 'CSM',
    timelineBusinessDays: 20,
    timeline: 'Within 20 business days',
    successMetric: 'Success-plan goals reviewed and updated; one more stakeholder or unused feature engaged within 60 days',
    riskIfDelayed: 'a steady account drifts without anyone noticing the first slip',
  },
];

export const PLAY_LIBRARY: Readonly<Record<PlayKey, PlayDefinition>> = Object.fromEntries(
  PLAYS.map((p) => [p.key, p]),
) as Record<PlayKey, PlayDefinition>;

export const PLAY_KEYS: ReadonlyArray<PlayKey> = PLAYS.map((p) => p.key);

/** Business days from the date scored to the first check-in of the custom success plan. */
export const SUCCESS_PLAN_FIRST_CHECKIN_BUSINESS_DAYS = 14;
