/** A run summary for people (the `--json` form is the RunSummary itself). */
import type { Tier } from '../core/contract';
import { PRIORITY_LABEL, TIER_LABEL, money } from '../core/report/labels';
import type { RunSummary } from './summary';

const TIERS_BEST_FIRST: readonly Tier[] = ['thriving', 'healthy', 'at_risk', 'critical'];
/** A dry run lists this many planned changes on screen (all of them in --json). */
export const SHOWN_CHANGES = 20;
export const SHOWN_FAILURES = 20;

const pad = (s: string | number, n: number) => String(s).slice(0, n).padEnd(n);
const padStart = (s: string | number, n: number) => String(s).padStart(n);
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function header(s: RunSummary): string[] {
  const what = s.mode === 'incremental' ? `incremental run (changes since ${s.since})` : `${s.mode} run`;
  return [
    `Customer Health Engine — ${what}${s.dryRun ? ' (dry run: nothing written)' : ''}`,
    `Model ${s.model}, scored as of ${s.asOf}, ${(s.durationMs / 1000).toFixed(1)} s`,
    '',
    `Companies  selected ${s.selected}   scored ${s.scored}   ${s.skipped > 0 ? `not customers ${s.skipped}   ` : ''}unchanged ${s.unchanged}   ` +
      (s.dryRun ? `would change ${s.changed}` : `written ${s.written}`) +
      `   failed ${s.failed.length}`,
  ];
}

function tiers(s: RunSummary): string[] {
  const lines = ['', `${pad('Tier', 10)} ${padStart('Companies', 9)} ${padStart('ARR', 14)}`];
  for (const t of TIERS_BEST_FIRST) lines.push(`${pad(TIER_LABEL[t], 10)} ${padStart(s.tiers[t].companies, 9)} ${padStart(money(s.tiers[t].arr), 14)}`);
  const moves = Object.entries(s.tierMoves.moves)
    .sort(([, a], [, b]) => b - a)
    .map(([k, n]) => `${k.split('→').map((t) => TIER_LABEL[t as Tier] ?? t).join(' → ')}: ${n}`);
  lines.push('', `Tier moves  up ${s.tierMoves.up}   down ${s.tierMoves.down}${moves.length ? `   (${moves.join(', ')})` : ''}`);
  return lines;
}

export function renderAttention(s: RunSummary): string[] {
  if (s.attention.length === 0) return [];
  const lines = ['', `Needs attention first:`];
  s.attention.forEach((a, i) => {
    const renewal = a.daysUntilRenewal === undefined ? 'no renewal date' : a.daysUntilRenewal < 0 ? `renewal ${-a.daysUntilRenewal} days overdue` : `renews in ${a.daysUntilRenewal} days`;
    lines.push(`${i + 1}. ${a.name} (company ${a.companyId}) — score ${a.score} ${TIER_LABEL[a.tier]}, risk ${a.renewalRisk}%, ARR at risk ${money(a.arrAtRisk)}, ${renewal}`);
    if (a.play) lines.push(`   ${PRIORITY_LABEL[a.play.priority as keyof typeof PRIORITY_LABEL] ?? a.play.priority}: ${a.play.name} — ${a.play.owner}, due ${a.play.dueDate}${a.topSignal ? `; signal ${a.topSignal}` : ''}`);
  });
  return lines;
}

function api(s: RunSummary): string[] {
  const endpoints = Object.entries(s.api.byEndpoint).sort(([, a], [, b]) => b - a);
  return [
    '',
    `API calls ${s.api.total} (retries ${s.api.retries}, throttled ${s.api.throttled}, waited ${(s.api.waitedMs / 1000).toFixed(1)} s)`,
    ...endpoints.map(([e, n]) => `  ${padStart(n, 6)}  ${e}`),
  ];
}

function failures(s: RunSummary): string[] {
  if (s.failed.length === 0) return [];
  const lines = ['', `Failed (${s.failed.length}):`];
  for (const f of s.failed.slice(0, SHOWN_FAILURES)) lines.push(`  company ${f.companyId}${f.name ? ` ${f.name}` : ''} [${f.stage}]: ${f.reason}`);
  if (s.failed.length > SHOWN_FAILURES) lines.push(`  … and ${s.failed.length - SHOWN_FAILURES} more (--json lists all)`);
  return lines;
}

function planned(s: RunSummary): string[] {
  if (!s.plannedChanges || s.plannedChanges.length === 0) return [];
  const lines = ['', `Would change (${count(s.plannedChanges.length, 'company', 'companies')}):`];
  for (const u of s.plannedChanges.slice(0, SHOWN_CHANGES)) {
    const props = Object.entries(u.properties).map(([k, v]) => `${k}=${v.length > 40 ? `${v.slice(0, 37)}…` : v}`);
    lines.push(`  company ${u.companyId}: ${props.join(', ')}`);
  }
  if (s.plannedChanges.length > SHOWN_CHANGES) lines.push(`  … and ${s.plannedChanges.length - SHOWN_CHANGES} more (--json lists all)`);
  return lines;
}

export function renderSummary(s: RunSummary): string {
  const warnings = s.warnings.length > 0 ? ['', `Data warnings: ${s.warnings.length} (values that became data gaps; --json lists them)`] : [];
  return `${[...header(s), ...tiers(s), ...renderAttention(s), ...planned(s), ...failures(s), ...warnings, ...api(s)].join('\n')}\n`;
}
