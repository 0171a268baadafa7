/**
 * Renewals due in the next 30/60/90 days, on track vs at risk (seed 000 phase 8
 * `renewals`). Buckets do not overlap: due in 0-30, 31-60 and 61-90 days after
 * `asOf` (whole days, rounded up). Accounts that churned on or before `asOf`
 * are not renewals any more and are left out.
 */
import { DAY_MS, toMs } from '../dates';
import { churnMs } from './arr-timeline';
import { isOnTrack, type AssessedAccount } from './assessed';

export interface CountArr { count: number; arr: number }
export interface RenewalBucket extends CountArr { on_track: CountArr; at_risk: CountArr }
export interface RenewalAtRisk { id: string; name: string; arr: number | null; renewal_date: string; days_until: number; score: number; tier: string }

export interface RenewalsDue {
  upcoming_30d: RenewalBucket;
  upcoming_60d: RenewalBucket;
  upcoming_90d: RenewalBucket;
  on_track: number;
  at_risk: number;
  /** The at-risk renewals of the next 90 days, soonest first. */
  at_risk_accounts: RenewalAtRisk[];
}

const emptyBucket = (): RenewalBucket => ({ count: 0, arr: 0, on_track: { count: 0, arr: 0 }, at_risk: { count: 0, arr: 0 } });

export function renewalsDue(accounts: ReadonlyArray<AssessedAccount>, asOf: string): RenewalsDue {
  const asOfMs = toMs(asOf);
  const out: RenewalsDue = { upcoming_30d: emptyBucket(), upcoming_60d: emptyBucket(), upcoming_90d: emptyBucket(), on_track: 0, at_risk: 0, at_risk_accounts: [] };
  for (const { record, assessment: a } of accounts) {
    const date = record.snapshot.renewalDate;
    const churned = churnMs(record);
    if (date === undefined || (churned !== undefined && churned <= asOfMs)) continue;
    const days = Math.ceil((toMs(date) - asOfMs) / DAY_MS);
    if (days < 0 || days > 90) continue;
    const bucket = days <= 30 ? out.upcoming_30d : days <= 60 ? out.upcoming_60d : out.upcoming_90d;
    const arr = record.snapshot.arr ?? 0;
    const side = isOnTrack(a.tier) ? bucket.on_track : bucket.at_risk;
    bucket.count += 1;
    bucket.arr += arr;
    side.count += 1;
    side.arr += arr;
    if (isOnTrack(a.tier)) out.on_track += 1;
    else {
      out.at_risk += 1;
      out.at_risk_accounts.push({ id: a.accountId, name: a.name, arr: record.snapshot.arr ?? null, renewal_date: date.slice(0, 10), days_until: days, score: a.score, tier: a.tier });
    }
  }
  out.at_risk_accounts.sort((x, y) => x.days_until - y.days_until || (y.arr ?? 0) - (x.arr ?? 0) || x.name.localeCompare(y.name));
  return out;
}
