#!/usr/bin/env node
/**
 * `npm run build:hubspot`: assembles the uploadable HubSpot project (platform
 * 2026.03) into the git-ignored `.hubspot-build/`, which the root
 * hsproject.json names as its srcDir, so `hs project upload` works from the
 * repo root:
 *
 *   .hubspot-build/src/app/app-hsmeta.json          static auth, private distribution, the scopes below
 *   .hubspot-build/src/app/functions/<op>.js        each app function bundled (CommonJS, exports.main, core inlined)
 *   .hubspot-build/src/app/functions/<op>-hsmeta.json
 *   .hubspot-build/src/app/functions/package.json   only @hubspot/api-client, which HubSpot installs
 *   .hubspot-build/src/app/cards/HealthCard.jsx     the card pre-bundled (its imports from src/ inlined; react and @hubspot/* left to HubSpot's build)
 *   .hubspot-build/src/app/cards/health-card-hsmeta.json, package.json
 *   .hubspot-build/src/app/webhooks/webhooks-hsmeta.json   only when CHE_PUBLIC_URL is set: HubSpot's events → `che serve`
 *
 * When extensions/health-card has no entry yet, the card is skipped with a warning.
 * Without CHE_PUBLIC_URL the webhooks component is skipped with a note (the
 * scheduled runs still score everything; webhooks only make changes show sooner).
 */
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const PLATFORM_VERSION = '2026.03';
const APP_UID = 'customer-health-engine';
const CARD_DIR = 'extensions/health-card';
const CARD_ENTRY = 'HealthCard.tsx';
/** Left out of the function bundles and installed by HubSpot (versions from the root package.json). */
const FUNCTION_PACKAGES = ['@hubspot/api-client'];

/**
 * Only what the app calls, each with the calls that need it. The static token
 * serves the app functions and the scoring runs (`che run`, the backend);
 * `che provision` creates properties and labels, see `PROVISION_SCOPES`.
 */
const REQUIRED_SCOPES = {
  'crm.objects.companies.read': 'companies with property history (every function, every run)',
  'crm.objects.companies.write': 'writing the che_* scores back (recalculate-health, runs) and the CSM override (set-override)',
  'crm.objects.contacts.read': 'stakeholders and their association labels (loader); meeting and note engagements of the loader',
  'crm.objects.deals.read': 'renewal deals and deal pipelines (loader)',
  tickets: 'support tickets and ticket pipelines (loader)',
  'crm.objects.feedback_submissions.read': 'NPS/CSAT survey answers (loader)',
  'sales-email-read': 'logged email bodies, scanned for churn phrases (loader)',
  'crm.objects.tasks.read': 'finding an open task for the same play before creating one (create-play-task)',
  'crm.objects.tasks.write': 'creating the play task (create-play-task)',
};

/** Needed only by `che provision` (creating the app's properties, groups and association labels); not requested by default. */
const PROVISION_SCOPES = {
  'crm.schemas.companies.write': 'the customer_health and input property groups and properties on companies',
  'crm.schemas.contacts.write': 'input properties on contacts and the Champion / Executive Sponsor / Decision Maker labels',
  'crm.schemas.companies.read': 'reading existing properties to report conflicts instead of overwriting',
  'crm.schemas.contacts.read': 'reading existing contact properties and labels',
};

function appMeta(env) {
  // The backend's card API, for the card's hubspot.fetch mode (optional).
  const fetchUrls = env.CHE_CARD_API_URL ? [env.CHE_CARD_API_URL.replace(/\/+$/, '')] : [];
  const withProvision = env.CHE_PROVISION_SCOPES === 'true';
  return {
    uid: APP_UID,
    type: 'app',
    config: {
      name: 'Customer Health Engine',
      description: 'Scores customer health and renewal risk on every customer company, explains each score with evidence and pairs at-risk accounts with a play.',
      distribution: 'private',
      auth: {
        type: 'static',
        requiredScopes: [...Object.keys(REQUIRED_SCOPES), ...(withProvision ? Object.keys(PROVISION_SCOPES) : [])],
        optionalScopes: [],
        conditionallyRequiredScopes: [],
      },
      permittedUrls: { fetch: fetchUrls, iframe: [], img: [] },
    },
  };
}

