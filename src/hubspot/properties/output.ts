/**
 * The app's OUTPUT properties on companies (DESIGN.md §3), in the group
 * `customer_health`, and the CSM override properties beside them. Option lists
 * come from the core (signal catalogue, play library, both built-in models'
 * dimensions), so HubSpot's multi-selects accept every key the core can emit.
 */
import { Confidence, Prediction, Priority, Tier } from '../../core/contract';
import { BUILT_IN_MODELS } from '../../core/models';
import { PLAY_LIBRARY, PLAY_KEYS } from '../../core/plays/library';
import { CHURN_SIGNALS, EXPANSION_SIGNALS } from '../../core/signals/catalogue';
import { options, type GroupSpec, type PropertySpec } from './types';

export const OUTPUT_GROUP: GroupSpec = { name: 'customer_health', label: 'Customer Health', displayOrder: -1 };

const G = OUTPUT_GROUP.name;
const OWNED = 'Written by the Customer Health Engine app on every scoring run; do not edit (changes are overwritten).';

const TIER_LABELS: Record<Tier, string> = { thriving: 'Thriving', healthy: 'Healthy', at_risk: 'At risk', critical: 'Critical' };
const PREDICTION_LABELS: Record<Prediction, string> = {
  likely_to_renew: 'Likely to renew', monitor: 'Monitor', at_risk: 'At risk', likely_to_churn: 'Likely to churn',
};
const CONFIDENCE_LABELS: Record<Confidence, string> = { high: 'High', medium: 'Medium', low: 'Low' };
const PRIORITY_LABELS: Record<Priority, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

const labelled = <K extends string>(keys: readonly K[], labels: Record<K, string>) => options(keys.map((k) => [k, labels[k]] as const));
const TIER_OPTIONS = labelled(Tier.options, TIER_LABELS);

const owned = (p: Omit<PropertySpec, 'groupName' | 'description'>, meaning: string): PropertySpec => ({
  ...p, groupName: G, description: `${meaning} ${OWNED}`,
});

/** Each dimension key of every built-in model, with the labels the models give it. */
export function dimensionCatalogue(): { key: string; labels: string[]; models: string[] }[] {
  const byKey = new Map<string, { key: string; labels: string[]; models: string[] }>();
  for (const [model, file] of Object.entries(BUILT_IN_MODELS)) {
    for (const d of file.dimensions) {
      const entry = byKey.get(d.key) ?? { key: d.key, labels: [], models: [] };
      if (!entry.labels.includes(d.label)) entry.labels.push(d.label);
      entry.models.push(model);
      byKey.set(d.key, entry);
    }
  }
  return [...byKey.values()];
}

export const dimensionProperty = (key: string) => `che_dim_${key}`;

const DIMENSION_PROPERTIES: PropertySpec[] = dimensionCatalogue().map((d) => owned(
  { name: dimensionProperty(d.key), label: `Health dimension: ${d.labels[0]}`, type: 'number', fieldType: 'number' },
  `Score 0-100 of the "${d.labels.join('" / "')}" dimension (model${d.models.length > 1 ? 's' : ''} ${d.models.join(', ')}); empty when the model in use has no such dimension or has no data for it (a data gap).`,
));

