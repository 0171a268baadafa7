/**
 * Builders for portfolio records: a snapshot, optionally labeled with its
 * renewal outcome, dated relative to the snapshot's asOf like anAccount().
 * `aRecord(anAccount('c').arr(40_000)).churnedDaysAgo(30).build()`.
 */
import type { PortfolioRecord } from '../../src/core/portfolio/record';
import { anAccount, daysBefore, type AccountBuilder } from './account';

export class RecordBuilder {
  private outcome: PortfolioRecord['outcome'];

  constructor(private readonly account: AccountBuilder) {}

  churnedDaysAgo(days: number): this {
    this.outcome = { renewed: false, date: daysBefore(this.account.build().asOf, days) };
    return this;
  }

  renewedDaysAgo(days: number): this {
    this.outcome = { renewed: true, date: daysBefore(this.account.build().asOf, days) };
    return this;
  }

  build(): PortfolioRecord {
    const snapshot = this.account.build();
    return this.outcome ? { snapshot, outcome: { ...this.outcome } } : { snapshot };
  }
}

export const aRecord = (account: AccountBuilder): RecordBuilder => new RecordBuilder(account);

/**
 * Accounts in each health band, for portfolio tests (scores under renewal-7 at
 * the default asOf): struggling ≈ 24 critical, champion gone, support on fire;
 * slipping ≈ 51 at risk, usage and sentiment falling; coasting ≈ 71 healthy
 * with stagnant adoption; and anAccount().thriving() ≈ 90.
 */
export function struggling(id: string, name = id): AccountBuilder {
  return anAccount(id, name).arr(100_000).customerForDays(800).segment('mid_market')
    .withUsage({ dau: 3, mau: 30, seatsPurchased: 100, seatsActive: 20, featuresUsed: 3, featuresAvailable: 20, featuresAdoptedLast180d: 0 })
    .withActiveUsers(20, 40, 50, 60).withLogins(100, 400)
    .withTicket({ priority: 'urgent', sentiment: 'negative', escalated: true, daysAgo: 10 })
    .withTicket({ priority: 'high', sentiment: 'negative', daysAgo: 20 })
    .withSurvey('nps', 2, 30).withBilling({ paymentStatus: 'late', daysPastDue: 45 })
    .withChampionDeparted(30).withExecutiveSponsor()
    .withMeeting('qbr', 'canceled', 30).withEmail('outbound', 20).withEmail('outbound', 10);
}

export function slipping(id: string, name = id): AccountBuilder {
  return anAccount(id, name).thriving().withActiveUsers(35, 76, 74, 70).withLogins(700, 1700).withSurvey('nps', 2, 10)
    .withFeatures(4, 20, 0).withBilling({ paymentStatus: 'late', daysPastDue: 40 })
    .withTicket({ priority: 'high', sentiment: 'negative', daysAgo: 5 }).withHistory([[35, 75], [95, 80]]);
}

export function coasting(id: string, name = id): AccountBuilder {
  return anAccount(id, name).thriving().withActiveUsers(60, 76, 74, 70).withLogins(1300, 1700).withSurvey('nps', 5, 10).withFeatures(8, 20, 0);
}
