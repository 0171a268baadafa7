/**
 * The dashboard HTML rendered by a real headless Chromium (playwright-core
 * driving the system browser): every chart draws marks whose size matches the
 * numbers, the labels are there, the cohort heatmap is coloured, and the page
 * raises no error (the CSP forbids any script or external load).
 *
 * Skips only when Chromium is missing AND CI is not set; in CI a missing
 * browser fails the suite.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { builtInModel } from '../../src/core/models';
import { assessPortfolio } from '../../src/core/portfolio/assessed';
import { buildDashboard } from '../../src/core/portfolio/dashboard';
import { dashboardToHtml } from '../../src/core/portfolio/dashboard-html';
import { anAccount } from '../builders/account';
import { aRecord, coasting, slipping, struggling } from '../builders/portfolio';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const describeIfBrowser = available || process.env.CI ? describe : describe.skip;

jest.setTimeout(120_000);

function dashboardHtml(): string {
  const records = [
    aRecord(anAccount('t', 'Thriving Co').thriving().arr(200_000).renewingInDays(20).customerForDays(900).withHistory([[30, 80], [60, 78], [90, 75]])).build(),
    aRecord(coasting('c', 'Coasting').arr(120_000).renewingInDays(50).customerForDays(500).withContractChange('downgrade', 40, -30_000).withHistory([[30, 74], [60, 77]])).build(),
    aRecord(slipping('p', 'Slipping').arr(90_000).renewingInDays(80).customerForDays(400)).build(),
    aRecord(struggling('s', 'Struggling <b>Co</b>').arr(60_000).renewingInDays(40).customerForDays(300).withHistory([[30, 40], [90, 55]])).build(),
    aRecord(struggling('x', 'Churned').arr(50_000).customerForDays(450)).churnedDaysAgo(60).build(),
  ];
  const model = builtInModel('renewal-7');
  return dashboardToHtml(buildDashboard(assessPortfolio(records, model), model.ref, { asOf: '2026-11-22' }));
}

// The tsconfig has no DOM lib (the project is Node); the few browser APIs used inside page functions, typed here.
type Box = { x: number; y: number; width: number; height: number };
type Graphic = { getBBox(): Box; getTotalLength(): number };
type BrowserGlobals = { getComputedStyle(el: unknown): { backgroundColor: string } };

interface Mark { cls: string; value: number; width: number; height: number; y: number }

async function marks(page: Page, chart: string): Promise<Mark[]> {
  return page.$$eval(`svg[data-chart="${chart}"] rect.bar`, (rects) => rects.map((r) => {
    const box = (r as unknown as Graphic).getBBox();
    return { cls: r.getAttribute('class') ?? '', value: Number(r.getAttribute('data-value')), width: box.width, height: box.height, y: box.y };
  }));
}

async function labels(page: Page, chart: string): Promise<string[]> {
  return page.$$eval(`svg[data-chart="${chart}"] text.label`, (texts) => texts.map((t) => t.textContent ?? ''));
}

/** Bars drawn from a common baseline: a bar is visible exactly when its value is positive, and heights are proportional to values. */
function expectProportional(bars: Mark[]): void {
  const max = bars.reduce((m, b) => (b.value > m.value ? b : m));
  expect(max.height).toBeGreaterThan(0);
  for (const b of bars) {
    expect(b.width).toBeGreaterThan(0);
    expect(b.height > 0).toBe(b.value > 0);
    expect(b.height / max.height).toBeCloseTo(b.value / max.value, 2);
  }
}

