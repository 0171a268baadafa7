#!/usr/bin/env node
// `npm run bench:run`: the scoring run against the sandbox at HubSpot's limits.
// The sandbox runs in a child process (so its memory is not counted), with a
// generated portfolio of BENCH_COMPANIES companies (default 10,000) and the
// private-app limits (190 requests per 10 s, 5 searches per second). Printed:
// API calls per 1,000 companies, wall time as a ratio to the rate-limit floor
// — the least time the calls could take at those limits:
//   max(all calls ÷ 19 per second, search calls ÷ 5 per second)
// — and the peak memory of the run's process; then the same for an
// incremental run after 1% of the companies changed; then the card's
// get-health latency (p50/p95, stored values and history; and with a live
// assessment) for companies picked across the portfolio.
'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');
const { builtInModel } = require('../dist/core/models');
const { createHubSpotConnection } = require('../dist/hubspot/connection');
const { DEFAULT_MAPPING } = require('../dist/hubspot/mapping');
const { provision } = require('../dist/hubspot/provision');
const { runFull, runIncremental } = require('../dist/jobs');
const { handleCardOperation } = require('../dist/jobs/card');
const { DEFAULT_AS_OF } = require('../dist/sandbox/generator');

const COMPANIES = Number(process.env.BENCH_COMPANIES || 10_000);
const PER_TEN_SECONDS = 190;
const SEARCH_PER_SECOND = 5;
const TOKEN = 'bench-token';

function startSandboxProcess() {
  const child = spawn(
    process.execPath,
    [path.join(__dirname, '..', 'bin', 'che.js'), 'sandbox', '--port', '0', '--companies', String(COMPANIES), '--seed', '1',
      '--token', TOKEN, '--truth', path.join(require('node:os').tmpdir(), 'che-bench-truth.json'),
      '--rate-limit', String(PER_TEN_SECONDS), '--search-rate', String(SEARCH_PER_SECOND)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /listening on (\S+)/.exec(out);
      if (m) resolve({ url: m[1], stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
  });
}

function floorSeconds(stats) {
  const searches = Object.entries(stats.byEndpoint)
    .filter(([endpoint]) => endpoint.includes('/search'))
    .reduce((n, [, count]) => n + count, 0);
  return Math.max(stats.total / (PER_TEN_SECONDS / 10), searches / SEARCH_PER_SECOND);
}

function report(label, summary, companies, seconds, stats) {
  const floor = floorSeconds(stats);
  console.log(`\n${label}`);
  console.log(`  companies scored        ${summary.scored.toLocaleString('en-US')} of ${summary.selected.toLocaleString('en-US')} selected, ${summary.failed.length} failed`);
  console.log(`  API calls               ${stats.total.toLocaleString('en-US')} (${((stats.total / companies) * 1000).toFixed(0)} per 1,000 companies; ${stats.retries} retries, ${stats.throttled} throttled)`);
  for (const [endpoint, count] of Object.entries(stats.byEndpoint).sort((a, b) => b[1] - a[1])) {
    console.log(`      ${String(count).padStart(6)}  ${endpoint}`);
  }
  console.log(`  wall time               ${seconds.toFixed(1)} s; rate-limit floor ${floor.toFixed(1)} s → ${(seconds / floor).toFixed(2)}× the floor`);
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** get-health as the card calls it, one company after another (a CSM opening records), timed end to end. */
async function cardLatency(deps, companyIds) {
  for (const [label, live, n] of [['get-health (stored values + history)', false, 100], ['get-health live (+ full assessment)', true, 20]]) {
    const times = [];
    for (const companyId of companyIds.slice(0, n)) {
      const t0 = performance.now();
      const answer = await handleCardOperation(deps, 'get-health', { companyId, live });
      times.push(performance.now() - t0);
      if (!answer.ok) throw new Error(`get-health ${companyId}: ${answer.error.message}`);
    }
    times.sort((a, b) => a - b);
    console.log(`\ncard ${label}, ${times.length} companies: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`);
  }
}

async function main() {
  console.log(`starting the sandbox with ${COMPANIES.toLocaleString('en-US')} companies…`);
  const sandbox = await startSandboxProcess();
  try {
    const conn = createHubSpotConnection({
      token: TOKEN, baseUrl: sandbox.url, perTenSeconds: PER_TEN_SECONDS, searchPerSecond: SEARCH_PER_SECOND, maxRetries: 5,
    });
    await provision(conn, {});
    const start = new Date(DEFAULT_AS_OF);
    const deps = { conn, mapping: DEFAULT_MAPPING, model: builtInModel('renewal-7'), now: () => start };

    conn.calls.reset();
    let t0 = performance.now();
    const full = await runFull(deps);
    const fullSeconds = (performance.now() - t0) / 1000;
    report('full run', full, COMPANIES, fullSeconds, conn.calls.stats());

    // 1% of the customer companies change: a usage sync writes a new login count.
    // "Changed since" starts after the full run's own writes (sandbox and bench share this machine's clock).
    await new Promise((resolve) => setTimeout(resolve, 50));
    const since = new Date().toISOString();
    // The bench's own calls go through the connection too: the limits hold for them as well.
    // POST /crm/v3/objects/companies/search
    const touched = (await conn.calls.call('POST /crm/v3/objects/companies/search', () => conn.client.crm.companies.searchApi.doSearch({
      filterGroups: [{ filters: [{ propertyName: 'lifecyclestage', operator: 'EQ', value: 'customer' }] }],
      properties: ['lifecyclestage'], sorts: [], limit: Math.min(200, Math.max(1, Math.round(COMPANIES / 100))), after: '0',
    }), { search: true })).results;
    // POST /crm/v3/objects/companies/batch/update
    await conn.calls.call('POST /crm/v3/objects/companies/batch/update', () => conn.client.crm.companies.batchApi.update({
      inputs: touched.map((c) => ({ id: c.id, properties: { che_logins_30d: '1' } })),
    }));
    conn.calls.reset();
    t0 = performance.now();
    const incremental = await runIncremental(deps, { since });
    const incSeconds = (performance.now() - t0) / 1000;
    report(`incremental run (${touched.length} companies changed)`, incremental, touched.length, incSeconds, conn.calls.stats());

    await cardLatency(deps, touched.map((c) => c.id));

    const peakMb = process.resourceUsage().maxRSS / 1024;
    console.log(`\npeak memory of the run process: ${peakMb.toFixed(0)} MB (sandbox not included: it runs in its own process)`);
  } finally {
    sandbox.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
