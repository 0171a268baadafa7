/**
 * `npm run build:hubspot` output: the project HubSpot would upload (uids,
 * locations, object types, entrypoints, scopes, bundles), and its built
 * functions run offline in HubSpot's own function executor against the sandbox.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import YAML from 'yaml';
import { DEFAULT_MAPPING, propertiesToRead } from '../../src/hubspot/mapping';
import { CATALOGUE, OWNED_OUTPUT_PROPERTIES } from '../../src/hubspot/properties';
import { CARD_OPERATIONS } from '../../src/jobs/card/contract';
import { WEBHOOK_PATH } from '../../src/server/app';
import { routeEvent, WebhookEvent } from '../../src/server/webhook-events';
import { startCardSandbox, type CardSandbox } from '../card-ops/harness';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('../../scripts/build-hubspot.js') as {
  buildHubSpotProject(o: { log?: (m: string) => void; outDir?: string; env?: Record<string, string | undefined> }): Promise<{ srcDir: string; appDir: string; functions: string[]; card: string | null; webhooks: string | null }>;
  webhookTargetUrl(raw: string): string;
  REQUIRED_SCOPES: Record<string, string>;
  WEBHOOK_PATH: string;
  WEBHOOK_OBJECTS: Record<string, string>;
};

type Meta = { uid: string; type: string; config: Record<string, unknown> & { entrypoint?: string } };
let built: Awaited<ReturnType<typeof build.buildHubSpotProject>>;
let logs: string[];
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/** Every *-hsmeta.json under app/ (of the main build unless another appDir is given), with its folder. */
function components(appDir = built.appDir): { dir: string; file: string; meta: Meta }[] {
  const out: { dir: string; file: string; meta: Meta }[] = [];
  for (const dir of fs.readdirSync(appDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of fs.readdirSync(path.join(appDir, dir.name)).filter((n) => n.endsWith('-hsmeta.json'))) {
      out.push({ dir: dir.name, file: f, meta: readJson<Meta>(path.join(appDir, dir.name, f)) });
    }
  }
  return out;
}

beforeAll(async () => {
  logs = [];
  built = await build.buildHubSpotProject({ log: (m) => logs.push(m) });
});

