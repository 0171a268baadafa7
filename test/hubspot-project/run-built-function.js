/**
 * Runs one built app function in HubSpot's own local executor
 * (@hubspot/app-functions-dev-server), in a process of its own: the executor
 * swaps process.env around each call and its error reporter installs
 * process-wide handlers, neither of which belongs in a test worker.
 *
 *   node run-built-function.js <built src/app dir> <function uid>   (parameters as JSON on stdin)
 *
 * The executor (v0.11.1) reads a serverless.json manifest, the pre-2026.03 format;
 * this script writes one from the built *-hsmeta.json files (uid → entrypoint),
 * so it runs exactly the bundles HubSpot would. Its newest platform version with
 * functions is 2025.1, whose contract is the 2026.03 one: `await main(context)`
 * and the answer is what main returns. The token comes from
 * PRIVATE_APP_ACCESS_TOKEN in the environment; HUBSPOT_BASE_URL points at the sandbox.
 * Prints {"response": ...} or {"error": "..."} on stdout.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { buildServiceConfiguration } = require('@hubspot/app-functions-dev-server/dist/config');
const { executeFunction } = require('@hubspot/app-functions-dev-server/dist/executor');

async function main() {
  const [appDir, uid] = process.argv.slice(2);
  const parameters = JSON.parse(fs.readFileSync(0, 'utf8') || 'null');
  const srcDir = path.resolve(appDir, '..');
  const functionsDir = path.join(appDir, 'functions');
  const app = fs.mkdtempSync(path.join(os.tmpdir(), 'che-fn-'));
  const manifestDir = path.join(app, 'app.functions');
  fs.mkdirSync(manifestDir);
  const appFunctions = {};
  for (const f of fs.readdirSync(functionsDir).filter((n) => n.endsWith('-hsmeta.json'))) {
    const meta = JSON.parse(fs.readFileSync(path.join(functionsDir, f), 'utf8'));
    const file = path.join(srcDir, meta.config.entrypoint);
    appFunctions[meta.uid] = { file: path.relative(manifestDir, file), secrets: meta.config.secretKeys ?? [] };
  }
  fs.writeFileSync(path.join(manifestDir, 'serverless.json'), JSON.stringify({ runtime: 'nodejs20.x', version: '1.0', appFunctions }));
  const quiet = { debug() {}, info() {}, warn: (...a) => console.error(...a), error: (...a) => console.error(...a) };
  const config = buildServiceConfiguration(app, {
    accountId: 1,
    hubspotApiOrigin: process.env.HUBSPOT_BASE_URL,
    hubspotWebsiteOrigin: 'http://localhost',
    platformVersion: '2025.1',
    functionTimeoutMs: 60_000,
    logger: quiet,
  });
  try {
    await executeFunction(config, uid, { parameters }, (response) => {
      process.stdout.write(JSON.stringify({ response }));
    });
  } finally {
    fs.rmSync(app, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (err) => {
  process.stdout.write(JSON.stringify({ error: String(err && err.message ? err.message : err) }));
  process.exit(0);
});
