/**
 * The app functions' one adapter: HubSpot's function context → the card
 * operation → the CardResponse the card reads. Each function file only names
 * its operation.
 *
 * Platform 2026.03 calls `main(context)` and sends back what it returns; the
 * card's `hubspot.serverless(uid, { parameters })` arrives as
 * `context.parameters`. The app's access token is the PRIVATE_APP_ACCESS_TOKEN
 * HubSpot injects into the environment (the local dev server also puts it in
 * `context.secrets`); HUBSPOT_BASE_URL points the function at the sandbox when
 * it runs locally. Nothing here logs the token or the parameters.
 */
import { z } from 'zod';
import { builtInModel } from '../../src/core/models';
import { createHubSpotConnection } from '../../src/hubspot/connection';
import type { HubSpotConnection } from '../../src/hubspot/contracts';
import { hubSpotConfigFromEnv } from '../../src/hubspot/env';
import { DEFAULT_MAPPING } from '../../src/hubspot/mapping';
import { handleCardOperation, toCardError, type CardOperation, type CardResponse } from '../../src/jobs/card';

/** What the function reads of HubSpot's context (the rest is ignored). */
const FunctionContext = z.object({
  parameters: z.unknown().optional(),
  secrets: z.record(z.string(), z.string()).optional(),
}).loose();

export type Env = Record<string, string | undefined>;

/** Warm invocations reuse the connection, and with it the rate limiter's window. */
let cached: { key: string; conn: HubSpotConnection } | undefined;

function connectionFor(env: Env, secrets: Record<string, string> | undefined): HubSpotConnection {
  const config = hubSpotConfigFromEnv({
    PRIVATE_APP_ACCESS_TOKEN: env.PRIVATE_APP_ACCESS_TOKEN ?? secrets?.PRIVATE_APP_ACCESS_TOKEN,
    HUBSPOT_BASE_URL: env.HUBSPOT_BASE_URL,
    HUBSPOT_RATE_LIMIT: env.HUBSPOT_RATE_LIMIT,
    HUBSPOT_SEARCH_RATE: env.HUBSPOT_SEARCH_RATE,
    HUBSPOT_MAX_RETRIES: env.HUBSPOT_MAX_RETRIES,
  });
  const key = `${config.baseUrl} ${config.token}`;
  if (cached?.key !== key) cached = { key, conn: createHubSpotConnection(config) };
  return cached.conn;
}

/** Runs `operation` for one function invocation; never throws. */
export async function runCardFunction(operation: CardOperation, context: unknown, env: Env = process.env): Promise<CardResponse<CardOperation>> {
  const ctx = FunctionContext.safeParse(context ?? {});
  if (!ctx.success) {
    return { ok: false, error: { code: 'bad_request', message: `${operation}: the function context is not an object with parameters` } };
  }
  try {
    const conn = connectionFor(env, ctx.data.secrets);
    const deps = { conn, mapping: DEFAULT_MAPPING, model: builtInModel('renewal-7'), now: () => new Date() };
    return await handleCardOperation(deps, operation, ctx.data.parameters ?? {});
  } catch (err) {
    // Only the configuration can throw here (handleCardOperation never does).
    return { ok: false, error: toCardError(err) };
  }
}
