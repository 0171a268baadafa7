/**
 * The custom workflow action "Recalculate customer health": HubSpot POSTs
 * (signed, v2) when a workflow reaches the action for a company; we rescore
 * that company now and answer with output fields the next workflow steps can
 * use. HubSpot's request and response shapes (custom workflow action docs):
 *
 *   request:  { callbackId, origin: { portalId, actionDefinitionId, … }, context: { source, workflowId },
 *               object: { objectId, objectType, properties }, inputFields: { … } }
 *   response: { outputFields: { score, tier, prediction, renewal_risk, play, hs_execution_state } }
 *
 * `hs_execution_state` is SUCCESS, or FAIL_CONTINUE (with `error`) when the
 * company could not be scored, so the workflow goes on and shows the failure.
 */
import { z } from 'zod';
import { predictionOf } from '../core/tiers';
import type { RunSummary } from '../jobs/summary';

const id = z.union([z.number().int().positive(), z.string().regex(/^[1-9]\d{0,18}$/)]).transform(String);

export const WorkflowActionRequest = z.looseObject({
  callbackId: z.string().optional(),
  origin: z.looseObject({ portalId: z.number().optional() }).optional(),
  object: z.looseObject({
    objectId: id,
    objectType: z.string().optional(),
  }),
  inputFields: z.record(z.string(), z.unknown()).optional(),
});
export type WorkflowActionRequest = z.infer<typeof WorkflowActionRequest>;

export type ActionOutput = Record<string, string | number>;

/** The output fields for one single-company run's summary. */
export function actionOutput(companyId: string, summary: RunSummary): { outputFields: ActionOutput } {
  const item = summary.attention.find((a) => a.companyId === companyId);
  if (summary.scored === 1 && item) {
    return {
      outputFields: {
        score: item.score,
        tier: item.tier,
        prediction: predictionOf(item.tier),
        renewal_risk: item.renewalRisk,
        play: item.play?.name ?? '',
        hs_execution_state: 'SUCCESS',
      },
    };
  }
  const failure = summary.failed.find((f) => f.companyId === companyId);
  return { outputFields: { hs_execution_state: 'FAIL_CONTINUE', error: failure ? `${failure.stage}: ${failure.reason}` : `company ${companyId} was not scored` } };
}

/** The output fields the action definition declares (name, type, label). */
export const ACTION_OUTPUT_FIELDS: { name: string; type: 'number' | 'string' | 'enumeration'; label: string; options?: string[] }[] = [
  { name: 'score', type: 'number', label: 'Health score' },
  { name: 'tier', type: 'enumeration', label: 'Health tier', options: ['thriving', 'healthy', 'at_risk', 'critical'] },
  { name: 'prediction', type: 'enumeration', label: 'Renewal prediction', options: ['likely_to_renew', 'monitor', 'at_risk', 'likely_to_churn'] },
  { name: 'renewal_risk', type: 'number', label: 'Renewal risk (%)' },
  { name: 'play', type: 'string', label: 'Recommended play' },
  { name: 'error', type: 'string', label: 'Why the company could not be scored' },
];
