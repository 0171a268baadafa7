/**
 * Seeded portfolio generator for the HubSpot sandbox:
 * `generatePortfolio({ companies, seed, asOf })` → SandboxSeed. Same options →
 * byte-identical JSON (seeded PRNG, no clock; asOf defaults to
 * 2026-11-01T00:00:00.000Z).
 *
 * What is in a portfolio
 * - Owners: CSMs, one per ~40 companies (at least 3), ids 61000001….
 * - Companies: ~89% customers (lifecyclestage `customer`), ~7% former
 *   customers, ~4% prospects (`lead` / `marketingqualifiedlead` /
 *   `opportunity`: a scorer must skip them; they have no truth entry).
 *   A FORMER CUSTOMER lost its last renewal deal (closed lost, 30–300 days
 *   ago), keeps its record and history, and has lifecyclestage `other` (set 2
 *   days after the lost renewal); its usage drops to 0 after churn and syncs
 *   stop 3 weeks later.
 * - Input properties (group `customer_health_inputs`, see input-properties.ts):
 *   companies che_segment, che_active_users, che_seats_purchased, che_dau,
 *   che_mau, che_features_used, che_features_available,
 *   che_features_adopted_180d, che_integrations_active, che_logins_30d,
 *   che_core_actions_30d, che_api_calls_30d, che_data_exports_30d,
 *   che_last_login_at, che_entitlement_used_pct, che_billing_page_visits_30d,
 *   che_usage_synced_at, che_payment_status (current/late/delinquent),
 *   che_days_past_due, che_discount_pct, che_auto_renew, che_multi_year,
 *   che_seasonal, che_community_active, che_goals_defined, che_goals_achieved,
 *   che_roi_documented; contacts che_left_company, che_left_company_at;
 *   tickets che_escalated.
 * - HISTORY CONVENTION: SeedRecord.history lists earlier values oldest first;
 *   when a property's current value was set before the record's updatedAt,
 *   the history ends with that current value (same value, its real
 *   timestamp), so the store keeps the true time instead of stamping it with
 *   updatedAt. All versions have sourceType INTEGRATION.
 * - USAGE HISTORY: a sync writes the usage/billing properties weekly over the
 *   last 26 weeks and every 4 weeks before that, back to 546 days (never
 *   before the customer-since date), sourceType INTEGRATION. So the values of
 *   30/60/90 days ago come from `propertiesWithHistory`, and an account can
 *   also be scored "as of" up to ~120 days before its most recent past
 *   renewal (which is always within the last 365 days). Tickets, surveys
 *   and engagements cover the last 400 days (for a former customer, at least
 *   150 days before its churn).
 * - Contacts (3–15 per company) associated to their company; USER_DEFINED
 *   contact→company labels Champion (typeId 1001, `champion`), Executive
 *   Sponsor (1002, `executive_sponsor`), Decision Maker (1003,
 *   `decision_maker`); unlabeled contacts have `types: []`. A DEPARTED
 *   stakeholder keeps its label and has che_left_company "true" (history:
 *   "false" at creation) and che_left_company_at; CSM emails sent to them
 *   afterwards have hs_email_status BOUNCED. A PROMOTED champion has a
 *   `jobtitle` history (old title → new title). NEW stakeholders (replacement
 *   champion, new sponsor, a new department's users) are contacts with a recent
 *   createdate.
 * - Tickets: hs_pipeline "0", stages "1" new … "4" closed (stage history),
 *   closed_date, hs_ticket_priority, hs_ticket_category, che_escalated,
 *   realistic subject/content (escalations use red-flag language).
 * - Feedback submissions: quarterly NPS (hs_survey_type NPS, hs_value 0–10,
 *   hs_response_group, comment) and post-ticket CSAT (CSAT, 1–5), associated
 *   to company, contact and (CSAT) ticket. Sentiment is not stored: derive it
 *   from text.
 * - Meetings: the kind is in hs_meeting_title — "Quarterly Business Review –",
 *   "Check-in" / "Monthly check-in" / "Success check-in", "Executive sync –",
 *   "Training:", "Onboarding kickoff –"; hs_meeting_outcome COMPLETED /
 *   CANCELED / NO_SHOW / RESCHEDULED, SCHEDULED for the next 30 days.
 *   Emails: hs_email_direction EMAIL (outbound) / INCOMING_EMAIL (inbound).
 *   Calls, notes (qualitative signals: competitor, budget review, downgrade,
 *   acquisition, executive turnover, champion left; referral, new department,
 *   early renewal, promotion, recovery) and a few tasks.
 * - Deals: pipeline `renewals` (see pipelines.ts) holds one renewal deal per
 *   contract year, dealtype existingbusiness, closedate = renewal date,
 *   amount = ARR; past ones closed won/lost, the next one open (spread over
 *   the next 12 months). EXPANSION deals are dealtype existingbusiness in the
 *   default pipeline; the original purchase is dealtype newbusiness there.
 * - Truth (`seed.truth`): one entry per customer and former customer —
 *   trajectory, segment, ARR, past renewals with outcomes, the open renewal
 *   with its expected outcome, firstWarningAt for declining / silent churners.
 *
 * Hidden trajectories (steady ~45%, declining ~12%, recovering ~10%,
 * silent_churner ~8%, expansion_ready ~13%, new ~12%) drive a health curve
 * from which every observable is drawn with noise; churn warnings are planted
 * 30–120 days before the renewal; ~30% of steady accounts get a false-alarm
 * blip and ~20% of troubled accounts are saved (expected outcome won).
 */
