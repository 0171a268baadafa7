/**
 * The HubSpot connection's settings, read from the environment and validated
 * with zod. The environment is a parameter (commands pass `process.env`, tests
 * pass a plain object), and no message ever contains the token: errors name
 * the variable and say what is wrong with it, nothing more.
 *
 * | variable                   | default                  | meaning                                                        |
 * |----------------------------|--------------------------|----------------------------------------------------------------|
 * | HUBSPOT_ACCESS_TOKEN       | (required)               | private-app / static-auth access token                         |
 * | PRIVATE_APP_ACCESS_TOKEN   |                          | the same token as HubSpot hands it to an app function          |
 * | HUBSPOT_BASE_URL           | https://api.hubapi.com   | HubSpot's API, or the sandbox's URL                            |
 * | HUBSPOT_RATE_LIMIT         | 100                      | requests per rolling 10 s this app may use                     |
 * | HUBSPOT_SEARCH_RATE        | 4                        | CRM search requests per second (HubSpot allows 5)              |
 * | HUBSPOT_MAX_RETRIES        | 5                        | retries after a 429, a 5xx or a network error                  |
 *
 * HUBSPOT_RATE_LIMIT defaults to 100, the lowest private-app burst limit
 * (Free/Starter portals: 100 per 10 s; Professional/Enterprise: 190). The
 * budget is shared by every private app of the portal, so on a bigger portal
 * the default leaves the rest to other integrations; on a small portal with
 * other busy integrations, set it lower.
 */
import { z } from 'zod';

export const DEFAULT_BASE_URL = 'https://api.hubapi.com';

export interface HubSpotConfig {
  token: string;
  baseUrl: string;
  perTenSeconds: number;
  searchPerSecond: number;
  maxRetries: number;
}

/** The environment is missing a variable or holds a bad value; `variables` names each one. */
export class HubSpotEnvError extends Error {
  constructor(readonly variables: string[], message: string) {
    super(message);
    this.name = 'HubSpotEnvError';
  }
}

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const tokenSchema = z
  .string()
  .trim()
  .min(1, 'is empty')
  // A token is one header-safe word; whitespace or control characters mean a paste error.
  .regex(/^[\x21-\x7e]+$/, 'contains spaces or characters a token cannot hold');

const envSchema = z.object({
  HUBSPOT_ACCESS_TOKEN: tokenSchema.optional(),
  PRIVATE_APP_ACCESS_TOKEN: tokenSchema.optional(),
  HUBSPOT_BASE_URL: z
    .string()
    .trim()
    .url('must be an http(s) URL such as https://api.hubapi.com')
    .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL such as https://api.hubapi.com')
    .transform((u) => u.replace(/\/+$/, ''))
    .default(DEFAULT_BASE_URL),
  HUBSPOT_RATE_LIMIT: wholeNumber(1, 1000).default(100),
  HUBSPOT_SEARCH_RATE: wholeNumber(1, 5).default(4),
  HUBSPOT_MAX_RETRIES: wholeNumber(0, 10).default(5),
});

/** Reads the settings from `env`; throws HubSpotEnvError naming every bad or missing variable. */
export function hubSpotConfigFromEnv(env: Record<string, string | undefined>): HubSpotConfig {
  // An empty variable counts as unset (shells and .env files produce them), except the token,
  // where an explicitly empty value is a mistake worth naming.
  const present = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => v !== undefined && (v.trim() !== '' || k.endsWith('ACCESS_TOKEN'))),
  );
  const parsed = envSchema.safeParse(present);
  const problems: { variable: string; message: string }[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // Never echo the received value: for the token it is the secret itself.
      problems.push({ variable: String(issue.path[0]), message: issue.message });
    }
  }
  const token = parsed.success ? parsed.data.HUBSPOT_ACCESS_TOKEN ?? parsed.data.PRIVATE_APP_ACCESS_TOKEN : undefined;
  if (parsed.success && token === undefined) {
    problems.push({
      variable: 'HUBSPOT_ACCESS_TOKEN',
      message: 'is not set (a private-app access token; inside an app function PRIVATE_APP_ACCESS_TOKEN is used)',
    });
  }
  if (problems.length > 0 || !parsed.success || token === undefined) {
    const lines = problems.map((p) => `${p.variable} ${p.message}`);
    throw new HubSpotEnvError(problems.map((p) => p.variable), `HubSpot settings: ${lines.join('; ')}`);
  }
  return {
    token,
    baseUrl: parsed.data.HUBSPOT_BASE_URL,
    perTenSeconds: parsed.data.HUBSPOT_RATE_LIMIT,
    searchPerSecond: parsed.data.HUBSPOT_SEARCH_RATE,
    maxRetries: parsed.data.HUBSPOT_MAX_RETRIES,
  };
}