describe('the built HubSpot project', () => {
  it('is what the root hsproject.json points at, on platform 2026.03, in a git-ignored folder', () => {
    const project = readJson<{ name: string; srcDir: string; platformVersion: string }>(path.join(ROOT, 'hsproject.json'));
    expect(project.platformVersion).toBe('2026.03');
    expect(path.resolve(ROOT, project.srcDir)).toBe(built.srcDir);
    expect(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain(`${project.srcDir.split('/')[0]}/`);
  });

  it('declares a static-auth, privately distributed app asking only for the scopes the app calls', () => {
    const app = readJson<Meta & { config: { distribution: string; auth: { type: string; requiredScopes: string[] } } }>(path.join(built.appDir, 'app-hsmeta.json'));
    expect(app.type).toBe('app');
    expect(app.config.distribution).toBe('private');
    expect(app.config.auth.type).toBe('static');
    const scopes = app.config.auth.requiredScopes;
    expect(new Set(scopes).size).toBe(scopes.length);
    expect(scopes).toEqual(Object.keys(build.REQUIRED_SCOPES));
    for (const needed of ['crm.objects.companies.read', 'crm.objects.companies.write', 'crm.objects.tasks.write', 'crm.objects.feedback_submissions.read']) {
      expect(scopes).toContain(needed);
    }
    // The app writes companies and tasks, nothing else.
    expect(scopes.filter((s) => /write/.test(s)).sort()).toEqual(['crm.objects.companies.write', 'crm.objects.tasks.write']);
    for (const s of scopes) expect([s, build.REQUIRED_SCOPES[s]!.length > 10]).toEqual([s, true]);
  });

  it('gives every component a unique uid and an entrypoint that exists', () => {
    const all = components();
    const uids = [readJson<Meta>(path.join(built.appDir, 'app-hsmeta.json')).uid, ...all.map((c) => c.meta.uid)];
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(new Set(uids).size).toBe(uids.length);
    for (const c of all) {
      expect(c.meta.uid).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
      // Webhooks (built when CHE_PUBLIC_URL is set) have no code to point at.
      if (c.meta.type === 'webhooks') continue;
      expect(c.meta.config.entrypoint).toMatch(new RegExp(`^/app/${c.dir}/`));
      expect([c.meta.uid, fs.existsSync(path.join(built.srcDir, c.meta.config.entrypoint!))]).toEqual([c.meta.uid, true]);
    }
  });

  it('lists the portal secrets a function may read only when the admin names them at build time', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'che-build-'));
    try {
      const withSecrets = await build.buildHubSpotProject({ outDir, env: { CHE_FUNCTION_SECRETS: 'CHE_MODEL_JSON, CHE_MAPPING_JSON' }, log: () => undefined });
      const meta = readJson<Meta>(path.join(withSecrets.appDir, 'functions', 'get-health-hsmeta.json'));
      expect(meta.config.secretKeys).toEqual(['CHE_MODEL_JSON', 'CHE_MAPPING_JSON']);
      await expect(build.buildHubSpotProject({ outDir, env: { CHE_FUNCTION_SECRETS: 'HUBSPOT_ACCESS_TOKEN' }, log: () => undefined }))
        .rejects.toThrow(/CHE_FUNCTION_SECRETS: HUBSPOT_ACCESS_TOKEN not among/);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('has one app function per card operation, named as the card calls it, each a CommonJS bundle exporting main', () => {
    const fns = components().filter((c) => c.dir === 'functions');
    expect(fns.map((f) => f.meta.uid).sort()).toEqual([...CARD_OPERATIONS].sort());
    for (const f of fns) {
      expect(f.meta.type).toBe('app-function');
      // PRIVATE_APP_ACCESS_TOKEN is injected by HubSpot and may not be listed.
      expect(f.meta.config.secretKeys).toEqual([]);
      const file = path.join(built.srcDir, f.meta.config.entrypoint!);
      const code = fs.readFileSync(file, 'utf8');
      // The core is inlined: no relative requires, and only the HubSpot client (installed by HubSpot) and node built-ins from outside.
      const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
      expect(required.filter((r) => r.startsWith('.'))).toEqual([]);
      expect([...new Set(required.filter((r) => !r.startsWith('node:') && !isBuiltin(r)))]).toEqual(['@hubspot/api-client']);
      expect(code).toContain('function assess(');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      expect(typeof require(file).main).toBe('function');
    }
    const pkg = readJson<{ dependencies: Record<string, string> }>(path.join(built.appDir, 'functions', 'package.json'));
    expect(Object.keys(pkg.dependencies)).toEqual(['@hubspot/api-client']);
  });

  it('has the company record card (when its sources exist) as a crm.record.tab on companies, importing only what HubSpot provides', () => {
    const cards = components().filter((c) => c.dir === 'cards');
    const sources = fs.existsSync(path.join(ROOT, 'extensions/health-card/HealthCard.tsx'));
    if (!sources) {
      expect(cards).toEqual([]);
      expect(logs.join('\n')).toMatch(/warning: .*card is left out/);
      return;
    }
    expect(cards).toHaveLength(1);
    const card = cards[0]!.meta;
    expect(card.type).toBe('card');
    expect(card.config.location).toBe('crm.record.tab');
    expect((card.config.objectTypes as string[]).map((t) => t.toLowerCase())).toEqual(['companies']);
    const code = fs.readFileSync(path.join(built.srcDir, card.config.entrypoint!), 'utf8');
    const imports = [...code.matchAll(/\bfrom\s+"([^"]+)"/g)].map((m) => m[1]!);
    for (const i of imports) expect(i).toMatch(/^(react(\/.*)?|@hubspot\/ui-extensions(\/.*)?)$/);
    expect(code).toMatch(/hubspot\.extend/);
  });

  it('keeps hubspot.config.yml free of accounts and keys', () => {
    const text = fs.readFileSync(path.join(ROOT, 'hubspot.config.yml'), 'utf8');
    const config = YAML.parse(text) as Record<string, unknown>;
    expect(config.accounts ?? []).toEqual([]);
    expect(config.portals).toBeUndefined();
    expect(text).not.toMatch(/^\s*(personalAccessKey|accessToken|apiKey|refreshToken|clientSecret)\s*:/m);
  });
});

type Subscription = { subscriptionType: string; propertyName?: string; objectType?: string; active: boolean };
type WebhooksMeta = Meta & { config: { settings: { targetUrl: string; maxConcurrentRequests: number }; subscriptions: Record<string, Subscription[]> } };

describe('the webhooks component', () => {
  const plan = propertiesToRead(DEFAULT_MAPPING);
  const outputs = new Set(OWNED_OUTPUT_PROPERTIES);
  let withUrl: Awaited<ReturnType<typeof build.buildHubSpotProject>>;
  let meta: WebhooksMeta;
  let withUrlLogs: string[];
  let outDir: string;
  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'che-build-webhooks-'));
    withUrlLogs = [];
    withUrl = await build.buildHubSpotProject({ outDir, env: { CHE_PUBLIC_URL: 'https://che.example.com/' }, log: (m) => withUrlLogs.push(m) });
    meta = readJson<WebhooksMeta>(path.join(withUrl.appDir, 'webhooks', 'webhooks-hsmeta.json'));
  });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('is built with CHE_PUBLIC_URL: type webhooks, a uid unique in the project, the backend\'s webhook URL as target', () => {
    expect(withUrl.webhooks).toBe(meta.uid);
    expect(meta.type).toBe('webhooks');
    expect(meta.uid).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
    const uids = [readJson<Meta>(path.join(withUrl.appDir, 'app-hsmeta.json')).uid, ...components(withUrl.appDir).map((c) => c.meta.uid)];
    expect(uids.filter((u) => u === meta.uid)).toHaveLength(1);
    expect(new Set(uids).size).toBe(uids.length);
    expect(build.WEBHOOK_PATH).toBe(WEBHOOK_PATH);
    expect(meta.config.settings).toEqual({ targetUrl: `https://che.example.com${WEBHOOK_PATH}`, maxConcurrentRequests: 10 });
    expect(withUrlLogs.join('\n')).toContain(`webhooks: ${meta.uid} → https://che.example.com${WEBHOOK_PATH}`);
  });

  it('subscribes to every property the default mapping reads on companies, contacts, deals and tickets, and never to an output', () => {
    const legacy = meta.config.subscriptions.legacyCrmObjects!;
    expect(Object.keys(meta.config.subscriptions)).toEqual(['legacyCrmObjects']);
    expect(new Set(legacy.map((s) => `${s.subscriptionType}:${s.propertyName ?? ''}`)).size).toBe(legacy.length);
    for (const s of legacy) expect(s.active).toBe(true);
    for (const [objectType, prefix] of Object.entries(build.WEBHOOK_OBJECTS) as [keyof typeof plan, string][]) {
      const subscribed = legacy.filter((s) => s.subscriptionType === `${prefix}.propertyChange`).map((s) => s.propertyName!);
      // Derived, not a hand list: exactly what the model reads there, minus the app's outputs.
      expect(subscribed.sort()).toEqual(plan[objectType].properties.filter((p) => !outputs.has(p)).sort());
      for (const p of subscribed) expect([prefix, p, outputs.has(p)]).toEqual([prefix, p, false]);
      // The app's own properties subscribed to exist in what `che provision` creates on that object.
      const provisioned = new Set((CATALOGUE.properties[objectType as keyof typeof CATALOGUE.properties] ?? []).map((p) => p.name));
      for (const p of subscribed.filter((n) => n.startsWith('che_'))) expect([prefix, p, provisioned.has(p)]).toEqual([prefix, p, true]);
      expect(legacy.map((s) => s.subscriptionType)).toEqual(expect.arrayContaining([`${prefix}.creation`, `${prefix}.associationChange`]));
    }
    const companyProps = legacy.filter((s) => s.subscriptionType === 'company.propertyChange').map((s) => s.propertyName);
    expect(companyProps).toEqual(expect.arrayContaining(['lifecyclestage', 'che_active_users', 'che_payment_status', 'che_override_score']));
    // The score history is read (for the trend) but is the app's own output.
    expect(plan.companies.properties).toContain('che_health_score');
    expect(companyProps).not.toContain('che_health_score');
    expect(legacy.filter((s) => s.subscriptionType === 'deal.propertyChange').map((s) => s.propertyName)).toContain('dealstage');
    expect(legacy.filter((s) => s.subscriptionType === 'ticket.propertyChange').map((s) => s.propertyName)).toContain('hs_pipeline_stage');
  });

  it('emits only events the backend\'s receiver turns into a rescore, and the app has the read scope of each object', () => {
    const scopeOf: Record<string, string> = { company: 'crm.objects.companies.read', contact: 'crm.objects.contacts.read', deal: 'crm.objects.deals.read', ticket: 'tickets' };
    const sides: Record<string, string> = { company: 'COMPANY', contact: 'CONTACT', deal: 'DEAL', ticket: 'TICKET' };
    for (const s of meta.config.subscriptions.legacyCrmObjects!) {
      const [prefix, kind] = s.subscriptionType.split('.') as [string, string];
      expect(Object.keys(build.REQUIRED_SCOPES)).toContain(scopeOf[prefix]);
      const event = WebhookEvent.parse({
        eventId: 1, subscriptionType: s.subscriptionType, objectId: 11, propertyName: s.propertyName, changeSource: 'CRM_UI',
        ...(kind === 'associationChange' ? { associationType: `${sides[prefix]}_TO_COMPANY`, fromObjectId: 11, toObjectId: 22 } : {}),
      });
      const routed = routeEvent(event, '999');
      expect([s.subscriptionType, s.propertyName, 'refs' in routed && routed.refs.length > 0]).toEqual([s.subscriptionType, s.propertyName, true]);
    }
  });

  it('is left out without CHE_PUBLIC_URL, with a note saying how to get it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'che-build-nowebhooks-'));
    try {
      const notes: string[] = [];
      const plain = await build.buildHubSpotProject({ outDir: dir, env: { CHE_PUBLIC_URL: '  ' }, log: (m) => notes.push(m) });
      expect(plain.webhooks).toBeNull();
      expect(fs.existsSync(path.join(plain.appDir, 'webhooks'))).toBe(false);
      expect(components(plain.appDir).filter((c) => c.meta.type === 'webhooks' || c.dir === 'webhooks')).toEqual([]);
      expect(notes.join('\n')).toMatch(/note: no webhooks component \(CHE_PUBLIC_URL is not set\).*CHE_PUBLIC_URL=https:\/\/.*npm run build:hubspot/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a CHE_PUBLIC_URL that is not https (or local http), naming the variable, before touching the previous build', async () => {
    const before = fs.readFileSync(path.join(withUrl.appDir, 'webhooks', 'webhooks-hsmeta.json'), 'utf8');
    for (const bad of ['http://che.example.com', 'che.example.com', 'ftp://che.example.com', 'https://che.example.com/?a=1']) {
      await expect(build.buildHubSpotProject({ outDir, env: { CHE_PUBLIC_URL: bad }, log: () => undefined })).rejects.toThrow(/^CHE_PUBLIC_URL: /);
    }
    await expect(build.buildHubSpotProject({ outDir, env: { CHE_PUBLIC_URL: 'https://user:s3cret@che.example.com' }, log: () => undefined }))
      .rejects.toThrow(expect.objectContaining({ message: expect.not.stringContaining('s3cret') }));
    expect(fs.readFileSync(path.join(withUrl.appDir, 'webhooks', 'webhooks-hsmeta.json'), 'utf8')).toBe(before);
  });

  it('takes https URLs (with a path prefix) and http only on localhost / 127.0.0.1', () => {
    expect(build.webhookTargetUrl('https://che.example.com')).toBe(`https://che.example.com${WEBHOOK_PATH}`);
    expect(build.webhookTargetUrl(' https://example.com/che// ')).toBe(`https://example.com/che${WEBHOOK_PATH}`);
    expect(build.webhookTargetUrl('http://localhost:3000/')).toBe(`http://localhost:3000${WEBHOOK_PATH}`);
    expect(build.webhookTargetUrl('http://127.0.0.1:8080')).toBe(`http://127.0.0.1:8080${WEBHOOK_PATH}`);
    // Kept as written (not normalised): the server checks signatures over CHE_PUBLIC_URL + path, HubSpot signs this targetUrl.
    expect(build.webhookTargetUrl('https://Che.Example.com:443/')).toBe(`https://Che.Example.com:443${WEBHOOK_PATH}`);
    expect(() => build.webhookTargetUrl('http://localhost.example.com')).toThrow(/CHE_PUBLIC_URL: expected the public https URL/);
  });
});

