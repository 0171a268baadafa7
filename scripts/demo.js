#!/usr/bin/env node
// `npm run demo`: the whole product on the local sandbox, no HubSpot account
// needed. Starts the sandbox with a generated portfolio, provisions the app's
// properties, runs a full scoring run through the real HubSpot client, prints
// the portfolio summary and the accounts to act on first, then exits.
// `--serve` (`npm run demo:serve`) keeps the sandbox running and starts the
// backend (`che serve`) on it: the schedule, and the sandbox's signed webhooks
// subscribed to the server, so a usage change made in the sandbox shows up in
// the company's score within the debounce window (10 s here).
'use strict';
const { startSandbox } = require('../dist/sandbox/server');
const { createHubSpotConnection } = require('../dist/hubspot/connection');
const { hubSpotConfigFromEnv } = require('../dist/hubspot/env');
const { DEFAULT_MAPPING } = require('../dist/hubspot/mapping');
const { provision } = require('../dist/hubspot/provision');
const { builtInModel } = require('../dist/core/models');
const { runFull, renderSummary, terminalProgress } = require('../dist/jobs');

const SEED = 1;
const RATE_LIMIT = 190; // a Professional/Enterprise portal's private-app burst limit per 10 s
const args = process.argv.slice(2);
const serve = args.includes('--serve');
/** `--name=N`: a whole number, or the default; anything else stops the demo with a message naming the flag. */
function intArg(name, fallback, min, max) {
  const raw = args.find((a) => a.startsWith(`--${name}=`));
  if (raw === undefined) return fallback;
  const text = raw.slice(name.length + 3);
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) {
    process.stderr.write(`demo: --${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}\n`);
    process.exit(2);
  }
  return n;
}
const COMPANIES = intArg('companies', 300, 1, 20_000);
const port = intArg('port', serve ? 8787 : 0, 0, 65_535);
const serverPort = intArg('server-port', 8788, 0, 65_535);
const DEMO_DEBOUNCE_SECONDS = 10;
/** What the demo subscribes the sandbox's webhooks to: usage, billing and override inputs, tickets, contacts, deals, feedback. */
const SUBSCRIPTIONS = [
  ...['che_active_users', 'che_logins_30d', 'che_core_actions_30d', 'che_dau', 'che_mau', 'che_seats_purchased', 'che_entitlement_used_pct',
    'che_payment_status', 'che_days_past_due', 'che_override_score', 'lifecyclestage']
    .map((propertyName) => ({ eventType: 'company.propertyChange', propertyName })),
  { eventType: 'ticket.creation' },
  { eventType: 'ticket.propertyChange', propertyName: 'hs_pipeline_stage' },
  { eventType: 'contact.propertyChange', propertyName: 'che_left_company' },
  { eventType: 'deal.propertyChange', propertyName: 'dealstage' },
  { eventType: 'object.creation', objectTypeId: '0-19' },
];

function refuseRealPortal() {
  process.stderr.write(
    'The demo runs only on the local sandbox, and HUBSPOT_ACCESS_TOKEN is set in this shell:\n' +
      'it will not touch a real portal. To score your portal instead:\n' +
      '  npx che provision            # creates the customer_health properties (safe to repeat)\n' +
      '  npx che run --dry-run        # shows what would change, writes nothing\n' +
      '  npx che run                  # scores every customer company and writes the results\n' +
      'To run the demo, unset HUBSPOT_ACCESS_TOKEN (e.g. `env -u HUBSPOT_ACCESS_TOKEN npm run demo`).\n',
  );
  process.exitCode = 2;
}

