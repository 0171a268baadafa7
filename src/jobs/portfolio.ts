/**
 * Portfolio loads from HubSpot for the portfolio views (`che forecast`,
 * `che dashboard`) and for the proof (`che backtest`, `che calibrate`):
 *
 * - the current portfolio: every customer company as of now, plus — with
 *   outcomes — the companies that churned in the last year (their renewal
 *   deal closed lost), each as it stood the day before it churned so its ARR
 *   and scores are the ones that were lost;
 * - the labeled history: for every company with a closed renewal in the
 *   look-back window, its snapshot as of `leadDays` before that renewal
 *   (rounded down to the first of the month, so a few month-sized loads
 *   serve the whole history) labeled with the outcome. Only data dated on or
 *   before that day is used: property history gives values as of it, later
 *   records are left out, the renewal deal itself counts as still open.
 *
 * One company that cannot be read is reported and left out; the load goes on.
 */
import type { PortfolioRecord, RenewalOutcome } from '../core/portfolio/record';
import type { HubSpotConnection } from '../hubspot/contracts';
import { listCustomerCompanyIds, loadCompanies, loadRenewalOutcomes, type CompanyRenewalOutcome } from '../hubspot/load';
import type { Mapping } from '../hubspot/mapping';

const DAY = 86_400_000;

export interface PortfolioDeps {
  conn: HubSpotConnection;
  mapping: Mapping;
}

export interface PortfolioLoad {
  records: PortfolioRecord[];
  /** Companies left out, with why ("company 12: not returned by HubSpot"). */
  failed: string[];
  /** Data problems that became gaps, and unreadable deals. */
  warnings: string[];
}

const dayOf = (iso: string) => iso.slice(0, 10);
const minusDays = (iso: string, days: number) => new Date(Date.parse(iso) - days * DAY).toISOString();
const firstOfMonth = (iso: string) => `${iso.slice(0, 7)}-01T00:00:00.000Z`;

function toOutcome(o: CompanyRenewalOutcome): RenewalOutcome {
  return { renewed: o.renewed, date: dayOf(o.date) };
}

/** Loads `ids` as of `asOf` (customers or not) into `out`, labeling each with `outcomeOf`. */
async function loadInto(
  deps: PortfolioDeps, out: PortfolioLoad, ids: string[], asOf: string, outcomeOf: (companyId: string) => RenewalOutcome | undefined,
): Promise<void> {
  if (ids.length === 0) return;
  for await (const chunk of loadCompanies(deps.conn, deps.mapping, { companyIds: ids, asOf, customersOnly: false })) {
    for (const loaded of chunk) {
      out.warnings.push(...loaded.warnings);
      if (!loaded.snapshot) {
        out.failed.push(loaded.error ?? `company ${loaded.companyId}: no snapshot could be built`);
        continue;
      }
      const outcome = outcomeOf(loaded.companyId);
      out.records.push(outcome ? { snapshot: loaded.snapshot, outcome } : { snapshot: loaded.snapshot });
    }
  }
}

const latest = (list: CompanyRenewalOutcome[] | undefined) => list?.[list.length - 1];

/** Customers as of `asOf`; with `withOutcomes`, also last year's churned companies and each company's latest renewal outcome. */
export async function loadCurrentPortfolio(deps: PortfolioDeps, opts: { asOf: string; withOutcomes: boolean; lookbackDays?: number }): Promise<PortfolioLoad> {
  const out: PortfolioLoad = { records: [], failed: [], warnings: [] };
  const customers = await listCustomerCompanyIds(deps.conn, deps.mapping);
  if (!opts.withOutcomes) {
    await loadInto(deps, out, customers, opts.asOf, () => undefined);
    return out;
  }
  const history = await loadRenewalOutcomes(deps.conn, deps.mapping, { from: minusDays(opts.asOf, opts.lookbackDays ?? 365), to: opts.asOf });
  out.warnings.push(...history.problems);
  const isCustomer = new Set(customers);
  await loadInto(deps, out, customers, opts.asOf, (id) => {
    const last = latest(history.byCompany.get(id));
    return last ? toOutcome(last) : undefined;
  });
  // Churned: the latest renewal was lost and the company is no longer a customer. Seen the day before.
  const churned = [...history.byCompany.entries()]
    .flatMap(([id, list]) => (isCustomer.has(id) || latest(list)?.renewed !== false ? [] : [latest(list)!]));
  for (const [asOf, group] of groupBy(churned, (o) => minusDays(o.date, 1))) {
    const byId = new Map(group.map((o) => [o.companyId, o]));
    await loadInto(deps, out, [...byId.keys()], asOf, (id) => toOutcome(byId.get(id)!));
  }
  return out;
}

/** Every company's latest closed renewal in the look-back window, with its snapshot as of `leadDays` before it. */
export async function loadLabeledHistory(deps: PortfolioDeps, opts: { asOf: string; leadDays?: number; lookbackDays?: number }): Promise<PortfolioLoad> {
  const out: PortfolioLoad = { records: [], failed: [], warnings: [] };
  const lead = opts.leadDays ?? 90;
  const history = await loadRenewalOutcomes(deps.conn, deps.mapping, { from: minusDays(opts.asOf, opts.lookbackDays ?? 365), to: opts.asOf });
  out.warnings.push(...history.problems);
  const outcomes = [...history.byCompany.values()].map((list) => list[list.length - 1]!);
  for (const [asOf, group] of groupBy(outcomes, (o) => firstOfMonth(minusDays(o.date, lead)))) {
    const byId = new Map(group.map((o) => [o.companyId, o]));
    await loadInto(deps, out, [...byId.keys()], asOf, (id) => toOutcome(byId.get(id)!));
  }
  return out;
}

function groupBy<T>(xs: T[], key: (x: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const group = groups.get(k);
    if (group) group.push(x);
    else groups.set(k, [x]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}
