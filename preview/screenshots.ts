/**
 * PNG screenshots of the preview for the README: one critical, one at-risk
 * and one thriving account's card, taken with the system's headless Chromium
 * (playwright-core, no browser download).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { EXAMPLE_TIERS, type CompanyRow, type ExampleTier } from './companies';
import { companyPath } from './pages';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const screenshotFile = (tier: ExampleTier) => `card-${tier.replace('_', '-')}.png`;

export async function takeScreenshots(baseUrl: string, examples: Partial<Record<ExampleTier, CompanyRow>>, dir: string): Promise<string[]> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH`);
  mkdirSync(dir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  const written: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    for (const tier of EXAMPLE_TIERS) {
      const row = examples[tier];
      if (!row) continue;
      await page.goto(`${baseUrl}${companyPath(row.id)}`);
      const file = join(dir, screenshotFile(tier));
      await page.screenshot({ path: file, fullPage: true });
      written.push(file);
    }
  } finally {
    await browser.close();
  }
  return written;
}
