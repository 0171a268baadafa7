/**
 * `che serve`: the backend service — webhooks, the workflow action, the card
 * API and the schedule — until SIGINT/SIGTERM. Settings come from the
 * environment (see .env.example); a bad or missing variable stops it at once
 * with a message naming each one. Options override the environment.
 */
import { z } from 'zod';
import { serverConfigFromEnv, ServerConfigError, type ServerConfig } from '../../server/config';
import { startServer, type RunningServer, type StartOptions } from '../../server/start';
import { UsageError, type Io } from '../io';
import { untilSignal } from '../until-signal';
import { loadModel } from '../load-model';

const optionsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65_535).optional(),
  db: z.string().min(1).optional(),
  schedule: z.boolean().default(true),
  model: z.string().min(1).optional(),
});

const FLAG: Record<string, string> = { port: '--port', db: '--db', schedule: '--no-schedule', model: '--model' };

export interface ServeDeps {
  env: Record<string, string | undefined>;
  /** The card API's handler (src/jobs/card), injected by whoever wires it. */
  cardHandler?: StartOptions['cardHandler'];
  start?: (config: ServerConfig, opts: StartOptions) => Promise<RunningServer>;
  /** Resolves when the process is asked to stop. */
  untilStopped?: () => Promise<void>;
}

function config(env: ServeDeps['env'], opts: z.infer<typeof optionsSchema>): ServerConfig {
  let c: ServerConfig;
  try {
    c = serverConfigFromEnv(env);
  } catch (err) {
    if (err instanceof ServerConfigError) throw new UsageError(err.message);
    throw err;
  }
  return {
    ...c,
    ...(opts.port !== undefined ? { port: opts.port } : {}),
    ...(opts.db ? { dbPath: opts.db } : {}),
    schedule: { ...c.schedule, enabled: c.schedule.enabled && opts.schedule },
  };
}

export async function runServe(raw: Record<string, unknown>, io: Io, deps: ServeDeps): Promise<number> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => `${FLAG[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`).join('\n'));
  }
  const settings = config(deps.env, parsed.data);
  const model = parsed.data.model ? await loadModel(parsed.data.model, io) : undefined;
  const running = await (deps.start ?? startServer)(settings, {
    ...(model ? { model } : {}),
    ...(deps.cardHandler ? { cardHandler: deps.cardHandler } : {}),
    log: (line) => io.stdout(`${new Date().toISOString()} ${line}\n`),
  });
  try {
    const base = settings.publicUrl ?? running.url;
    io.stdout([
      `che serve listening on ${running.url}`,
      `  webhooks target URL:      ${base}/webhooks/hubspot`,
      `  workflow action URL:      ${base}/hubspot/workflow-action`,
      `  card API (hubspot.fetch): ${base}/api/card/<operation>`,
      `  health: ${running.url}/healthz   runs: ${running.url}/runs`,
      settings.schedule.enabled
        ? `  schedule (${settings.schedule.timezone}): full "${settings.schedule.fullCron}", incremental "${settings.schedule.incrementalCron}"`
        : '  schedule: off',
      `  webhook debounce: ${settings.debounceMs / 1000} s; event store: ${settings.dbPath}`,
      '',
    ].join('\n'));
    await (deps.untilStopped ?? untilSignal)();
  } finally {
    await running.close();
  }
  return 0;
}