describeIfBrowser('dashboard HTML in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`Chromium not found at ${CHROMIUM} (CI is set, so this must not skip): apt-get install -y chromium`);
    dir = mkdtempSync(join(tmpdir(), 'che-dashboard-'));
    const file = join(dir, 'dashboard.html');
    writeFileSync(file, dashboardHtml());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1300, height: 1600 } });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push(`external request ${r.url()}`); });
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lays out all five charts at a visible size', async () => {
    const boxes = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => ({ id: s.getAttribute('data-chart'), ...s.getBoundingClientRect().toJSON() })));
    expect(boxes.map((b) => b.id)).toEqual(['health-count', 'health-arr', 'arr-waterfall', 'renewals', 'score-trend']);
    for (const b of boxes) expect(b.width * b.height).toBeGreaterThan(100 * 100);
  });

  it('health distribution: one bar per tier, by accounts and by ARR, sized by value', async () => {
    for (const chart of ['health-count', 'health-arr']) {
      const bars = await marks(page, chart);
      expect(bars.map((b) => b.value).filter((v) => v > 0).length).toBeGreaterThanOrEqual(3);
      expectProportional(bars);
      expect(await labels(page, chart)).toEqual(['Thriving', 'Healthy', 'At Risk', 'Critical']);
    }
  });

  it('ARR waterfall: start, expansion, contraction, churn, end with floating steps', async () => {
    const bars = await marks(page, 'arr-waterfall');
    expect(await labels(page, 'arr-waterfall')).toEqual(['Start', 'Expansion', 'Contraction', 'Churn', 'End']);
    expect(bars.every((b) => b.value > 0 && b.height > 0 && b.width > 0)).toBe(true);
    const [start, , , , end] = bars as [Mark, Mark, Mark, Mark, Mark];
    expect(end.height / start.height).toBeCloseTo(end.value / start.value, 2);
    const [, up, down, churn] = bars as [Mark, Mark, Mark, Mark];
    expect(up.height / start.height).toBeCloseTo(up.value / start.value, 2);
    expect(down.height / start.height).toBeCloseTo(down.value / start.value, 2);
    expect(churn.height / start.height).toBeCloseTo(churn.value / start.value, 2);
    expect(up.y + up.height).toBeCloseTo(start.y, 0); // expansion floats on top of the start bar
  });

  it('renewals: three stacked bars of on-track and at-risk segments', async () => {
    const bars = await marks(page, 'renewals');
    expect(await labels(page, 'renewals')).toEqual(['0-30 days', '31-60 days', '61-90 days']);
    expect(bars).toHaveLength(6);
    expect(bars.some((b) => b.cls.includes('seg-on-track') && b.height > 0)).toBe(true);
    expect(bars.some((b) => b.cls.includes('seg-at-risk') && b.height > 0)).toBe(true);
    expectProportional(bars);
    const legend = await page.$$eval('svg[data-chart="renewals"] text.legend-label', (t) => t.map((x) => x.textContent));
    expect(legend).toEqual(['On track', 'At risk']);
  });

  it('score trend: a drawn line through one point per date, higher scores drawn higher', async () => {
    const line = await page.$eval('svg[data-chart="score-trend"] path.line', (p) => ({ length: (p as unknown as Graphic).getTotalLength(), width: (p as unknown as Graphic).getBBox().width }));
    expect(line.length).toBeGreaterThan(0);
    expect(line.width).toBeGreaterThan(0);
    const points = await page.$$eval('svg[data-chart="score-trend"] circle.point', (cs) => cs.map((c) => ({ value: Number(c.getAttribute('data-value')), cy: (c as unknown as Graphic).getBBox().y })));
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect((await labels(page, 'score-trend')).every((l) => /^\d{2}-\d{2}$/.test(l))).toBe(true);
    for (const a of points) for (const b of points) if (a.value > b.value) expect(a.cy).toBeLessThan(b.cy);
  });

  it('cohort heatmap: coloured, sized cells with percentages', async () => {
    const cells = await page.$$eval('table.cohorts td.heat[data-value]', (tds) => tds.map((td) => ({ text: td.textContent, bg: (globalThis as unknown as BrowserGlobals).getComputedStyle(td).backgroundColor, ...td.getBoundingClientRect().toJSON() })));
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      expect(c.text).toMatch(/^\d+\.\d%$/);
      expect(c.bg).not.toBe('rgba(0, 0, 0, 0)');
      expect(c.width * c.height).toBeGreaterThan(0);
    }
  });

  it('shows data as text (escaped name) and raised no error or external request', async () => {
    const atRisk = await page.locator('table.at-risk').textContent();
    expect(atRisk).toContain('Struggling <b>Co</b>'); // the markup shows as text
    expect(atRisk).not.toContain('Thriving Co'); // on track, so not listed
    expect(await page.locator('table.at-risk b').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
