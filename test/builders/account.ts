/**
 * Fluent builders for AccountSnapshots. Dates are given relative to `asOf`
 * ("3 weeks ago", "renewing in 45 days") so a test reads like the situation it
 * describes: `anAccount().withChampionDeparted(21).withActiveUsers(30, 55).renewingInDays(45).build()`.
 */
import type { AccountSnapshot, Stakeholder, Ticket } from '../../src/core/contract';

export const DEFAULT_AS_OF = '2026-11-22';
const DAY = 86_400_000;

/** The ISO date `days` before `asOf` (negative = after). */
export function daysBefore(asOf: string, days: number): string {
  return new Date(Date.parse(asOf) - days * DAY).toISOString().slice(0, 10);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class AccountBuilder {
  private s: Mutable<AccountSnapshot>;
  private ticketSeq = 0;

  constructor(id = 'acct-1', name = 'Acme Corp') {
    this.s = { id, name, asOf: DEFAULT_AS_OF };
  }

  private ago(days: number): string {
    return daysBefore(this.s.asOf, days);
  }

  asOf(date: string): this { this.s.asOf = date; return this; }
  named(name: string): this { this.s.name = name; return this; }
  segment(segment: NonNullable<AccountSnapshot['segment']>): this { this.s.segment = segment; return this; }
  arr(arr: number): this { this.s.arr = arr; return this; }
  owner(owner: string): this { this.s.owner = owner; return this; }
  renewingInDays(days: number): this { this.s.renewalDate = this.ago(-days); return this; }
  customerForDays(days: number): this { this.s.customerSince = this.ago(days); return this; }
  seasonal(value = true): this { this.s.seasonal = value; return this; }

  withUsage(usage: NonNullable<AccountSnapshot['usage']>): this {
    this.s.usage = { ...this.s.usage, ...usage };
    return this;
  }
  withActiveUsers(now: number, d30?: number, d60?: number, d90?: number): this {
    return this.withUsage({ activeUsers: { now, ...(d30 !== undefined && { d30 }), ...(d60 !== undefined && { d60 }), ...(d90 !== undefined && { d90 }) } });
  }
  withLogins(last30: number, prev30: number): this { return this.withUsage({ logins: { last30, prev30 } }); }
  withFeatures(used: number, available: number, adoptedLast180d?: number): this {
    return this.withUsage({ featuresUsed: used, featuresAvailable: available, ...(adoptedLast180d !== undefined && { featuresAdoptedLast180d: adoptedLast180d }) });
  }

  withTicket(t: Partial<Omit<Ticket, 'createdAt' | 'closedAt'>> & { daysAgo?: number; closedDaysAgo?: number } = {}): this {
    const { daysAgo = 10, closedDaysAgo, ...rest } = t;
    const ticket: Ticket = {
      id: rest.id ?? `t-${++this.ticketSeq}`,
      createdAt: this.ago(daysAgo),
      ...(closedDaysAgo !== undefined && { closedAt: this.ago(closedDaysAgo) }),
      ...rest,
    };
    this.s.support = { ...this.s.support, tickets: [...(this.s.support?.tickets ?? []), ticket] };
    return this;
  }
  withNoTickets(cohortAvgTickets90d?: number): this {
    this.s.support = { tickets: [], ...(cohortAvgTickets90d !== undefined && { cohortAvgTickets90d }) };
    return this;
  }
  withCohortTicketAverage(avg: number): this {
    this.s.support = { tickets: this.s.support?.tickets ?? [], cohortAvgTickets90d: avg };
    return this;
  }

  withSurvey(type: 'nps' | 'csat', score: number, daysAgo = 30, comment?: string): this {
    this.s.surveys = [...(this.s.surveys ?? []), { type, score, date: this.ago(daysAgo), ...(comment !== undefined && { comment }) }];
    return this;
  }
  withSurveyInvite(type: 'nps' | 'csat', daysAgo: number, responded: boolean): this {
    this.s.surveyInvites = [...(this.s.surveyInvites ?? []), { type, sentAt: this.ago(daysAgo), responded }];
    return this;
  }

  withBilling(billing: NonNullable<AccountSnapshot['billing']>): this {
    this.s.billing = { ...this.s.billing, ...billing };
    return this;
  }
  withInvoice(dueDaysAgo: number, paidDaysAgo?: number, extra: { amount?: number; disputed?: boolean } = {}): this {
    const invoice = { dueDate: this.ago(dueDaysAgo), ...(paidDaysAgo !== undefined && { paidDate: this.ago(paidDaysAgo) }), ...extra };
    return this.withBilling({ invoices: [...(this.s.billing?.invoices ?? []), invoice] });
  }
  withContractChange(kind: 'upsell' | 'downgrade' | 'renewal' | 'discount', daysAgo: number, arrDelta?: number): this {
    const change = { kind, date: this.ago(daysAgo), ...(arrDelta !== undefined && { arrDelta }) };
    return this.withBilling({ contractChanges: [...(this.s.billing?.contractChanges ?? []), change] });
  }

  withStakeholder(p: Partial<Omit<Stakeholder, 'since' | 'lastActivityAt'>> & { sinceDaysAgo?: number; activeDaysAgo?: number }): this {
    const { sinceDaysAgo, activeDaysAgo, ...rest } = p;
    const person: Stakeholder = {
      name: rest.name ?? `Contact ${(this.s.stakeholders?.length ?? 0) + 1}`,
      role: rest.role ?? 'user',
      status: rest.status ?? 'active',
      ...(rest.title !== undefined && { title: rest.title }),
      ...(sinceDaysAgo !== undefined && { since: this.ago(sinceDaysAgo) }),
      ...(activeDaysAgo !== undefined && { lastActivityAt: this.ago(activeDaysAgo) }),
    };
    this.s.stakeholders = [...(this.s.stakeholders ?? []), person];
    return this;
  }
  withChampion(name = 'Jane Roe', title = 'VP Operations'): this {
    return this.withStakeholder({ name, title, role: 'champion', status: 'active', sinceDaysAgo: 400, activeDaysAgo: 5 });
  }
  withChampionDeparted(daysAgo = 21, name = 'Jane Roe', title = 'VP Operations'): this {
    return this.withStakeholder({ name, title, role: 'champion', status: 'departed', sinceDaysAgo: daysAgo, activeDaysAgo: daysAgo + 3 });
  }
  withChampionPromoted(daysAgo = 30, name = 'Jane Roe', title = 'SVP Operations'): this {
    return this.withStakeholder({ name, title, role: 'champion', status: 'promoted', sinceDaysAgo: daysAgo, activeDaysAgo: 3 });
  }
  withExecutiveSponsor(name = 'Sam Lee', title = 'CFO', status: Stakeholder['status'] = 'active'): this {
    return this.withStakeholder({ name, title, role: 'executive_sponsor', status, sinceDaysAgo: 300, activeDaysAgo: 20 });
  }

  withMeeting(kind: NonNullable<NonNullable<AccountSnapshot['engagement']>['meetings']>[number]['kind'], outcome: NonNullable<NonNullable<AccountSnapshot['engagement']>['meetings']>[number]['outcome'], daysAgo: number): this {
    const meetings = [...(this.s.engagement?.meetings ?? []), { date: this.ago(daysAgo), outcome, ...(kind !== undefined && { kind }) }];
    this.s.engagement = { ...this.s.engagement, meetings };
    return this;
  }
  withEmail(direction: 'inbound' | 'outbound', daysAgo: number): this {
    this.s.engagement = { ...this.s.engagement, emails: [...(this.s.engagement?.emails ?? []), { date: this.ago(daysAgo), direction }] };
    return this;
  }
  withLastContact(daysAgo: number): this {
    this.s.engagement = { ...this.s.engagement, lastContactAt: this.ago(daysAgo) };
    return this;
  }
  withCommunity(active = true): this {
    this.s.engagement = { ...this.s.engagement, communityActive: active };
    return this;
  }

  withOutcomes(outcomes: NonNullable<AccountSnapshot['outcomes']>): this { this.s.outcomes = { ...this.s.outcomes, ...outcomes }; return this; }
  withFlags(flags: NonNullable<AccountSnapshot['flags']>): this { this.s.flags = { ...this.s.flags, ...flags }; return this; }
  withHistory(points: Array<[daysAgo: number, score: number]>): this {
    this.s.history = points.map(([d, score]) => ({ date: this.ago(d), score }));
    return this;
  }
  withOverride(score: number, reason: string, expiresInDays?: number, by?: string): this {
    this.s.override = { score, reason, ...(expiresInDays !== undefined && { expiresAt: this.ago(-expiresInDays) }), ...(by !== undefined && { by }) };
    return this;
  }
  withProducts(products: NonNullable<AccountSnapshot['products']>): this { this.s.products = products; this.s.multiProduct = true; return this; }

  /** A well-run account: every dimension has good data. */
  thriving(): this {
    return this.arr(120_000).renewingInDays(200).customerForDays(700).segment('mid_market')
      .withUsage({ dau: 45, mau: 80, seatsPurchased: 100, seatsActive: 90, featuresUsed: 17, featuresAvailable: 20, featuresAdoptedLast180d: 3, integrationsActive: 4, daysSinceLastLogin: 0, dataExports30d: 0, entitlementUsedPct: 85 })
      .withActiveUsers(80, 76, 74, 70).withLogins(1800, 1700).withUsage({ coreActions: { last30: 5200, prev30: 5000 }, apiCalls: { last30: 42000, prev30: 40000 } })
      .withNoTickets(4).withTicket({ priority: 'low', sentiment: 'positive', csat: 5, daysAgo: 20, closedDaysAgo: 19 })
      .withSurvey('nps', 9, 120).withSurvey('nps', 10, 30).withSurvey('csat', 4.8, 20)
      .withBilling({ paymentStatus: 'current', daysPastDue: 0, discountPct: 0, multiYear: true, autoRenew: true })
      .withInvoice(60, 62).withInvoice(150, 155).withContractChange('upsell', 90, 20_000)
      .withChampion().withExecutiveSponsor().withStakeholder({ role: 'decision_maker', name: 'Lee Park', activeDaysAgo: 15 })
      .withStakeholder({ role: 'admin', name: 'Ana Diaz', activeDaysAgo: 2 }).withStakeholder({ role: 'user', name: 'Bo Chen', activeDaysAgo: 1 })
      .withMeeting('qbr', 'completed', 40).withMeeting('check_in', 'completed', 12).withMeeting('training', 'completed', 70)
      .withEmail('outbound', 20).withEmail('inbound', 19).withEmail('outbound', 8).withEmail('inbound', 7).withLastContact(7)
      .withOutcomes({ goalsDefined: 4, goalsAchieved: 4, roiDocumented: true });
  }

  build(): AccountSnapshot {
    return structuredClone(this.s);
  }
}

export const anAccount = (id?: string, name?: string): AccountBuilder => new AccountBuilder(id, name);
