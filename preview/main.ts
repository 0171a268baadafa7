/**
 * `npm run preview`: starts (or connects to) a portal, serves the card
 * preview, prints its URLs and runs until Ctrl-C.
 *
 *   --port N         preview port (default 8790; 0 picks a free one)
 *   --companies N    generated sandbox companies (default 300)
 *   --seed N         generator seed (default 3)
 *   --company ID     also print the URL of this company's card
 *   --screenshots D  save PNGs of a critical, an at-risk and a thriving card into D, then exit
 * With HUBSPOT_ACCESS_TOKEN (+ HUBSPOT_BASE_URL) set, an existing sandbox or portal is used as it is.
 */
import { z } from 'zod';
import { exampleCompanies, EXAMPLE_TIERS } from './companies';
import { companyPath } from './pages';
import { connectPortal, startSandboxPortal, type PreviewPortal } from './portal';
import { takeScreenshots } from './screenshots';
import { startPreviewServer } from './server';

const whole = (name: string, min: number, max: number) => z.string()
  .regex(/^\d+$/, `--${name} must be a whole number`).transform(Number)
  .pipe(z.number().min(min, `--${name} must be at least ${min}`).max(max, `--${name} must be at most ${max}`));

const Flags = z.object({
  port: whole('port', 0, 65_535).default(8790),
  companies: whole('companies', 1, 20_000).default(300),
  // Seed 3: its generated portfolio holds critical accounts after the history runs (seed 1's are held at risk by tier hysteresis).
  seed: whole('seed', 0, 2 ** 31).default(3),
  company: z.string().regex(/^[1-9]\d{0,18}$/, '--company must be a HubSpot record id (digits)').optional(),
  screenshots: z.string().min(1, '--screenshots needs a folder').optional(),
  help: z.literal('true').optional(),
});
export type PreviewFlags = z.infer<typeof Flags>;

const USAGE = `npm run preview -- [--port N] [--companies N] [--seed N] [--company ID] [--screenshots DIR]
  Serves the company health card of every customer company as a local web page.
  By default on a local sandbox (generated portfolio, provisioned and scored);
  with HUBSPOT_ACCESS_TOKEN (and HUBSPOT_BASE_URL) set, on that sandbox or portal.`;

/** `--name value` or `--name=value`; a flag without a value reads as "true". */
export function parseFlags(argv: readonly string[]): PreviewFlags {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unexpected argument ${JSON.stringify(arg)}\n${USAGE}`);
    const name = match[1]!;
    if (!(name in Flags.shape)) throw new Error(`unknown flag --${name}\n${USAGE}`);
    const next = argv[i + 1];
    raw[name] = match[2] ?? (next !== undefined && !next.startsWith('--') ? (i++, next) : 'true');
  }
  const parsed = Flags.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('\n'));
  return parsed.data;
}

async function openPortal(flags: PreviewFlags, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<PreviewPortal> {
  if (env.HUBSPOT_ACCESS_TOKEN || env.PRIVATE_APP_ACCESS_TOKEN) {
    log('HUBSPOT_ACCESS_TOKEN is set: previewing that portal as it is (buttons you press write to it).');
    return connectPortal(env);
  }
  return startSandboxPortal({ companies: flags.companies, seed: flags.seed, log });
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  let flags: PreviewFlags;
  try {
    flags = parseFlags(argv);
  } catch (err) {
    process.stderr.write(`preview: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  if (flags.help) {
    log(USAGE);
    return 0;
  }
  const portal = await openPortal(flags, env, log);
  const server = await startPreviewServer(portal.backend, { port: flags.screenshots ? 0 : flags.port });
  const stop = async () => {
    await server.close();
    await portal.stop();
  };
  try {
    const examples = exampleCompanies(await portal.backend.listCompanies());
    if (flags.screenshots) {
      const files = await takeScreenshots(server.url, examples, flags.screenshots);
      log(files.length > 0 ? `Saved ${files.join(', ')}` : 'No scored company to photograph.');
      await stop();
      return files.length > 0 ? 0 : 1;
    }
    log('');
    log(`Card preview on ${server.url}/  (customer companies, most urgent first)`);
    for (const tier of EXAMPLE_TIERS) {
      const row = examples[tier];
      if (row) log(`  ${tier.padEnd(9)} ${server.url}${companyPath(row.id)}   ${row.name} (score ${row.score ?? '—'})`);
    }
    if (flags.company) log(`  company ${flags.company}: ${server.url}${companyPath(flags.company)}`);
    if (portal.sandbox) log(`Sandbox: HUBSPOT_BASE_URL=${portal.sandbox.url} HUBSPOT_ACCESS_TOKEN=${portal.sandbox.token}`);
    log('Ctrl-C stops the preview.');
  } catch (err) {
    await stop();
    throw err;
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await stop();
  return 0;
}
