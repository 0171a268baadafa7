/**
 * `npm run demo` (scripts/demo.js over the tsc build in dist/): a sandbox, provisioning and a full run
 * end to end in a child process that must end by itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const demo = path.join(root, 'scripts', 'demo.js');
const envWithout = (name: string) => Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== name));

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist', 'jobs', 'index.js'))) {
    throw new Error('dist/ is missing or stale: run `npm run build`');
  }
});

describe('the demo', () => {
  it('scores every customer company of a generated sandbox, prints the summary and exits by itself', () => {
    const run = spawnSync(process.execPath, [demo, '--companies=40'], { cwd: root, encoding: 'utf8', env: envWithout('HUBSPOT_ACCESS_TOKEN'), timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const customers = Number(/of (\d+) customer companies/.exec(run.stdout)?.[1]);
    expect(customers).toBeGreaterThan(25);
    expect(run.stdout).toMatch(new RegExp(`scored ${customers} +unchanged 0 +written ${customers} +failed 0`));
    for (const p of ['che_health_score', 'che_health_tier', 'che_renewal_risk']) expect(run.stdout).toMatch(new RegExp(`${customers} carry ${p}`));
    expect(run.stdout).toContain('Needs attention first:\n1. ');
    expect(run.stdout).toContain('Try next:');
  }, 130_000);

  it('refuses to run with HUBSPOT_ACCESS_TOKEN set, and says how to score a real portal', () => {
    const run = spawnSync(process.execPath, [demo], { cwd: root, encoding: 'utf8', env: { ...process.env, HUBSPOT_ACCESS_TOKEN: 'pat-na1-not-used' }, timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('will not touch a real portal');
    expect(run.stderr).toContain('npx che provision');
    expect(run.stderr).not.toContain('pat-na1-not-used');
  });
});
