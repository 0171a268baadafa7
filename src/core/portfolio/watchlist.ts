/**
 * Early-warning watchlist (seed 002): accounts still healthy (Likely to Renew
 * or Monitor) that show an early signal which could deteriorate. An account is
 * listed when it has any churn signal, a declining trajectory, or a dimension
 * trending down while scoring below WATCH_DIMENSION.
 *
 * Warning signal: the strongest of these, in that order (high-severity churn
 * signal, other churn signal, trajectory, dimension). Cadence: Weekly when the
 * signal is high-severity, the renewal is within URGENT_RENEWAL_DAYS, or the
 * score is within WEEKLY_MARGIN points of the at-risk cut-off; else Biweekly.
 * Trigger for escalation: the score falling below the at-risk cut-off, or the
 * signal's own next step (themes.ts). Weekly first, then lowest score first.
 */
import type { HealthAssessment } from '../contract';
import { humanize } from '../report/labels';
import { URGENT_RENEWAL_DAYS } from './ranking';
import { themeOfSignal } from './themes';

export const WATCH_DIMENSION = 60;
export const WEEKLY_MARGIN = 10;

export interface WatchItem {
  accountId: string;
  account: string;
  score: number;
  warning: string;
  cadence: 'Weekly' | 'Biweekly';
  trigger: string;
}

function warningOf(a: HealthAssessment): { text: string; high: boolean; signalKey?: string } | null {
  const churn = [...a.signals.churn].sort((x, y) => Number(y.severity === 'high') - Number(x.severity === 'high'));
  const first = churn[0];
  if (first) {
    const lead = first.leadTimeDays ? ` (typically ${first.leadTimeDays} days before churn)` : '';
    return { text: `${first.label ?? humanize(first.key)}${lead}: ${first.evidence[0] ?? ''}`.replace(/: $/, ''), high: first.severity === 'high', signalKey: first.key };
  }
  if (a.trajectory?.direction === 'declining') {
    const change = a.trajectory.change30d ?? a.trajectory.change90d;
    return { text: `score declining${change !== undefined ? ` (${change} points over ${a.trajectory.change30d !== undefined ? 30 : 90} days)` : ''}`, high: false };
  }
  const dim = a.dimensions.find((d) => d.trend === 'down' && d.score !== null && d.score < WATCH_DIMENSION);
  return dim ? { text: `${dim.label} trending down (score ${dim.score})`, high: false } : null;
}

export function earlyWarningWatchlist(assessments: ReadonlyArray<HealthAssessment>, atRiskCutoff: number): WatchItem[] {
  const items: WatchItem[] = [];
  for (const a of assessments) {
    if (a.prediction !== 'likely_to_renew' && a.prediction !== 'monitor') continue;
    const warning = warningOf(a);
    if (!warning) continue;
    const renewalSoon = a.renewal.daysUntil !== undefined && a.renewal.daysUntil <= URGENT_RENEWAL_DAYS;
    const weekly = warning.high || renewalSoon || a.score < atRiskCutoff + WEEKLY_MARGIN;
    const specific = warning.signalKey ? themeOfSignal(warning.signalKey)?.escalationTrigger : undefined;
    items.push({
      accountId: a.accountId,
      account: a.name,
      score: a.score,
      warning: warning.text,
      cadence: weekly ? 'Weekly' : 'Biweekly',
      trigger: `score below ${atRiskCutoff} (now ${a.score})${specific ? `, or ${specific}` : ', or a second churn signal'}`,
    });
  }
  return items.sort((x, y) => Number(y.cadence === 'Weekly') - Number(x.cadence === 'Weekly') || x.score - y.score || x.account.localeCompare(y.account));
}
