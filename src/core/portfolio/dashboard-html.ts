/**
 * The dashboard as ONE self-contained HTML page: inline CSS and inline SVG
 * charts, no script and no external resource (a Content-Security-Policy that
 * allows neither makes sure). Every string from data is escaped.
 */
import { TIER_LABEL } from '../report/labels';
import { HEALTH_COLORS, type CsDashboard, type HealthColor } from './dashboard';
import { barChart, lineChart, stackedBars, waterfall } from './html/charts';
import { esc, pct, shortMoney } from './html/escape';

const COLOR: Record<HealthColor, string> = { green: '#2e7d32', yellow: '#f9a825', orange: '#ef6c00', red: '#c62828' };
const ON_TRACK = '#2e7d32';
const AT_RISK = '#c62828';

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1f2933;background:#f5f7fa}
h1{margin:0 0 4px}h2{font-size:16px;margin:0 0 8px}.sub{color:#52606d;margin-bottom:16px}
.kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px;margin-bottom:16px}
.kpi,.card{background:#fff;border-radius:8px;padding:12px 14px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.kpi .v{font-size:26px;font-weight:600}.kpi .t{color:#52606d;font-size:12px}.good .v{color:#2e7d32}.bad .v{color:#c62828}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(400px,1fr));gap:12px;margin-bottom:16px}
svg text{font-size:11px;fill:#1f2933}svg .value{font-weight:600}
table{border-collapse:collapse;width:100%}th,td{padding:6px 8px;text-align:left;border-bottom:1px solid #e4e7eb}
td.heat{text-align:center;font-weight:600}.notes{color:#52606d}
.wide{grid-column:1/-1;overflow-x:auto}`;

function kpi(label: string, value: string, target?: { text: string; met: boolean | null }): string {
  const cls = target?.met === true ? ' good' : target?.met === false ? ' bad' : '';
  return `<div class="kpi${cls}"><div class="t">${esc(label)}</div><div class="v">${esc(value)}</div>${target ? `<div class="t">target ${esc(target.text)}</div>` : ''}</div>`;
}

const signed = (sign: string, value: number): string => (value > 0 ? `${sign}${shortMoney(value)}` : shortMoney(value));
const meets = (rate: number | null, min: number): boolean | null => (rate === null ? null : rate >= min);
const TREND_ARROW = { up: '▲', flat: '▶', down: '▼' } as const;

function kpis(d: CsDashboard): string {
  const e = d.engagement;
  return `<section class="kpis">${[
    kpi('Accounts', String(d.portfolio.total_accounts)),
    kpi('Total ARR', shortMoney(d.portfolio.total_arr)),
    kpi('Gross retention (GRR)', pct(d.retention.gross_retention_rate), { text: '> 90%', met: meets(d.retention.gross_retention_rate, 0.9) }),
    kpi('Net retention (NRR)', pct(d.retention.net_retention_rate), { text: '> 110%', met: meets(d.retention.net_retention_rate, 1.1) }),
    kpi('Logo retention', pct(d.retention.logo_retention_rate), { text: '> 85%', met: meets(d.retention.logo_retention_rate, 0.85) }),
    kpi('Average health score', e.avg_health_score === null ? '—' : `${e.avg_health_score} ${TREND_ARROW[e.health_score_trend]}`, { text: '> 70', met: e.avg_health_score === null ? null : e.avg_health_score > 70 }),
    kpi('ARR churned (12 mo)', shortMoney(d.retention.churned_arr)),
    kpi('ARR contracted (12 mo)', shortMoney(d.retention.contracted_arr)),
    kpi('ARR expanded (12 mo)', shortMoney(d.retention.expanded_arr)),
  ].join('')}</section>`;
}

function charts(d: CsDashboard): string {
  const colors = Object.keys(HEALTH_COLORS) as HealthColor[];
  const dist = d.portfolio.health_distribution;
  const byCount = barChart('health-count', 'Health distribution by accounts', colors.map((c) => ({ label: TIER_LABEL[dist[c].tier], value: dist[c].count, color: COLOR[c], display: String(dist[c].count) })));
  const byArr = barChart('health-arr', 'Health distribution by ARR', colors.map((c) => ({ label: TIER_LABEL[dist[c].tier], value: dist[c].arr, color: COLOR[c], display: shortMoney(dist[c].arr) })));
  const r = d.retention;
  const flow = waterfall('arr-waterfall', `ARR ${r.period.start} → ${r.period.end}`, [
    { label: 'Start', value: r.starting_arr, kind: 'total', display: shortMoney(r.starting_arr) },
    { label: 'Expansion', value: r.expanded_arr, kind: 'up', display: signed('+', r.expanded_arr) },
    { label: 'Contraction', value: r.contracted_arr, kind: 'down', display: signed('−', r.contracted_arr) },
    { label: 'Churn', value: r.churned_arr, kind: 'down', display: signed('−', r.churned_arr) },
    { label: 'End', value: r.ending_arr, kind: 'total', display: shortMoney(r.ending_arr) },
  ]);
  const buckets = [['0-30 days', d.renewals.upcoming_30d], ['31-60 days', d.renewals.upcoming_60d], ['61-90 days', d.renewals.upcoming_90d]] as const;
  const byArrRenewals = buckets.some(([, b]) => b.arr > 0);
  const renewals = stackedBars('renewals', `Renewals due, on track vs at risk (${byArrRenewals ? 'ARR' : 'accounts'})`, buckets.map(([label, b]) => ({
    label,
    caption: `${b.count} · ${shortMoney(b.arr)}`,
    segments: [
      { key: 'on-track', value: byArrRenewals ? b.on_track.arr : b.on_track.count, color: ON_TRACK },
      { key: 'at-risk', value: byArrRenewals ? b.at_risk.arr : b.at_risk.count, color: AT_RISK },
    ],
  })), [{ label: 'On track', color: ON_TRACK }, { label: 'At risk', color: AT_RISK }]);
  const trend = lineChart('score-trend', 'Average health score', d.engagement.score_series.map((p) => ({ label: p.date.slice(5), value: p.avg_score })), [40, 60, 80]);
  const card = (title: string, svg: string): string => `<div class="card"><h2>${esc(title)}</h2>${svg}</div>`;
  return `<section class="grid">${[
    card('Health distribution — accounts', byCount),
    card('Health distribution — ARR', byArr),
    card('ARR waterfall (trailing period)', flow),
    card('Renewals in the next 90 days', renewals),
    card('Average health score trend', trend),
  ].join('')}</section>`;
}

function heatColor(rate: number): string {
  return `hsl(${Math.round(Math.max(0, Math.min(1, rate)) * 120)},65%,80%)`;
}

function cohortTable(d: CsDashboard): string {
  const c = d.cohorts;
  const head = `<tr><th>Cohort (${esc(c.by)})</th><th>Accounts</th>${c.ages.map((a) => `<th>Month ${esc(a)}</th>`).join('')}</tr>`;
  const rows = c.rows.map((row) => `<tr><td>${esc(row.cohort)}</td><td>${esc(row.accounts)}</td>${row.retention.map((v) => (v === null
    ? '<td class="heat empty">—</td>'
    : `<td class="heat" data-value="${esc(v)}" style="background:${heatColor(v)}">${esc(pct(v))}</td>`)).join('')}</tr>`);
  const empty = c.rows.length === 0 ? `<tr><td colspan="${c.ages.length + 2}">No account has a customer-since date.</td></tr>` : '';
  return `<div class="card wide"><h2>Cohort retention (logos)</h2><table class="cohorts">${head}${rows.join('')}${empty}</table>${c.unplaced > 0 ? `<p class="notes">${esc(c.unplaced)} accounts without a customer-since date are not in any cohort.</p>` : ''}</div>`;
}

function atRiskRenewals(d: CsDashboard): string {
  const list = d.renewals.at_risk_accounts;
  const rows = list.map((a) => `<tr><td>${esc(a.name)}</td><td>${esc(a.renewal_date)}</td><td>${esc(a.days_until)}</td><td>${esc(a.arr === null ? '—' : shortMoney(a.arr))}</td><td>${esc(a.score)} (${esc(TIER_LABEL[a.tier as keyof typeof TIER_LABEL] ?? a.tier)})</td></tr>`);
  return `<div class="card"><h2>At-risk renewals, next 90 days</h2><table class="at-risk"><tr><th>Account</th><th>Renewal</th><th>Days</th><th>ARR</th><th>Health</th></tr>${rows.join('') || '<tr><td colspan="5">None.</td></tr>'}</table></div>`;
}

export function dashboardToHtml(d: CsDashboard): string {
  const title = `Customer success dashboard — ${d.week}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head>
<body><h1>${esc(title)}</h1><div class="sub">As of ${esc(d.as_of)} · model ${esc(d.model)} · retention period ${esc(d.retention.period.start)} to ${esc(d.retention.period.end)}</div>
${kpis(d)}
${charts(d)}
<section class="grid">${atRiskRenewals(d)}${cohortTable(d)}</section>
${d.notes.length > 0 ? `<ul class="notes">${d.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}
</body></html>
`;
}