const BUILTINS = new Set(builtinModules);
const isBuiltin = (name: string) => BUILTINS.has(name) || BUILTINS.has(name.split('/')[0]!);

describe('the built functions in HubSpot\'s function executor, against the sandbox', () => {
  let h: CardSandbox;
  beforeAll(async () => {
    h = await startCardSandbox({ companies: 8, seed: 3 });
  });
  afterAll(() => h?.stop());

  async function runBuilt(uid: string, parameters: unknown): Promise<{ response?: { ok: boolean; data?: Record<string, unknown>; error?: { code: string; fields?: { field: string }[] } }; error?: string }> {
    const child = promisify(execFile)(process.execPath, [path.join(__dirname, 'run-built-function.js'), built.appDir, uid], {
      cwd: ROOT,
      // Only what a function gets: the app token and, locally, where HubSpot is.
      env: { PATH: process.env.PATH, PRIVATE_APP_ACCESS_TOKEN: h.sandbox.token, HUBSPOT_BASE_URL: h.sandbox.url, HUBSPOT_SEARCH_RATE: '5', HUBSPOT_RATE_LIMIT: '1000' },
      maxBuffer: 16 * 1024 * 1024,
    });
    child.child.stdin!.end(JSON.stringify(parameters));
    const { stdout } = await child;
    return JSON.parse(stdout);
  }

  it('get-health on a scored company answers its score', async () => {
    const id = h.scoredId;
    const out = await runBuilt('get-health', { companyId: id });
    expect(out.error).toBeUndefined();
    expect(out.response).toMatchObject({ ok: true, data: { companyId: id, status: 'scored', stored: { score: Number(h.value(id, 'che_health_score')), tier: h.value(id, 'che_health_tier') } } });
  });

  it('answers bad parameters and unknown companies with readable errors, not a crash', async () => {
    const bad = await runBuilt('get-health', { companyId: 'acme' });
    expect(bad.response).toMatchObject({ ok: false, error: { code: 'bad_request', fields: [{ field: 'companyId' }] } });
    const missing = await runBuilt('set-override', { action: 'clear', companyId: '987654321' });
    expect(missing.response).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('recalculate-health writes the score back through the built bundle', async () => {
    const id = h.customerIds[1]!;
    const out = await runBuilt('recalculate-health', { companyId: id });
    expect(out.response).toMatchObject({ ok: true, data: { companyId: id, status: 'scored' } });
    const data = out.response!.data as { stored: { score: number }; assessment: { score: number } };
    expect(data.stored.score).toBe(data.assessment.score);
    expect(Number(h.value(id, 'che_health_score'))).toBe(data.assessment.score);
  });
});