const writeJson = (file, data) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
};
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** Each folder of functions/ holding an index.ts and a *-hsmeta.json is one app function. */
function functionFolders(root) {
  const dir = path.join(root, 'functions');
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'index.ts')) && fs.existsSync(path.join(dir, d.name, `${d.name}-hsmeta.json`)))
    .map((d) => d.name)
    .sort();
}

/**
 * The secrets the functions may read (a portal's mapping and model; see
 * src/jobs/card/portal-settings.ts). Listed in the functions' hsmeta only when
 * the admin names them in CHE_FUNCTION_SECRETS at build time, after adding them
 * with `hs secret add`: a function lists no secret the account does not have.
 */
const FUNCTION_SECRETS = ['CHE_MAPPING_JSON', 'CHE_MODEL', 'CHE_MODEL_JSON'];

function functionSecrets(env) {
  const names = String(env.CHE_FUNCTION_SECRETS ?? '').split(',').map((n) => n.trim()).filter(Boolean);
  const unknown = names.filter((n) => !FUNCTION_SECRETS.includes(n));
  if (unknown.length > 0) throw new Error(`CHE_FUNCTION_SECRETS: ${unknown.join(', ')} not among ${FUNCTION_SECRETS.join(', ')}`);
  return [...new Set(names)];
}

async function buildFunctions(root, appDir, log, env) {
  const outDir = path.join(appDir, 'functions');
  const built = [];
  for (const name of functionFolders(root)) {
    const meta = readJson(path.join(root, 'functions', name, `${name}-hsmeta.json`));
    const expected = `/app/functions/${name}.js`;
    if (meta.type !== 'app-function' || meta.config?.entrypoint !== expected) {
      throw new Error(`functions/${name}/${name}-hsmeta.json: expected type "app-function" and config.entrypoint "${expected}"`);
    }
    const result = await esbuild.build({
      entryPoints: [path.join(root, 'functions', name, 'index.ts')],
      outfile: path.join(outDir, `${name}.js`),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      // The core, jobs, zod and the rest are inlined; the HubSpot client (12 MB of generated
      // API classes) is installed by HubSpot from the functions' package.json instead.
      external: FUNCTION_PACKAGES,
      metafile: true,
      sourcemap: false,
      legalComments: 'none',
      logLevel: 'error',
      banner: { js: `// ${name}: built by npm run build:hubspot from functions/${name}/index.ts; do not edit.` },
    });
    const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
    writeJson(path.join(outDir, `${name}-hsmeta.json`), { ...meta, config: { ...meta.config, secretKeys: functionSecrets(env) } });
    built.push(`${name} (${Math.round(bytes / 1024)} KB)`);
  }
  const rootPkg = readJson(path.join(root, 'package.json'));
  const dependencies = Object.fromEntries(FUNCTION_PACKAGES.map((p) => [p, rootPkg.dependencies[p]]));
  writeJson(path.join(outDir, 'package.json'), { name: `${APP_UID}-functions`, version: '1.0.0', private: true, dependencies });
  log(`functions: ${built.join(', ')}`);
  return built;
}

