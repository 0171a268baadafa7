/**
 * The "Renewals" deal pipeline (CRM Pipelines v3 shape). Conventions:
 * - renewal deals: pipeline `renewals`, dealtype `existingbusiness`, one per
 *   contract year; `closedate` = the renewal date; amount = ARR renewed.
 * - expansion deals: HubSpot's default sales pipeline (`default`) with
 *   dealtype `existingbusiness`.
 * - the original purchase: `default` pipeline, dealtype `newbusiness`.
 */
import type { Pipeline } from '../types';

export const RENEWALS_PIPELINE_ID = 'renewals';

export const RENEWAL_STAGES = {
  upcoming: 'renewal_upcoming',
  engaged: 'renewal_engaged',
  negotiation: 'renewal_negotiation',
  committed: 'renewal_committed',
  won: 'renewal_closedwon',
  lost: 'renewal_closedlost',
} as const;

/** Stage ids of HubSpot's default sales pipeline the generator uses. */
export const SALES_STAGES = {
  qualified: 'qualifiedtobuy',
  presentation: 'presentationscheduled',
  contract: 'contractsent',
  won: 'closedwon',
  lost: 'closedlost',
} as const;

function stage(id: string, label: string, displayOrder: number, probability: string, isClosed = false) {
  return { id, label, displayOrder, metadata: { isClosed: String(isClosed), probability } };
}

export const RENEWALS_PIPELINE: Pipeline = {
  id: RENEWALS_PIPELINE_ID,
  label: 'Renewals',
  displayOrder: 1,
  stages: [
    stage(RENEWAL_STAGES.upcoming, 'Renewal upcoming', 0, '0.5'),
    stage(RENEWAL_STAGES.engaged, 'Renewal conversation started', 1, '0.6'),
    stage(RENEWAL_STAGES.negotiation, 'Quote sent / negotiation', 2, '0.75'),
    stage(RENEWAL_STAGES.committed, 'Verbal commit', 3, '0.9'),
    stage(RENEWAL_STAGES.won, 'Renewed (closed won)', 4, '1.0', true),
    stage(RENEWAL_STAGES.lost, 'Churned (closed lost)', 5, '0.0', true),
  ],
};
