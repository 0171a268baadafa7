/**
 * The card's own configuration (card-config.json, bundled with the card).
 * It chooses how the card reaches its data: HubSpot app functions
 * (`hubspot.serverless`, the default for the static-auth private app) or the
 * backend's card API through `hubspot.fetch` (for OAuth installs pointing at
 * `che serve`). A bad file is reported on the card, field by field, instead of
 * failing somewhere later.
 */
// A namespace import lets the bundler drop the zod parts (locales) the card never uses.
import * as z from 'zod';
import type { CardOperation } from '../../src/jobs/card/contract';

const functionName = z.string().trim().min(1, 'must name an app function');

const FunctionNames = z.object({
  'get-health': functionName.optional(),
  'recalculate-health': functionName.optional(),
  'create-play-task': functionName.optional(),
  'set-override': functionName.optional(),
} satisfies Record<CardOperation, z.ZodType>).strict();

export const CardConfig = z.object({
  /** serverless: app functions; fetch: the backend's card API at baseUrl. */
  mode: z.enum(['serverless', 'fetch']).default('serverless'),
  /** The backend's address for fetch mode (it must be in the app's permittedUrls.fetch). */
  baseUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  /** App function uid per operation, when they differ from the operation names. */
  functionNames: FunctionNames.optional(),
  /**
   * HubSpot team ids whose members may recalculate, create tasks and set
   * overrides. Absent: every user who can see the record may.
   */
  writerTeamIds: z.array(z.number().int().positive()).optional(),
}).strict().superRefine((config, ctx) => {
  if (config.mode === 'fetch' && !config.baseUrl) {
    ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: 'is required when mode is "fetch"' });
  }
});
export type CardConfig = z.infer<typeof CardConfig>;

export type CardConfigResult =
  | { success: true; config: CardConfig; errors: [] }
  | { success: false; errors: string[] };

/** Validates a card config; each error names its field ("baseUrl: must be an http(s) address"). */
export function parseCardConfig(raw: unknown): CardConfigResult {
  const parsed = CardConfig.safeParse(raw ?? {});
  if (parsed.success) return { success: true, config: parsed.data, errors: [] };
  const errors = parsed.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return field ? `${field}: ${issue.message}` : issue.message;
  });
  return { success: false, errors };
}

/** Whether a user may change health data, under the config's writerTeamIds. */
export function canUserWrite(config: CardConfig, user: { teams?: ReadonlyArray<{ id: number }> } | undefined): boolean {
  if (!config.writerTeamIds) return true;
  const teams = user?.teams ?? [];
  return teams.some((team) => config.writerTeamIds?.includes(team.id));
}

/** "Jane Roe", or the email when the name is empty: recorded as the override's author. */
export function displayName(user: { firstName?: string; lastName?: string; email?: string } | undefined): string | undefined {
  const name = [user?.firstName, user?.lastName].filter((part) => part && part.trim()).join(' ').trim();
  return name || user?.email || undefined;
}