function nextSteps(sandbox, summary) {
  const top = summary.attention[0];
  const env = `HUBSPOT_BASE_URL=${sandbox.url} HUBSPOT_ACCESS_TOKEN=${sandbox.token}`;
  const lines = ['', 'Try next:'];
  if (serve) {
    lines.push(`  ${env} npx che run --dry-run          # a second run: nothing changed, nothing to write`);
    if (top) lines.push(`  ${env} npx che run --company ${top.companyId}   # rescore ${top.name}`);
    lines.push(
      `  ${env} npx che run --changed-since ${summary.finishedAt} --json   # after you change a company, ticket or contact`,
      `  curl -H "Authorization: Bearer ${sandbox.token}" "${sandbox.url}/crm/v3/objects/companies?properties=name,che_health_score,che_health_tier,che_recommended_play"`,
      '  Ctrl-C stops the sandbox.',
    );
  } else {
    lines.push(
      '  npm run preview                                      # the health card of every sandbox company, as a local web page',
      '  npm run demo:serve                                   # the same, and keep the sandbox running to explore',
      '  npx che sandbox --companies 300 --seed 1             # a sandbox on http://127.0.0.1:8787, then in another shell:',
      '  HUBSPOT_BASE_URL=http://127.0.0.1:8787 HUBSPOT_ACCESS_TOKEN=sandbox-token npx che provision',
      '  HUBSPOT_BASE_URL=http://127.0.0.1:8787 HUBSPOT_ACCESS_TOKEN=sandbox-token npx che run --dry-run',
      '  npx che forecast --input examples/portfolio.jsonl     # the renewal forecast report',
      '  npx che dashboard --input examples/portfolio.jsonl --out dashboard.html',
      '  A real portal: set HUBSPOT_ACCESS_TOKEN (a private-app token), then `npx che provision` and `npx che run`.',
    );
  }
  return lines.join('\n');
}

/** Reads the sandbox's records back: what the run left on every customer company. */
function checkPortal(sandbox) {
  const customers = sandbox.store.list('companies').filter((c) => c.values.get('lifecyclestage') === 'customer');
  const has = (p) => customers.filter((c) => (c.values.get(p) || '') !== '').length;
  const lines = [`In the sandbox now, of ${customers.length} customer companies:`];
  for (const p of ['che_health_score', 'che_health_tier', 'che_renewal_risk', 'che_recommended_play']) {
    lines.push(`  ${String(has(p)).padStart(5)} carry ${p}`);
  }
  return lines.join('\n');
}

