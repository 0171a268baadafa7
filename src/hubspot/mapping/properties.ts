/** Which properties a mapping reads, per object type, and which of them need property history. */
import type { Mapping } from './schema';

export interface PropertyPlan {
  properties: string[];
  /** Asked as propertiesWithHistory: HubSpot caps such batch reads at 50 records, so keep this short. */
  withHistory: string[];
}

const compact = (xs: (string | null | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => typeof x === 'string' && x !== ''))];

/** Usage fields whose 30/60/90-days-ago value comes from history. */
export const HISTORY_USAGE_FIELDS = ['activeUsers', 'logins', 'coreActions', 'apiCalls'] as const;

export function propertiesToRead(m: Mapping, appProperties: string[] = []): Record<'companies' | 'contacts' | 'deals' | 'tickets' | 'feedback_submissions' | 'meetings' | 'emails' | 'notes', PropertyPlan> {
  const usage = Object.values(m.usage).map((f) => f?.property);
  const withHistory = compact([...HISTORY_USAGE_FIELDS.map((k) => m.usage[k]?.property), m.scoreHistory?.property]);
  const c = m.company;
  const s = m.stakeholders;
  return {
    companies: {
      properties: compact([
        m.customers.property, c.name, c.owner, c.customerSince, c.arrProperty, c.lastContacted, c.segment.property,
        c.seasonal, c.multiProduct, c.communityActive, ...usage,
        m.billing.paymentStatus?.property, m.billing.daysPastDue, m.billing.discountPct, m.billing.autoRenew, m.billing.multiYear,
        m.outcomes.goalsDefined, m.outcomes.goalsAchieved, m.outcomes.roiDocumented,
        m.override?.score, m.override?.reason, m.override?.expires, m.override?.by,
        ...withHistory, ...appProperties,
      ]),
      withHistory,
    },
    contacts: {
      properties: compact([s.firstName, s.lastName, s.email, s.title, s.leftCompany, s.leftCompanyAt, s.lastActivity, 'createdate']),
      withHistory: compact([s.title]),
    },
    deals: {
      properties: compact([m.deals.amount, m.deals.closeDate, m.deals.pipeline, m.deals.stage, m.deals.dealType, 'hs_is_closed', 'hs_is_closed_won']),
      withHistory: [],
    },
    tickets: {
      properties: compact([m.tickets.pipeline, m.tickets.stage, m.tickets.closedDate, m.tickets.priority.property, m.tickets.escalated,
        m.tickets.sentiment?.property, ...m.tickets.text, 'createdate']),
      withHistory: [],
    },
    feedback_submissions: { properties: compact([m.surveys.type, m.surveys.value, m.surveys.comment, m.surveys.date]), withHistory: [] },
    meetings: { properties: compact([m.meetings.title, m.meetings.date, m.meetings.outcome]), withHistory: [] },
    emails: { properties: compact([m.emails.direction, m.emails.date, ...m.emails.text]), withHistory: [] },
    notes: { properties: compact([m.notes?.body, m.notes?.date]), withHistory: [] },
  };
}
