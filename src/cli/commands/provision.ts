/**
 * `che provision`: creates the app's property groups, properties and association
 * labels in the portal HUBSPOT_ACCESS_TOKEN opens (HubSpot, or the sandbox through
 * HUBSPOT_BASE_URL) — parse options → read the environment → connect → provision
 * → print the report. Safe to repeat. Exit 0 when everything is in place, 1 when
 * a conflict was reported (a property of ours with another type), 2 for bad input.
 */
import { z } from 'zod';
import { createHubSpotConnection } from '../../hubspot/connection';
import { HubSpotApiError } from '../../hubspot/connection/errors';
import type { HubSpotConnection } from '../../hubspot/contracts';
import { hubSpotConfigFromEnv, HubSpotEnvError, type HubSpotConfig } from '../../hubspot/env';
import { formatReport, provision } from '../../hubspot/provision';
import { UsageError, type Io } from '../io';

const optionsSchema = z.object({ dryRun: z.boolean().default(false), json: z.boolean().default(false) });

export interface ProvisionCommandDeps {
  /** The environment: process.env in the CLI, an object in tests. */
  env: Record<string, string | undefined>;
  connect?: (config: HubSpotConfig) => HubSpotConnection;
}

export async function runProvision(raw: Record<string, unknown>, io: Io, deps: ProvisionCommandDeps): Promise<number> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n'));
  const opts = parsed.data;
  let config: HubSpotConfig;
  try {
    config = hubSpotConfigFromEnv(deps.env);
  } catch (err) {
    if (err instanceof HubSpotEnvError) throw new UsageError(err.message);
    throw err;
  }
  const conn = (deps.connect ?? createHubSpotConnection)(config);
  try {
    const report = await provision(conn, { dryRun: opts.dryRun });
    io.stdout(opts.json ? `${JSON.stringify({ ...report, calls: conn.calls.stats() }, null, 2)}\n` : formatReport(report));
    return report.conflicts.length > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof HubSpotApiError) {
      io.stderr(`che: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
