/**
 * The portal's renewal history: closed deals of the renewal pipelines (won =
 * renewed, lost = churned) with their companies. This is what backtests and
 * calibration learn from, and what the dashboard's retention figures count.
 */
import type { HubSpotConnection } from '../contracts';
import type { Mapping } from '../mapping/schema';
import { renewalOutcomeOf, type RenewalOutcomeDeal } from '../mappers/deals';
import { Warnings } from '../mappers/values';
import { batchRead, readAssociations, readPipelineStages, searchIds, type ReadProblem } from './reads';

export interface CompanyRenewalOutcome extends RenewalOutcomeDeal {
  companyId: string;
}

export interface RenewalOutcomes {
  /** Per company, its closed renewals in the window, oldest first. */
  byCompany: Map<string, CompanyRenewalOutcome[]>;
  /** Deals that could not be read or mapped, and value problems. */
  problems: string[];
}

export interface RenewalWindow {
  /** Closed on or after (ISO instant). */
  from: string;
  /** Closed on or before (ISO instant). */
  to: string;
}

/**
 * Closed renewal deals with a close date in [from, to]: one search for their
 * ids (pipeline IN the renewal pipelines, hs_is_closed, closedate in range),
 * batch reads of their properties, one associations read deals → companies.
 */
export async function loadRenewalOutcomes(conn: HubSpotConnection, m: Mapping, window: RenewalWindow): Promise<RenewalOutcomes> {
  const from = Date.parse(window.from);
  const to = Date.parse(window.to);
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new Error(`loadRenewalOutcomes: from/to must be ISO-8601 dates, got ${window.from} / ${window.to}`);
  const d = m.deals;
  const pipelines = d.renewalPipelines;
  const ids = await searchIds(conn, 'deals', [
    pipelines.length === 1 ? { propertyName: d.pipeline, operator: 'EQ', value: pipelines[0]! } : { propertyName: d.pipeline, operator: 'IN', values: pipelines },
    { propertyName: 'hs_is_closed', operator: 'EQ', value: 'true' },
    { propertyName: d.closeDate, operator: 'BETWEEN', value: String(from), highValue: String(to) },
  ]);
  const problems: string[] = [];
  const byCompany = new Map<string, CompanyRenewalOutcome[]>();
  if (ids.length === 0) return { byCompany, problems };

  const stages = await readPipelineStages(conn, 'deals');
  const read = await batchRead(conn, 'deals', ids, [d.pipeline, d.stage, d.closeDate, d.amount, 'hs_is_closed', 'hs_is_closed_won']);
  problems.push(...read.problems.map((p) => p.message));
  const linkProblems: ReadProblem[] = [];
  const links = await readAssociations(conn, 'deals', 'companies', read.records.map((r) => r.id), linkProblems);
  problems.push(...linkProblems.map((p) => p.message));

  for (const deal of read.records) {
    const companies = links.get(deal.id) ?? [];
    if (companies.length === 0) {
      problems.push(`deal ${deal.id}: a closed renewal with no company: left out`);
      continue;
    }
    const warnings = new Warnings(companies[0]!.toId);
    const outcome = renewalOutcomeOf(deal, m, stages, warnings);
    problems.push(...warnings.list);
    if (!outcome) continue;
    for (const c of companies) {
      const list = byCompany.get(c.toId) ?? [];
      list.push({ ...outcome, companyId: c.toId });
      byCompany.set(c.toId, list);
    }
  }
  for (const list of byCompany.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return { byCompany, problems };
}
