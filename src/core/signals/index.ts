/**
 * Signal detection: the compound churn signals and expansion signals of seed
 * 002 and the early-warning indicators of seed 000, read from the raw snapshot
 * (model-independent). The rules are tabled in churn.ts, early-warning.ts and
 * expansion.ts; the shared facts they rest on in facts.ts.
 *
 * Order: churn signals high before medium, then in detection order (the five
 * high compounds, the five medium compounds, then the early warnings);
 * expansion signals strong before moderate, then in detection order.
 */
import type { ChurnSignal, ExpansionSignal } from '../contract';
import type { ScoringContext } from '../context';
import { CHURN_DETECTORS } from './churn';
import { EARLY_WARNING_DETECTORS } from './early-warning';
import { EXPANSION_DETECTORS } from './expansion';

const CHURN_AND_EARLY_WARNING = [...CHURN_DETECTORS, ...EARLY_WARNING_DETECTORS];

export function detectSignals(ctx: ScoringContext): { churn: ChurnSignal[]; expansion: ExpansionSignal[] } {
  return {
    churn: detectInOrder(CHURN_AND_EARLY_WARNING, ctx, (s) => s.severity === 'high'),
    expansion: detectInOrder(EXPANSION_DETECTORS, ctx, (s) => s.strength === 'strong'),
  };
}

/**
 * The signals `detectors` find, those `first` picks before the rest, each group in
 * detection order: a stable sort on two levels, without sorting or interim lists.
 */
function detectInOrder<T>(detectors: ReadonlyArray<(ctx: ScoringContext) => T | null>, ctx: ScoringContext, first: (signal: T) => boolean): T[] {
  const picked: T[] = [];
  const rest: T[] = [];
  for (const detect of detectors) {
    const signal = detect(ctx);
    if (signal !== null) (first(signal) ? picked : rest).push(signal);
  }
  for (const signal of rest) picked.push(signal);
  return picked;
}

export { detectChurnSignals } from './churn';
export {
  CHURN_SIGNALS, EXPANSION_SIGNALS, CHURN_SIGNAL_KEYS, EXPANSION_SIGNAL_KEYS, type ChurnSignalKey, type ExpansionSignalKey,
} from './catalogue';
export { detectEarlyWarnings } from './early-warning';
export { detectExpansionSignals } from './expansion';