async function buildCard(root, appDir, log) {
  const src = path.join(root, CARD_DIR);
  const entry = path.join(src, CARD_ENTRY);
  const metaFile = path.join(src, 'health-card-hsmeta.json');
  if (!fs.existsSync(entry) || !fs.existsSync(metaFile)) {
    log(`warning: ${CARD_DIR}/${CARD_ENTRY} or its health-card-hsmeta.json does not exist yet; the card is left out of the build`);
    return null;
  }
  const outDir = path.join(appDir, 'cards');
  const outName = CARD_ENTRY.replace(/\.tsx$/, '.jsx');
  await esbuild.build({
    entryPoints: [entry],
    outfile: path.join(outDir, outName),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    jsx: 'automatic',
    // HubSpot's card build provides these; everything else (our src/ types and helpers, zod) is inlined.
    external: ['react', 'react/*', '@hubspot/ui-extensions', '@hubspot/ui-extensions/*'],
    mainFields: ['module', 'main'],
    legalComments: 'none',
    logLevel: 'error',
    banner: { js: `// The health card, pre-bundled by npm run build:hubspot from ${CARD_DIR}/${CARD_ENTRY}; do not edit.` },
  });
  const meta = readJson(metaFile);
  writeJson(path.join(outDir, 'health-card-hsmeta.json'), { ...meta, config: { ...meta.config, entrypoint: `/app/cards/${outName}` } });
  const pkg = fs.existsSync(path.join(src, 'package.json')) ? readJson(path.join(src, 'package.json')) : { name: 'health-card', private: true };
  // Only what HubSpot's build must install: the bundle already holds the rest.
  const keep = ['react', '@hubspot/ui-extensions'];
  const deps = Object.fromEntries(Object.entries(pkg.dependencies ?? {}).filter(([k]) => keep.includes(k)));
  writeJson(path.join(outDir, 'package.json'), { ...pkg, dependencies: deps });
  log(`card: ${meta.uid} → app/cards/${outName}`);
  return meta.uid;
}

/** Where `che serve` takes HubSpot's webhooks (WEBHOOK_PATH in src/server/app.ts; the test keeps the two equal). */
const WEBHOOK_PATH = '/webhooks/hubspot';
const WEBHOOKS_UID = 'che-webhooks';
const WEBHOOK_MAX_CONCURRENT_REQUESTS = 10;
/**
 * The objects subscribed to, by their propertiesToRead key → classic event
 * prefix (`company.propertyChange`, …). Feedback submissions, meetings, emails
 * and notes are left out: they exist only as `object.*` subscriptions in
 * crmObjects, and HubSpot's "Configure webhooks" page names no objectType
 * value for them (its one example is "contact"), so none is guessed here.
 */
const WEBHOOK_OBJECTS = { companies: 'company', contacts: 'contact', deals: 'deal', tickets: 'ticket' };

/** CHE_PUBLIC_URL (where `che serve` is reachable) → the webhooks' targetUrl; https, or http on localhost / 127.0.0.1 only. */
function webhookTargetUrl(raw) {
  const expected = 'expected the public https URL of `che serve`, such as https://che.example.com (http only for localhost or 127.0.0.1)';
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`CHE_PUBLIC_URL: ${expected}; got "${raw}"`);
  }
  // Never echoed: it would carry a password into the build log.
  if (url.username || url.password) throw new Error('CHE_PUBLIC_URL: must not contain a user name or password');
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && local))) throw new Error(`CHE_PUBLIC_URL: ${expected}; got "${raw}"`);
  if (url.search || url.hash) throw new Error(`CHE_PUBLIC_URL: must not carry a query or fragment (${WEBHOOK_PATH} is appended to it); got "${raw}"`);
  // As written, not as URL normalises it: `che serve` checks signatures over CHE_PUBLIC_URL + path, HubSpot signs the targetUrl.
  return `${String(raw).trim().replace(/\/+$/, '')}${WEBHOOK_PATH}`;
}

/**
 * The model's property plan and the app's outputs, read from the TypeScript
 * sources themselves: bundled in memory by esbuild (as the functions are) and
 * evaluated, rather than required from dist/, which a direct `node
 * scripts/build-hubspot.js` or the tests would find missing or stale.
 */
