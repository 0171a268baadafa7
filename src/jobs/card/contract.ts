/**
 * The card's contract: the parameters of the four card operations and the
 * shape of what they answer. One contract serves three transports — HubSpot
 * app functions (`hubspot.serverless`), the backend's card API
 * (`hubspot.fetch`) and tests — so the card's data hook never needs to know
 * which one it talks to.
 *
 * Every answer is either `{ ok: true, data }` or `{ ok: false, error }` with a
 * readable message (and the offending fields, when parameters were bad), so
 * the card can show errors instead of swallowing them.
 */
import { z } from 'zod';
import { HealthAssessment, Tier } from '../../core/contract';

export const CARD_OPERATIONS = ['get-health', 'recalculate-health', 'create-play-task', 'set-override'] as const;
export const CardOperation = z.enum(CARD_OPERATIONS);
export type CardOperation = z.infer<typeof CardOperation>;

/** HubSpot record ids are positive integers sent as strings (or numbers by some callers). */
export const CompanyId = z.union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^[1-9]\d{0,18}$/, 'companyId must be a HubSpot record id (digits)'));

/** A calendar day: the pattern alone lets 2026-02-30 or 2026-13-01 through, to become a task due "Invalid Date" or an expiry HubSpot refuses. */
const IsoDay = z.string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date like 2026-12-31', abort: true })
  .refine((s) => Number.isFinite(Date.parse(s)) && new Date(Date.parse(s)).toISOString().startsWith(s), 'must be a day of the calendar (like 2026-12-31)');

export const GetHealthParams = z.object({
  companyId: CompanyId,
  /** Also compute the full assessment from the CRM's current data (nothing is written). */
  live: z.boolean().optional().default(false),
});
export type GetHealthParams = z.infer<typeof GetHealthParams>;

export const RecalculateParams = z.object({ companyId: CompanyId });
export type RecalculateParams = z.infer<typeof RecalculateParams>;

export const CreatePlayTaskParams = z.object({
  companyId: CompanyId,
  /** The play the task is for; default: the play currently recommended. */
  playKey: z.string().min(1).optional(),
  /** Default: the play's due date. */
  dueDate: IsoDay.optional(),
});
export type CreatePlayTaskParams = z.infer<typeof CreatePlayTaskParams>;

export const SetOverrideParams = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('set'),
    companyId: CompanyId,
    score: z.number().int('score must be a whole number').min(0).max(100),
    reason: z.string().trim().min(3, 'reason must say why (3 characters or more)').max(1000),
    expiresAt: IsoDay.optional(),
    /** Who set it (the card sends the signed-in user's name or email). */
    by: z.string().trim().max(200).optional(),
  }),
  z.object({ action: z.literal('clear'), companyId: CompanyId }),
]);
export type SetOverrideParams = z.infer<typeof SetOverrideParams>;

export const CardParams = {
  'get-health': GetHealthParams,
  'recalculate-health': RecalculateParams,
  'create-play-task': CreatePlayTaskParams,
  'set-override': SetOverrideParams,
} as const satisfies Record<CardOperation, z.ZodType>;

/** One point of the score's history (property history of che_health_score), oldest first. */
export const ScorePoint = z.object({ at: z.string(), score: z.number(), tier: Tier.optional() });
export type ScorePoint = z.infer<typeof ScorePoint>;

/** What the record holds now: the app's properties as last written, and the CSM's override. */
export const StoredHealth = z.object({
  score: z.number().nullable(),
  tier: Tier.nullable(),
  prediction: z.string().nullable(),
  renewalRisk: z.number().nullable(),
  confidence: z.string().nullable(),
  playKey: z.string().nullable(),
  playPriority: z.string().nullable(),
  previousTier: Tier.nullable(),
  tierChange: z.enum(['improved', 'declined']).nullable(),
  tierChangedAt: z.string().nullable(),
  scoredAt: z.string().nullable(),
  modelVersion: z.string().nullable(),
  override: z.object({
    score: z.number(),
    reason: z.string(),
    expiresAt: z.string().nullable(),
    by: z.string().nullable(),
  }).nullable(),
});
export type StoredHealth = z.infer<typeof StoredHealth>;

export const CardHealth = z.object({
  companyId: z.string(),
  name: z.string(),
  /** not_scored: the app has never written a score on this company. */
  status: z.enum(['scored', 'not_scored']),
  stored: StoredHealth,
  history: z.array(ScorePoint),
  /** The full assessment (dimensions, evidence, signals, play) when computed live or just recalculated. */
  assessment: HealthAssessment.nullable(),
  /** Company owner (HubSpot owner id), for the play task. */
  ownerId: z.string().nullable(),
  /** Data problems met while loading (e.g. "che_active_users: 'N/A' is not a number"). */
  warnings: z.array(z.string()),
});
export type CardHealth = z.infer<typeof CardHealth>;

export const PlayTask = z.object({
  taskId: z.string(),
  subject: z.string(),
  dueDate: z.string(),
  ownerId: z.string().nullable(),
  /** false when an open task for the same play already existed and was returned instead. */
  created: z.boolean(),
});
export type PlayTask = z.infer<typeof PlayTask>;

export const CardError = z.object({
  /** bad_request: parameters failed validation; not_found: no such company; hubspot: HubSpot refused or failed. */
  code: z.enum(['bad_request', 'not_found', 'forbidden', 'hubspot', 'internal']),
  message: z.string(),
  /** For bad_request: each bad field and why. */
  fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type CardError = z.infer<typeof CardError>;

/** The data each operation answers with. */
export interface CardResults {
  'get-health': CardHealth;
  'recalculate-health': CardHealth;
  'create-play-task': PlayTask;
  'set-override': CardHealth;
}

export type CardResponse<Op extends CardOperation> =
  | { ok: true; data: CardResults[Op] }
  | { ok: false; error: CardError };
