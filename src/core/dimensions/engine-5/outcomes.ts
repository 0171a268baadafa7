/**
 * Outcomes (engine-5, 20%) — is the client getting what it bought the product
 * for (seed 000 phase 1: goals tracked, ROI documented, success milestones).
 *
 * Seed rubric (0-10, mapped to 0-100 by ×10), on goals achieved / goals defined:
 *
 * | seed band          | 0-10 | × 10   | this file gives | share achieved → score                    |
 * |--------------------|------|--------|-----------------|-------------------------------------------|
 * | none achieved      | 0-3  | 0-30   | 20              | 0 → 20 (no goals defined at all: 25)      |
 * | partly achieved    | 4-6  | 40-60  | 40-60           | 10% → 40, 50% → 50, 90% → 60              |
 * | all achieved       | 7-10 | 70-100 | 80-90           | 100% → 80 (+10 with ROI documented → 90)  |
 *
 * | part (weight)      | input                                   | table / value                              |
 * |--------------------|-----------------------------------------|--------------------------------------------|
 * | goal attainment (1) | goalsAchieved / goalsDefined           | 0→20, 0.1→40, 0.5→50, 0.9→60, 1→80         |
 * | no success plan (1) | goalsDefined = 0 (affirmative evidence) | 25                                          |
 * | achieved, total unknown (1) | goalsAchieved ≥ 1, goalsDefined missing | 50 (partial: cannot confirm all); 0 achieved reads as 0% |
 *
 * More goals achieved than defined reads as all achieved. Goals defined with no
 * achievement count recorded are not scored (untracked is missing data, not
 * bad news). No outcomes record at all is a gap.
 *
 * Green flag (+10): ROI documented.
 */
import { z } from 'zod';
import { fmtNum, fmtPct, interpolate } from '../../scale';
import { Rubric, limit, table, type DimensionScorer } from '../rubric';

const Params = z.object({
  achievedShare: table([[0, 20], [0.1, 40], [0.5, 50], [0.9, 60], [1, 80]]),
  noGoalsScore: limit(25),
  achievedOfUnknownScore: limit(50),
  roiPoints: limit(10),
});
type Params = z.infer<typeof Params>;

export const outcomes: DimensionScorer<Params> = {
  id: 'engine5.outcomes',
  params: Params,
  missing: 'the success plan: goals defined, goals achieved, whether ROI is documented',
  score(ctx, p) {
    const o = ctx.snapshot.outcomes;
    const r = new Rubric();
    if (!o) return r.result(ctx, null);

    const achieved = o.goalsAchieved;
    if (o.goalsDefined !== undefined) {
      const defined = Math.max(o.goalsDefined, achieved ?? 0);
      if (defined === 0) {
        r.part(p.noGoalsScore, 1, 'no success goals defined: no success plan on record');
      } else if (achieved !== undefined) {
        const share = achieved / defined;
        r.part(interpolate(share, p.achievedShare), 1,
          `${fmtNum(achieved)} of ${fmtNum(defined)} success goals achieved (${fmtPct(share * 100)})`);
      } else {
        r.note(`${fmtNum(defined)} success goals defined, achievement not tracked`);
      }
    } else if (achieved !== undefined) {
      r.part(achieved === 0 ? interpolate(0, p.achievedShare) : p.achievedOfUnknownScore, 1,
        `${fmtNum(achieved)} success goals achieved (number defined not recorded)`);
    }

    if (o.roiDocumented === true) r.greenFlag(p.roiPoints, 'ROI documented');
    else if (o.roiDocumented === false) r.note('ROI not documented');

    return r.result(ctx, null);
  },
};
