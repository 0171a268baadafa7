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
 * it runs locally. A portal's own mapping and model arrive the same way, as
 * the optional secrets CHE_MAPPING_JSON, CHE_MODEL and CHE_MODEL_JSON
 * (src/jobs/card/portal-settings.ts). Nothing here logs the token or the
 * parameters, and no answer carries the token.
 */
import { z } from 'zod';
import { createHubSpotConnection } from '../../src/hubspot/connection';
import type { HubSpotConnection } from '../../src/hubspot/contracts';
import { hubSpotConfigFromEnv } from '../../src/hubspot/env';
import { handleCardOperation, portalSettingsFromEnv, toCardError, type CardOperation, type CardResponse } from '../../src/jobs/card';

/** What the function reads of HubSpot's context (the rest is ignored). */
const FunctionContext = z.object({
  parameters: z.unknown().optional(),
  // Only PRIVATE_APP_ACCESS_TOKEN is read; other entries may hold anything.
  secrets: z.record(z.string(), z.unknown()).optional(),
}).loose();

export type Env = Record<string, string | undefined>;

/** Warm invocations reuse the connection, and with it the rate limiter's window. */
let cached: { key: string; conn: HubSpotConnection } | undefined;

const tokenIn = (env: Env, secrets: Record<string, unknown> | undefined): string | undefined => {
  const fromSecrets = secrets?.PRIVATE_APP_ACCESS_TOKEN;
  return env.PRIVATE_APP_ACCESS_TOKEN ?? (typeof fromSecrets === 'string' ? fromSecrets : undefined);
};

function connectionFor(env: Env, secrets: Record<string, unknown> | undefined): HubSpotConnection {
  const config = hubSpotConfigFromEnv({
    PRIVATE_APP_ACCESS_TOKEN: tokenIn(env, secrets),
    HUBSPOT_BASE_URL: env.HUBSPOT_BASE_URL,
    HUBSPOT_RATE_LIMIT: env.HUBSPOT_RATE_LIMIT,
    HUBSPOT_SEARCH_RATE: env.HUBSPOT_SEARCH_RATE,
    HUBSPOT_MAX_RETRIES: env.HUBSPOT_MAX_RETRIES,
  });
  const key = `${config.baseUrl} ${config.token}`;
  if (cached?.key !== key) cached = { key, conn: createHubSpotConnection(config) };
  return cached.conn;
}

/** Belt and braces: HubSpot errors are redacted already, but an answer must never carry the token whatever threw. */
function withoutToken(res: CardResponse<CardOperation>, token: string | undefined): CardResponse<CardOperation> {
  if (res.ok || !token || !res.error.message.includes(token)) return res;
  return { ok: false, error: { ...res.error, message: res.error.message.split(token).join('[redacted]') } };
}

/** Runs `operation` for one function invocation; never throws. `now` is the clock (tests pass the sandbox's). */
export async function runCardFunction(
  operation: CardOperation, context: unknown, env: Env = process.env, now: () => Date = () => new Date(),
): Promise<CardResponse<CardOperation>> {
  const ctx = FunctionContext.safeParse(context ?? {});
  if (!ctx.success) {
    return { ok: false, error: { code: 'bad_request', message: `${operation}: the function context is not an object with parameters` } };
  }
  let res: CardResponse<CardOperation>;
  try {
    const conn = connectionFor(env, ctx.data.secrets);
    const { mapping, model } = portalSettingsFromEnv(env);
    res = await handleCardOperation({ conn, mapping, model, now }, operation, ctx.data.parameters ?? {});
  } catch (err) {
    // Only the configuration can throw here (handleCardOperation never does).
    res = { ok: false, error: toCardError(err) };
  }
  return withoutToken(res, tokenIn(env, ctx.data.secrets));
}
