import { anAccount } from '../../../test/builders/account';
import { aRecord, slipping } from '../../../test/builders/portfolio';
import { builtInModel } from '../models';
import { assessPortfolio } from './assessed';
import { buildDashboard } from './dashboard';
import { dashboardToHtml } from './dashboard-html';
import { esc } from './html/escape';

const model = builtInModel('renewal-7');
const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';

function page(name: string) {
  const records = [
    aRecord(slipping('evil', name).renewingInDays(20)).build(),
    aRecord(anAccount('ok', 'Fine Co').thriving().renewingInDays(50)).build(),
  ];
  const d = buildDashboard(assessPortfolio(records, model), model.ref, { asOf: '2026-11-22' });
  return dashboardToHtml(d);
}

describe('dashboard HTML', () => {
  test('esc escapes every HTML-significant character', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  test('a hostile account name is shown as text, never as markup', () => {
    const html = page(hostile);
    expect(html).toContain(esc(hostile));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
  });

  test('self-contained: no script, no external resource, a CSP that forbids both', () => {
    const html = page('Plain Co');
    expect(html).not.toMatch(/<script|<link|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(new Set(html.match(/https?:\/\/[^"]+/g))).toEqual(new Set(['http://www.w3.org/2000/svg'])); // only the SVG namespace
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  test('one SVG per chart and the cohort heatmap table', () => {
    const html = page('Plain Co');
    const charts = [...html.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1]);
    expect(charts).toEqual(['health-count', 'health-arr', 'arr-waterfall', 'renewals', 'score-trend']);
    expect(html).toMatch(/<table class="cohorts">.*<th>Month 12<\/th>/s);
  });
});