async function loadPropertySources(root) {
  const result = await esbuild.build({
    stdin: {
      contents: "export { DEFAULT_MAPPING, propertiesToRead } from './src/hubspot/mapping';\nexport { OWNED_OUTPUT_PROPERTIES } from './src/hubspot/properties';\n",
      resolveDir: root,
      sourcefile: 'webhook-property-sources.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    logLevel: 'error',
  });
  const loaded = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(loaded, loaded.exports, require);
  return loaded.exports;
}

/**
 * Creation and association changes of each object, and a property change for
 * every property the default mapping reads there, except the app's own
 * outputs (its writes must not wake it again; the receiver ignores them too).
 */
function webhookSubscriptions({ DEFAULT_MAPPING, propertiesToRead, OWNED_OUTPUT_PROPERTIES }) {
  const plan = propertiesToRead(DEFAULT_MAPPING);
  const outputs = new Set(OWNED_OUTPUT_PROPERTIES);
  const legacyCrmObjects = [];
  for (const [objectType, prefix] of Object.entries(WEBHOOK_OBJECTS)) {
    legacyCrmObjects.push({ subscriptionType: `${prefix}.creation`, active: true }, { subscriptionType: `${prefix}.associationChange`, active: true });
    for (const propertyName of plan[objectType].properties.filter((p) => !outputs.has(p))) {
      legacyCrmObjects.push({ subscriptionType: `${prefix}.propertyChange`, propertyName, active: true });
    }
  }
  return { legacyCrmObjects };
}

async function buildWebhooks(root, appDir, targetUrl, log) {
  if (!targetUrl) {
    log('note: no webhooks component (CHE_PUBLIC_URL is not set); changes are picked up by the scheduled runs only. '
      + 'For near-real-time rescoring, deploy `che serve` at a public https address and rebuild with '
      + `CHE_PUBLIC_URL=https://che.example.com npm run build:hubspot (HubSpot then posts to <that URL>${WEBHOOK_PATH})`);
    return null;
  }
  const subscriptions = webhookSubscriptions(await loadPropertySources(root));
  writeJson(path.join(appDir, 'webhooks', 'webhooks-hsmeta.json'), {
    uid: WEBHOOKS_UID,
    type: 'webhooks',
    config: { settings: { targetUrl, maxConcurrentRequests: WEBHOOK_MAX_CONCURRENT_REQUESTS }, subscriptions },
  });
  log(`webhooks: ${WEBHOOKS_UID} → ${targetUrl} (${subscriptions.legacyCrmObjects.length} subscriptions on ${Object.values(WEBHOOK_OBJECTS).join(', ')})`);
  return WEBHOOKS_UID;
}

/** Builds the project into `<root>/.hubspot-build` (or `outDir`); returns what it wrote. */
async function buildHubSpotProject({ root = ROOT, outDir, env = process.env, log = (m) => console.log(m) } = {}) {
  const project = readJson(path.join(root, 'hsproject.json'));
  if (project.platformVersion !== PLATFORM_VERSION) throw new Error(`hsproject.json: platformVersion must be "${PLATFORM_VERSION}"`);
  // Checked before anything is deleted, so a mistyped URL leaves the previous build in place.
  const targetUrl = env.CHE_PUBLIC_URL?.trim() ? webhookTargetUrl(env.CHE_PUBLIC_URL) : null;
  functionSecrets(env);
  const buildRoot = outDir ?? path.join(root, '.hubspot-build');
  const srcDir = outDir ? path.join(outDir, 'src') : path.resolve(root, project.srcDir);
  fs.rmSync(buildRoot, { recursive: true, force: true });
  const appDir = path.join(srcDir, 'app');
  writeJson(path.join(appDir, 'app-hsmeta.json'), appMeta(env));
  const functions = await buildFunctions(root, appDir, log, env);
  const card = await buildCard(root, appDir, log);
  const webhooks = await buildWebhooks(root, appDir, targetUrl, log);
  log(`HubSpot project (platform ${PLATFORM_VERSION}) assembled in ${path.relative(root, srcDir) || srcDir}; upload it with: hs project upload`);
  return { srcDir, appDir, functions, card, webhooks };
}

module.exports = {
  buildHubSpotProject, webhookTargetUrl, REQUIRED_SCOPES, PROVISION_SCOPES, PLATFORM_VERSION, APP_UID, FUNCTION_SECRETS,
  WEBHOOKS_UID, WEBHOOK_PATH, WEBHOOK_OBJECTS,
};

if (require.main === module) {
  buildHubSpotProject().catch((err) => {
    console.error(`build:hubspot failed: ${err.message}`);
    process.exit(1);
  });
}
