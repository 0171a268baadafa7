/**
 * The preview's two pages: the index of customer companies (most urgent
 * first) and a company record with the health card in its own tab, laid out
 * like HubSpot's record page. Static HTML with a CSP that allows no script
 * and no outside load; buttons are plain forms posting back to the preview.
 */
import { escapeHtml, tag } from './html';
import type { CompanyRow } from './companies';
import { PREVIEW_CSS } from './styles';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'";
const TIER_TAGS: Record<string, string> = { thriving: 'success', healthy: 'info', at_risk: 'warning', critical: 'error' };
const TIER_LABELS: Record<string, string> = { thriving: 'Thriving', healthy: 'Healthy', at_risk: 'At risk', critical: 'Critical' };

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${PREVIEW_CSS}</style></head>
<body><div class="topbar"><span>Customer Health Engine</span><span class="badge">card preview</span><a href="/">All customer companies</a></div>
${body}</body></html>`;
}

export const companyPath = (id: string) => `/company/${encodeURIComponent(id)}`;

function tierTag(tier: string | null): string {
  if (!tier) return tag('span', { class: 'hs-tag hs-tag-default' }, 'Not scored');
  return tag('span', { class: `hs-tag hs-tag-${TIER_TAGS[tier] ?? 'default'}`, 'data-tier': tier }, escapeHtml(TIER_LABELS[tier] ?? tier));
}

export function indexPage(rows: CompanyRow[], source: string): string {
  const body = rows.map((r) => tag('tr', { 'data-company-id': r.id, 'data-tier': r.tier ?? '' }, [
    tag('td', {}, tag('a', { href: companyPath(r.id) }, escapeHtml(r.name))),
    tag('td', { class: 'score' }, escapeHtml(r.score ?? '—')),
    tag('td', {}, tierTag(r.tier)),
    tag('td', {}, escapeHtml(r.play ?? '')),
  ].join(''))).join('');
  const table = tag('table', { class: 'companies' },
    `<thead><tr><th>Company</th><th>Score</th><th>Tier</th><th>Recommended play</th></tr></thead><tbody>${body}</tbody>`);
  return page('Customer companies — card preview', tag('div', { class: 'main' },
    `<h2>Customer companies (${rows.length})</h2><p class="note">${escapeHtml(source)} · most urgent first; open one to see its health card.</p>`
    + tag('div', { class: 'card' }, table)));
}

export interface CompanyPageInput {
  row: CompanyRow | undefined;
  companyId: string;
  cardHtml: string;
  source: string;
}

export function companyPage({ row, companyId, cardHtml, source }: CompanyPageInput): string {
  const name = row?.name ?? `Company ${companyId}`;
  const sidebar = tag('aside', { class: 'sidebar' }, [
    tag('div', { class: 'avatar' }, escapeHtml(name.slice(0, 1).toUpperCase())),
    tag('h1', {}, escapeHtml(name)),
    `<dl><dt>Record ID</dt><dd>${escapeHtml(companyId)}</dd><dt>Lifecycle stage</dt><dd>Customer</dd>`
    + `<dt>Health tier (che_health_tier)</dt><dd>${tierTag(row?.tier ?? null)}</dd></dl>`,
  ].join(''));
  const main = tag('div', { class: 'main' }, [
    tag('div', { class: 'tabs' }, '<span>Overview</span><span>Activities</span><span class="active">Customer health</span>'),
    tag('section', { class: 'card', id: 'health-card' }, `<h2 class="card-title">Customer health</h2>${cardHtml}`),
    tag('p', { class: 'note' }, escapeHtml(`Rendered from the real card components (${source}). Buttons that change the record run here; the override form opens in HubSpot.`)),
  ].join(''));
  return page(`${name} — customer health`, tag('div', { class: 'record' }, sidebar + main));
}

export function errorPage(status: number, message: string): string {
  return page(`Error ${status}`, tag('div', { class: 'main' }, `<h2>Error ${status}</h2>${tag('p', {}, escapeHtml(message))}<p><a href="/">Back to the list</a></p>`));
}
