/**
 * Root cause (seed 002 step 5: "identify which dimensions are dragging the
 * score down"). Dimensions of both built-in models map onto one set of causes,
 * so the play rules read the same for renewal-7 and engine-5:
 *
 * | cause        | renewal-7 keys             | engine-5 keys  |
 * |--------------|----------------------------|----------------|
 * | usage        | engagement, usage_trend    | product_usage, engagement |
 * | support      | support                    | —              |
 * | adoption     | adoption                   | —              |
 * | satisfaction | sentiment                  | —              |
 * | financial    | billing                    | financial      |
 * | relationship | stakeholders               | relationship   |
 * | value        | —                          | outcomes       |
 * | other        | any key of a custom model  |                |
 *
 * A dimension drags when it is scored (a data gap never drags: missing data is
 * never bad news) and below 50, seed 002's line for "flag dimensions below 50
 * for targeted intervention". Dragging dimensions are listed lowest first; ties
 * keep the model's order.
 */
import type { DimensionAssessment } from '../contract';
import { quotesOf, type Quotes } from '../dimensions/quotes';
import { sortInPlace } from '../sort';

export type Cause = 'usage' | 'support' | 'adoption' | 'satisfaction' | 'financial' | 'relationship' | 'value' | 'other';

export const CAUSE_OF_DIMENSION: Readonly<Record<string, Cause>> = {
  engagement: 'usage',
  usage_trend: 'usage',
  product_usage: 'usage',
  support: 'support',
  adoption: 'adoption',
  sentiment: 'satisfaction',
  billing: 'financial',
  financial: 'financial',
  stakeholders: 'relationship',
  relationship: 'relationship',
  outcomes: 'value',
};

/** A scored dimension below this drags the score down. */
export const DRAG_BELOW = 50;
/**
 * The weakest cause is a clear single root cause when it is the only one, or
 * when its weakest dimension sits at least this many points below the weakest
 * dimension of any other cause.
 */
export const CLEAR_CAUSE_MARGIN = 15;

export function causeOf(key: string): Cause {
  return CAUSE_OF_DIMENSION[key] ?? 'other';
}

export interface Dragging {
  readonly key: string;
  readonly label: string;
  readonly score: number;
  readonly cause: Cause;
  /** The dimension's first evidence string, when it has one. */
  readonly evidence: string | undefined;
}

export interface RootCause {
  /** Scored dimensions below 50, lowest first. */
  readonly dragging: ReadonlyArray<Dragging>;
  /** The distinct causes of the dragging dimensions, weakest first. */
  readonly causes: ReadonlyArray<Cause>;
  /** The weakest cause, or null when nothing drags. */
  readonly primary: Cause | null;
  /** True when `primary` stands out as the single root cause (see CLEAR_CAUSE_MARGIN). */
  readonly clear: boolean;
}

/**
 * `quotes` (aligned with `dimensions`) are the lines noted while scoring;
 * without them each dimension's evidence is read.
 */
export function rootCauseOf(dimensions: ReadonlyArray<DimensionAssessment>, quotes?: ReadonlyArray<Quotes>): RootCause {
  const below: Array<{ d: DimensionAssessment; i: number }> = [];
  dimensions.forEach((d, i) => {
    if (d.score !== null && d.score < DRAG_BELOW) below.push({ d, i });
  });
  // A stable sort keeps the model's order among equal scores.
  const dragging: Dragging[] = sortInPlace(below, (a, b) => (a.d.score as number) - (b.d.score as number))
    .map(({ d, i }) => {
      // The play sentence wants the fact: the first red flag, else the first line, unprefixed.
      const { red, first } = quotes?.[i] ?? quotesOf(d.evidence);
      return { key: d.key, label: d.label, score: d.score as number, cause: causeOf(d.key), evidence: red ?? first };
    });

  const causes: Cause[] = [];
  const lowestOfCause: number[] = [];
  for (const d of dragging) {
    if (!causes.includes(d.cause)) {
      causes.push(d.cause);
      lowestOfCause.push(d.score);
    }
  }
  const primary = causes[0] ?? null;
  const first = lowestOfCause[0];
  const second = lowestOfCause[1];
  const clear = first !== undefined && (second === undefined || second - first >= CLEAR_CAUSE_MARGIN);
  return { dragging, causes, primary, clear };
}

/** The lowest scored dimension of a cause, or null when the cause has no scored dimension. */
export function lowestScoreOf(dimensions: ReadonlyArray<DimensionAssessment>, cause: Cause): number | null {
  let lowest: number | null = null;
  for (const d of dimensions) {
    if (d.score !== null && causeOf(d.key) === cause && (lowest === null || d.score < lowest)) lowest = d.score;
  }
  return lowest;
}

/** True when every scored dimension of the cause is at least `floor` (gaps do not count against it). */
export function adequate(dimensions: ReadonlyArray<DimensionAssessment>, cause: Cause, floor: number): boolean {
  const lowest = lowestScoreOf(dimensions, cause);
  return lowest === null || lowest >= floor;
}