import type { ObjectType, PropertyDefinition, PropertyGroup, SandboxSeed } from '../types';
import { COMPANY_INPUT_PROPERTIES, CONTACT_INPUT_PROPERTIES, INPUT_PROPERTY_GROUP, TICKET_INPUT_PROPERTIES } from './input-properties';
import { STAKEHOLDER_LABELS } from './labels';
import { buildOwners } from './owners';
import { RENEWALS_PIPELINE } from './pipelines';
import { buildAccount } from './portfolio';
import { Rng } from './prng';
import { Sink } from './sink';
import { parseAsOf } from './time';

export const DEFAULT_AS_OF = '2026-11-01T00:00:00.000Z';

export interface PortfolioOptions {
  companies: number;
  seed: number | string;
  /** The instant the portfolio is generated "as of"; never the clock. */
  asOf?: string;
}

export function generatePortfolio(opts: PortfolioOptions): SandboxSeed {
  if (!Number.isInteger(opts.companies) || opts.companies < 1) {
    throw new Error(`generatePortfolio: companies must be a positive integer, got ${JSON.stringify(opts.companies)}`);
  }
  if (typeof opts.seed !== 'string' && !Number.isFinite(opts.seed)) {
    throw new Error(`generatePortfolio: seed must be a string or a finite number, got ${String(opts.seed)}`);
  }
  const asOfText = opts.asOf ?? DEFAULT_AS_OF;
  const asOf = parseAsOf(asOfText);
  const root = new Rng(`che-portfolio:${String(opts.seed)}`);
  const owners = buildOwners(root.fork('owners'), opts.companies, asOf);
  const ownerIds = owners.map((o) => o.id);
  const sink = new Sink();
  const taken = new Set<string>();
  const truth = [];
  for (let i = 0; i < opts.companies; i++) {
    const t = buildAccount(root, sink, i, ownerIds, taken, asOf);
    if (t) truth.push(t);
  }
  const group: PropertyGroup = { ...INPUT_PROPERTY_GROUP };
  return {
    asOf: new Date(asOf).toISOString(),
    customProperties: {
      companies: COMPANY_INPUT_PROPERTIES.map(toDefinition),
      contacts: CONTACT_INPUT_PROPERTIES.map(toDefinition),
      tickets: TICKET_INPUT_PROPERTIES.map(toDefinition),
    },
    customGroups: { companies: [group], contacts: [{ ...group }], tickets: [{ ...group }] } satisfies Partial<Record<ObjectType, PropertyGroup[]>>,
    records: sink.records,
    associations: sink.associations,
    labels: STAKEHOLDER_LABELS.map((l) => ({ ...l })),
    owners,
    pipelines: { deals: [RENEWALS_PIPELINE] },
    truth,
  };
}

function toDefinition(p: (typeof COMPANY_INPUT_PROPERTIES)[number]): PropertyDefinition {
  const def: PropertyDefinition = { ...p, hubspotDefined: false, formField: false };
  if (p.options) def.options = p.options.map((o) => ({ ...o }));
  return def;
}

export { INPUT_PROPERTIES, INPUT_PROPERTY_GROUP } from './input-properties';
export { STAKEHOLDER_LABELS } from './labels';
export { RENEWALS_PIPELINE, RENEWALS_PIPELINE_ID, RENEWAL_STAGES } from './pipelines';
