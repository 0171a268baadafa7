/**
 * The data coverage period of a portfolio (seed 002 methodology notes): from
 * the earliest dated fact any snapshot carries (history, tickets, surveys,
 * invoices, contract changes, meetings, emails, contact activity) to the latest
 * date scored. customerSince is not data coverage and is left out.
 */
import type { AccountSnapshot } from '../contract';
import { toMs } from '../dates';

function datesOf(s: AccountSnapshot): string[] {
  return [
    s.asOf,
    ...(s.history ?? []).map((h) => h.date),
    ...(s.support?.tickets ?? []).map((t) => t.createdAt),
    ...(s.surveys ?? []).map((x) => x.date),
    ...(s.billing?.invoices ?? []).map((i) => i.dueDate),
    ...(s.billing?.contractChanges ?? []).map((c) => c.date),
    ...(s.engagement?.meetings ?? []).map((m) => m.date),
    ...(s.engagement?.emails ?? []).map((e) => e.date),
    ...(s.stakeholders ?? []).flatMap((p) => (p.lastActivityAt ? [p.lastActivityAt] : [])),
  ];
}

export function coveragePeriod(snapshots: ReadonlyArray<AccountSnapshot>): { start: string; end: string } | null {
  let start: string | undefined;
  let end: string | undefined;
  for (const s of snapshots) {
    for (const d of datesOf(s)) if (start === undefined || toMs(d) < toMs(start)) start = d;
    if (end === undefined || toMs(s.asOf) > toMs(end)) end = s.asOf;
  }
  return start && end ? { start: start.slice(0, 10), end: end.slice(0, 10) } : null;
}
