/**
 * `che serve` settings, read from the environment and validated with zod at
 * start: a bad or missing variable stops the server with a message naming
 * each one (never its value: some are secrets). The HubSpot connection's own
 * variables (HUBSPOT_ACCESS_TOKEN, HUBSPOT_BASE_URL, …) are read by
 * src/hubspot/env.ts and reported together with these.
 *
 * | variable                  | default               | meaning                                                            |
 * |---------------------------|-----------------------|--------------------------------------------------------------------|
 * | HUBSPOT_CLIENT_SECRET     | (required)            | the app's client secret: verifies webhook, action and card requests |
 * | HUBSPOT_APP_ID            |                       | the app's id: its own CRM writes (sourceId) are ignored             |
 * | HUBSPOT_DEVELOPER_API_KEY |                       | only for `che workflows --create-action` (Automation v4 actions)     |
 * | CHE_PORT                  | 3000                  | port to listen on                                                  |
 * | CHE_HOST                  | 0.0.0.0               | interface to listen on                                             |
 * | CHE_PUBLIC_URL            |                       | the URL HubSpot calls (https://che.example.com) behind a proxy      |
 * | CHE_DB_PATH               | che-server.sqlite     | the event store (SQLite file; :memory: for a throwaway one)         |
 * | CHE_DEBOUNCE_SECONDS      | 30                    | CRM changes are gathered this long into one run                    |
 * | CHE_FULL_RUN_CRON         | 0 2 * * *             | the nightly full run (cron expression)                             |
 * | CHE_INCREMENTAL_CRON      | *\/15 * * * *          | the incremental run (changes since the last run)                   |
 * | CHE_TIMEZONE              | UTC                   | time zone of both cron expressions (IANA name)                     |
 * | CHE_SCHEDULE              | on                    | off: no scheduled runs (webhooks and actions only)                 |
 * | CHE_MAX_BODY_KB           | 512                   | largest request body accepted                                      |
 * | CHE_MODEL                 | renewal-7             | built-in scoring model (renewal-7 or engine-5)                     |
 * | CHE_CRITICAL_TASKS        | off                   | on: a task for the owner when an account enters critical           |
 */
import cron from 'node-cron';
import { z } from 'zod';
import { BUILT_IN_MODELS, type BuiltInModelName } from '../core/models';
import { hubSpotConfigFromEnv, HubSpotEnvError, type HubSpotConfig } from '../hubspot/env';

export interface ServerConfig {
  hubspot: HubSpotConfig;
  clientSecret: string;
  appId?: string;
  port: number;
  host: string;
  publicUrl?: string;
  dbPath: string;
  debounceMs: number;
  schedule: { enabled: boolean; fullCron: string; incrementalCron: string; timezone: string };
  maxBodyBytes: number;
  model: BuiltInModelName;
  criticalTasks: boolean;
}

export class ServerConfigError extends Error {
  constructor(readonly variables: string[], message: string) {
    super(message);
    this.name = 'ServerConfigError';
  }
}

const whole = (min: number, max: number) => z.string().trim()
  .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
  .transform(Number)
  .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const onOff = z.string().trim().toLowerCase()
  .refine((v) => ['on', 'off', 'true', 'false', '1', '0', 'yes', 'no'].includes(v), 'must be on or off')
  .transform((v) => ['on', 'true', '1', 'yes'].includes(v));

const cronExpression = z.string().trim().refine((v) => cron.validate(v), 'must be a cron expression such as "0 2 * * *"');

const timezone = z.string().trim().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/Berlin');

const serverEnv = z.object({
  HUBSPOT_CLIENT_SECRET: z.string().trim().min(8, 'must be the app\'s client secret (8 characters or more)'),
  HUBSPOT_APP_ID: z.string().trim().regex(/^\d+$/, 'must be the app id (digits)').optional(),
  CHE_PORT: whole(0, 65_535).default(3000),
  CHE_HOST: z.string().trim().min(1).default('0.0.0.0'),
  CHE_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://che.example.com' })
    .transform((u) => u.replace(/\/+$/, '')).optional(),
  CHE_DB_PATH: z.string().trim().min(1).default('che-server.sqlite'),
  CHE_DEBOUNCE_SECONDS: whole(0, 3600).default(30),
  CHE_FULL_RUN_CRON: cronExpression.default('0 2 * * *'),
  CHE_INCREMENTAL_CRON: cronExpression.default('*/15 * * * *'),
  CHE_TIMEZONE: timezone.default('UTC'),
  CHE_SCHEDULE: onOff.default(true),
  CHE_MAX_BODY_KB: whole(1, 10_240).default(512),
  CHE_MODEL: z.string().trim().refine((m) => m in BUILT_IN_MODELS, `must be one of ${Object.keys(BUILT_IN_MODELS).join(', ')}`)
    .default('renewal-7'),
  CHE_CRITICAL_TASKS: onOff.default(false),
});

/** Reads the server's settings; throws ServerConfigError naming every bad or missing variable (values never echoed). */
export function serverConfigFromEnv(env: Record<string, string | undefined>): ServerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const problems: { variable: string; message: string }[] = [];
  let hubspot: HubSpotConfig | undefined;
  try {
    hubspot = hubSpotConfigFromEnv(env);
  } catch (err) {
    if (!(err instanceof HubSpotEnvError)) throw err;
    problems.push({ variable: err.variables.join(', '), message: err.message.replace(/^HubSpot settings: /, '') });
  }
  const parsed = serverEnv.safeParse(present);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const variable = String(issue.path[0]);
      problems.push({ variable, message: `${variable} ${issue.code === 'invalid_type' ? 'is not set' : issue.message}` });
    }
  }
  if (problems.length > 0 || !parsed.success || !hubspot) {
    throw new ServerConfigError(problems.map((p) => p.variable), `che serve settings: ${problems.map((p) => p.message).join('; ')}`);
  }
  const e = parsed.data;
  return {
    hubspot,
    clientSecret: e.HUBSPOT_CLIENT_SECRET,
    ...(e.HUBSPOT_APP_ID ? { appId: e.HUBSPOT_APP_ID } : {}),
    port: e.CHE_PORT,
    host: e.CHE_HOST,
    ...(e.CHE_PUBLIC_URL ? { publicUrl: e.CHE_PUBLIC_URL } : {}),
    dbPath: e.CHE_DB_PATH,
    debounceMs: e.CHE_DEBOUNCE_SECONDS * 1000,
    schedule: { enabled: e.CHE_SCHEDULE, fullCron: e.CHE_FULL_RUN_CRON, incrementalCron: e.CHE_INCREMENTAL_CRON, timezone: e.CHE_TIMEZONE },
    maxBodyBytes: e.CHE_MAX_BODY_KB * 1024,
    model: e.CHE_MODEL as BuiltInModelName,
    criticalTasks: e.CHE_CRITICAL_TASKS,
  };
}