export const OUTPUT_PROPERTIES: PropertySpec[] = [
  owned({ name: 'che_health_score', label: 'Health score', type: 'number', fieldType: 'number' },
    'Customer health score 0-100, higher is healthier: the weighted dimension scores, or a CSM override while one is in force.'),
  owned({ name: 'che_health_tier', label: 'Health tier', type: 'enumeration', fieldType: 'select', options: TIER_OPTIONS },
    'Tier of the health score: Thriving 80-100, Healthy 60-79, At risk 40-59, Critical 0-39. Workflows can enrol on its changes.'),
  owned({ name: 'che_renewal_prediction', label: 'Renewal prediction', type: 'enumeration', fieldType: 'select', options: labelled(Prediction.options, PREDICTION_LABELS) },
    'Expected renewal outcome from the health tier: likely to renew, monitor, at risk, likely to churn.'),
  owned({ name: 'che_renewal_risk', label: 'Renewal risk (%)', type: 'number', fieldType: 'number' },
    'Estimated chance (0-100 %) that the customer does not renew, from the score and the churn signals.'),
  owned({ name: 'che_confidence', label: 'Health score confidence', type: 'enumeration', fieldType: 'select', options: labelled(Confidence.options, CONFIDENCE_LABELS) },
    'How much data backs the score: drops one level per two dimensions without data, and is at most Medium in the first 90 days of a customer.'),
  ...DIMENSION_PROPERTIES,
  owned({ name: 'che_top_drivers', label: 'Top health drivers', type: 'string', fieldType: 'textarea' },
    'The dimensions pulling the score furthest up or down, one line each with the evidence, biggest first.'),
  owned({ name: 'che_churn_signals', label: 'Churn signals', type: 'enumeration', fieldType: 'checkbox', options: options(CHURN_SIGNALS.map((s) => [s.key, s.label] as const)) },
    'Churn warning patterns found in the CRM data (compound signals and early warnings); empty when none.'),
  owned({ name: 'che_expansion_signals', label: 'Expansion signals', type: 'enumeration', fieldType: 'checkbox', options: options(EXPANSION_SIGNALS.map((s) => [s.key, s.label] as const)) },
    'Signs of room to grow (usage over entitlement, new departments, promoted champion, ...); empty when none.'),
  owned({ name: 'che_recommended_play', label: 'Recommended play', type: 'enumeration', fieldType: 'select', options: options(PLAY_KEYS.map((k) => [k, PLAY_LIBRARY[k].name] as const)) },
    'The customer-success play to run now for this account; empty when none is needed.'),
  owned({ name: 'che_play_priority', label: 'Play priority', type: 'enumeration', fieldType: 'select', options: labelled(Priority.options, PRIORITY_LABELS) },
    'Urgency of the recommended play (raised when the renewal is within 90 days).'),
  owned({ name: 'che_previous_tier', label: 'Previous health tier', type: 'enumeration', fieldType: 'select', options: TIER_OPTIONS },
    'The health tier before the latest tier change.'),
  owned({ name: 'che_tier_changed_at', label: 'Health tier changed at', type: 'datetime', fieldType: 'date' },
    'When the health tier last changed.'),
  owned({ name: 'che_tier_change', label: 'Health tier change', type: 'enumeration', fieldType: 'select', options: options([['improved', 'Improved'], ['declined', 'Declined']]) },
    'Direction of the latest tier change; enrol workflows on it (e.g. Declined → alert the CSM).'),
  owned({ name: 'che_score_change_30d', label: 'Health score change (30 days)', type: 'number', fieldType: 'number' },
    'Points the health score moved over the last 30 days (negative = declining); empty without score history.'),
  owned({ name: 'che_data_gaps', label: 'Health data gaps', type: 'string', fieldType: 'textarea' },
    'Data the score had to do without (each gap scores a neutral 50 and lowers confidence), and what to connect to close it.'),
  owned({ name: 'che_scored_at', label: 'Health scored at', type: 'datetime', fieldType: 'date' },
    'When the health values last changed on a scoring run.'),
  owned({ name: 'che_model_version', label: 'Health model', type: 'string', fieldType: 'text' },
    'The scoring model and version that produced the values (e.g. renewal-7@1).'),
];

/** Every property the writer may write (nothing else, never the overrides). */
export const OWNED_OUTPUT_PROPERTIES: readonly string[] = OUTPUT_PROPERTIES.map((p) => p.name);

const CSM = 'Set by a CSM, read by the Customer Health Engine app, never written by it.';

/** CSM overrides: the score in force until they expire (the app keeps computing its own score). */
export const OVERRIDE_PROPERTIES: PropertySpec[] = [
  { name: 'che_override_score', label: 'Health score override', type: 'number', fieldType: 'number', groupName: G,
    description: `A health score 0-100 to use instead of the computed one, e.g. when the CSM knows something the data does not. Needs a reason. ${CSM}` },
  { name: 'che_override_reason', label: 'Health override reason', type: 'string', fieldType: 'textarea', groupName: G,
    description: `Why the health score is overridden; required with che_override_score. ${CSM}` },
  { name: 'che_override_expires', label: 'Health override expires', type: 'date', fieldType: 'date', groupName: G,
    description: `The day the override stops applying; empty = until removed. ${CSM}` },
  { name: 'che_override_by', label: 'Health override by', type: 'string', fieldType: 'text', groupName: G,
    description: `Who set the override (name or email). ${CSM}` },
];
