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
import { detectChurnSignals } from './churn';
import { detectEarlyWarnings } from './early-warning';
import { detectExpansionSignals } from './expansion';

const SEVERITY_RANK: Record<ChurnSignal['severity'], number> = { high: 0, medium: 1 };
const STRENGTH_RANK: Record<ExpansionSignal['strength'], number> = { strong: 0, moderate: 1 };

export function detectSignals(ctx: ScoringContext): { churn: ChurnSignal[]; expansion: ExpansionSignal[] } {
  // Array#sort is stable, so detection order survives within a severity.
  const churn = [...detectChurnSignals(ctx), ...detectEarlyWarnings(ctx)]
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const expansion = detectExpansionSignals(ctx)
    .sort((a, b) => STRENGTH_RANK[a.strength] - STRENGTH_RANK[b.strength]);
  return { churn, expansion };
}

export { detectChurnSignals } from './churn';
export { detectEarlyWarnings } from './early-warning';
export { detectExpansionSignals } from './expansion';
