/**
 * The card preview in a real headless Chromium (playwright-core driving the
 * system browser) against a scored sandbox portfolio: the index lists a
 * critical account first, and its card page shows the score, tier, top churn
 * signal and play of the assessment computed here; "Recalculate now" works
 * from the page; the page runs no script and loads nothing from outside.
 *
 * Skips only when Chromium is missing AND CI is not set; in CI a missing
 * browser fails the suite.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { HealthAssessment } from '../src/core/contract';
import { DEFAULT_MAPPING } from '../src/hubspot/mapping';
import { humanize, tierLabel } from '../extensions/health-card/format';
import { runFull } from '../src/jobs';
import { MINUTE, startCardSandbox, type CardSandbox } from '../test/card-ops/harness';
import { listScoredCompanies } from './companies';
import { startPreviewServer, type RunningPreview } from './server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const describeIfBrowser = available || process.env.CI ? describe : describe.skip;

jest.setTimeout(180_000);

const SEVERITY = { high: 0, medium: 1 } as const;
const DAY = 24 * 60 * MINUTE;

describeIfBrowser('card preview in headless Chromium', () => {
  let h: CardSandbox;
  let preview: RunningPreview;
  let browser: Browser;
  let page: Page;
  let criticalId: string;
  let expected: HealthAssessment;
  let firstScore: number;
  const problems: string[] = [];

  /** Changes a company as a HubSpot user would (the sandbox's act-as-user route). */
  async function actAsUser(companyId: string, properties: Record<string, string>): Promise<void> {
    const res = await fetch(`${h.sandbox.url}/_sandbox/act-as-user/companies/${companyId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.sandbox.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ properties }),
    });
    if (!res.ok) throw new Error(`the sandbox refused the change: HTTP ${res.status} ${await res.text()}`);
  }

  beforeAll(async () => {
    if (!available) throw new Error(`Chromium not found at ${CHROMIUM} (CI is set, so this must not skip): apt-get install -y chromium`);
    // Seed 3's 60 generated companies include critical accounts after one full run.
    h = await startCardSandbox({ companies: 60, seed: 3 });
    const critical = h.customerIds.filter((id) => h.value(id, 'che_health_tier') === 'critical');
    if (critical.length === 0) throw new Error('the generated portfolio has no critical account to preview');
    criticalId = critical.sort((a, b) => Number(h.value(a, 'che_health_score')) - Number(h.value(b, 'che_health_score')))[0]!;
    firstScore = Number(h.value(criticalId, 'che_health_score'));
    // A month later its usage has collapsed (a CSM-visible change made as a HubSpot user), and a second run rescores it:
    // the score history now has two points for the trend chart.
    h.clock.advance(30 * DAY);
    await actAsUser(criticalId, { che_active_users: '0', che_logins_30d: '0', che_core_actions_30d: '0' });
    h.clock.advance(MINUTE);
    const rerun = await runFull(h.deps);
    if (rerun.failed.length > 0) throw new Error(`the second run failed: ${JSON.stringify(rerun.failed)}`);
    const health = await h.ok('get-health', { companyId: criticalId, live: true });
    expected = health.assessment!;
    preview = await startPreviewServer({
      deps: h.deps,
      source: 'test sandbox',
      userName: 'Test CSM',
      listCompanies: () => listScoredCompanies(h.conn, DEFAULT_MAPPING),
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => { if (!r.url().startsWith(preview.url)) problems.push(`external request ${r.url()}`); });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    await h?.stop();
  });

  it('lists the critical accounts first and links to their cards', async () => {
    await page.goto(`${preview.url}/`);
    const first = page.locator('table.companies tbody tr').first();
    expect(await first.getAttribute('data-tier')).toBe('critical');
    expect(await first.getAttribute('data-company-id')).toBe(criticalId);
    await first.locator('a').click();
    await page.waitForURL(`${preview.url}/company/${criticalId}`);
  });

  it("shows the critical account's score, tier, top churn signal and play", async () => {
    await page.goto(`${preview.url}/company/${criticalId}`);
    const card = page.locator('#health-card');
    expect(expected.tier).toBe('critical');
    expect((await card.locator('.hs-score-circle .hs-score-value').textContent())?.trim()).toBe(String(expected.score));
    expect(await card.locator('[data-test-id="tier-tag"]').textContent()).toBe(tierLabel(expected.tier));

    const top = [...expected.signals.churn].sort((a, b) => SEVERITY[a.severity] - SEVERITY[b.severity])[0];
    expect(top).toBeDefined();
    const firstSignal = card.locator('[data-test-id^="churn-"]').first();
    expect(await firstSignal.getAttribute('data-test-id')).toBe(`churn-${top!.key}`);
    expect(await firstSignal.textContent()).toContain(top!.label ?? humanize(top!.key));
    expect(await firstSignal.textContent()).toContain(top!.evidence[0]);

    expect(expected.play).not.toBeNull();
    expect(await card.locator('[data-test-id="play-name"]').textContent()).toBe(`${expected.play!.name} (${expected.play!.key})`);
    expect(await card.locator('[data-test-id="play-priority"]').textContent()).toBe(humanize(expected.play!.priority));
    expect(await card.locator('[data-test-id="play-action"]').textContent()).toBe(expected.play!.action);
  });

  it('draws the score history as an SVG line chart: one point per stored score, at a visible size', async () => {
    await page.goto(`${preview.url}/company/${criticalId}`);
    const chart = page.locator('#health-card svg[data-chart="line"]');
    const box = await chart.boundingBox();
    expect(box!.width * box!.height).toBeGreaterThan(100 * 100);
    const points = await page.$$eval('#health-card svg[data-chart="line"] circle.point', (cs) => cs.map((c) => Number(c.getAttribute('data-value'))));
    expect(points).toEqual([firstScore, expected.score]);
    expect(expected.score).toBeLessThan(firstScore); // the collapse shows as a fall
    expect(await chart.locator('path.line').count()).toBe(1);
  });

  it('"Recalculate now" rescores the company, writes the new score and shows it on the card', async () => {
    // The invoice is now 60 days late: the live score moves, the stored one waits for a recalculation.
    await actAsUser(criticalId, { che_payment_status: 'delinquent', che_days_past_due: '60' });
    const now = (await h.ok('get-health', { companyId: criticalId, live: true })).assessment!;
    expect(now.score).not.toBe(expected.score);
    expect(h.value(criticalId, 'che_health_score')).toBe(String(expected.score));

    await page.goto(`${preview.url}/company/${criticalId}`);
    await page.locator('button[data-test-id="recalculate"]').click();
    await page.waitForURL(`${preview.url}/company/${criticalId}`);
    expect(await page.locator('[data-test-id="action-notice"]').textContent()).toContain(`Recalculated: score ${now.score}`);
    expect(h.value(criticalId, 'che_health_score')).toBe(String(now.score));
    // The override form needs HubSpot: its button is shown, disabled.
    expect(await page.locator('button[data-test-id="open-override"]').isDisabled()).toBe(true);
  });

  it('raised no error and made no request outside the preview', () => {
    expect(problems).toEqual([]);
  });
});