async function main() {
  if (process.env.HUBSPOT_ACCESS_TOKEN) return refuseRealPortal();
  // Today's portfolio: the generator's "as of" is the start of today (UTC), so the run scores current data.
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
  process.stdout.write(`Starting the HubSpot sandbox: ${COMPANIES} generated companies (seed ${SEED}), ${RATE_LIMIT} requests per 10 s…\n`);
  const sandbox = await startSandbox({
    port,
    companies: COMPANIES,
    seed: SEED,
    asOf: today.toISOString(),
    rateLimit: { perTenSeconds: RATE_LIMIT, searchPerSecond: 5 },
  });
  let keepRunning = false;
  let summary;
  try {
    const config = hubSpotConfigFromEnv({
      HUBSPOT_ACCESS_TOKEN: sandbox.token,
      HUBSPOT_BASE_URL: sandbox.url,
      HUBSPOT_RATE_LIMIT: String(RATE_LIMIT),
      HUBSPOT_SEARCH_RATE: '5',
    });
    const conn = createHubSpotConnection(config);
    process.stdout.write(`Sandbox on ${sandbox.url}. Provisioning the customer_health properties…\n`);
    await provision(conn, {});
    process.stdout.write('Scoring every customer company (full run)…\n\n');
    const result = await runFull(
      { conn, mapping: DEFAULT_MAPPING, model: builtInModel('renewal-7'), now: () => new Date() },
      { progress: terminalProgress(process.stderr) },
    );
    summary = result;
    process.stdout.write(renderSummary(summary));
    process.stdout.write(`\n${checkPortal(sandbox)}\n`);
    process.stdout.write(`${nextSteps(sandbox, summary)}\n`);
    if (summary.failed.length > 0) process.exitCode = 1;
    keepRunning = serve;
  } finally {
    if (!keepRunning) await sandbox.stop();
  }
  if (keepRunning) {
    process.stdout.write(`\nSandbox running on ${sandbox.url} (token ${sandbox.token}).\n`);
    const backend = await startBackend(sandbox, summary);
    const stop = async () => {
      await backend.close();
      await sandbox.stop();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
}

/** `che serve` in process on the sandbox, with the sandbox's webhooks pointed at it. */
async function startBackend(sandbox, summary) {
  const { randomBytes } = require('node:crypto');
  const { mkdtempSync } = require('node:fs');
  const { tmpdir } = require('node:os');
  const path = require('node:path');
  const { serverConfigFromEnv } = require('../dist/server/config');
  const { startServer } = require('../dist/server/start');
  const clientSecret = randomBytes(24).toString('hex'); // this process only: the sandbox and the server share it
  const config = serverConfigFromEnv({
    HUBSPOT_ACCESS_TOKEN: sandbox.token,
    HUBSPOT_BASE_URL: sandbox.url,
    HUBSPOT_RATE_LIMIT: String(RATE_LIMIT),
    HUBSPOT_SEARCH_RATE: '5',
    HUBSPOT_CLIENT_SECRET: clientSecret,
    HUBSPOT_APP_ID: String(sandbox.appId),
    CHE_PORT: String(serverPort),
    CHE_HOST: '127.0.0.1',
    CHE_DB_PATH: path.join(mkdtempSync(path.join(tmpdir(), 'che-demo-')), 'events.sqlite'),
    CHE_DEBOUNCE_SECONDS: String(DEMO_DEBOUNCE_SECONDS),
    CHE_INCREMENTAL_CRON: '*/5 * * * *',
    CHE_CRITICAL_TASKS: 'on',
  });
  const backend = await startServer(config, { log: (line) => process.stdout.write(`[che serve] ${line}\n`) });
  sandbox.admin.webhooks.configure({ targetUrl: `${backend.url}/webhooks/hubspot`, clientSecret });
  for (const sub of SUBSCRIPTIONS) sandbox.admin.webhooks.subscribe(sub);
  const top = summary.attention[0];
  const id = top ? top.companyId : '1';
  const auth = `-H "Authorization: Bearer ${sandbox.token}"`;
  process.stdout.write([
    '',
    `Backend (che serve) on ${backend.url}:`,
    `  webhooks:        ${backend.url}/webhooks/hubspot   (${SUBSCRIPTIONS.length} sandbox subscriptions, signed v3)`,
    `  workflow action: ${backend.url}/hubspot/workflow-action`,
    `  card API:        ${backend.url}/api/card/<operation>`,
    `  health:          ${backend.url}/healthz`,
    `  run history:     ${backend.url}/runs`,
    `  schedule (UTC):  full "${config.schedule.fullCron}", incremental "${config.schedule.incrementalCron}"; webhook debounce ${DEMO_DEBOUNCE_SECONDS} s`,
    '',
    `Change a company's usage as a CSM would (company ${id}${top ? `, ${top.name}` : ''}), then watch its score move within ${DEMO_DEBOUNCE_SECONDS} s:`,
    `  curl -X POST ${auth} -H "content-type: application/json" ${sandbox.url}/_sandbox/act-as-user/companies/${id} -d '{"properties":{"che_active_users":"0","che_logins_30d":"0","che_core_actions_30d":"0"}}'`,
    `  curl ${auth} "${sandbox.url}/crm/v3/objects/companies/${id}?properties=che_health_score,che_health_tier,che_tier_change"`,
    `  curl ${backend.url}/runs`,
    '  Ctrl-C stops both.',
    '',
  ].join('\n'));
  return backend;
}

main().catch((err) => {
  process.stderr.write(`demo failed: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 1;
});
