/** The hidden health curve of each trajectory (see health.ts for how it becomes observable). */
import { HealthCurve } from './health';
import type { AccountPlan } from './plan-types';
import type { Rng } from './prng';
import { DAY } from './time';

export function curveFor(rng: Rng, plan: AccountPlan, today: number): HealthCurve {
  const start = plan.windowStart;
  const salt = plan.index * 7919 + rng.int(0, 1_000_000);
  switch (plan.trajectory) {
    case 'steady': {
      const b = rng.float(0.62, 0.9);
      return new HealthCurve([{ at: start, h: b }, { at: today, h: b + rng.float(-0.05, 0.05) }], salt);
    }
    case 'declining':
    case 'silent_churner': {
      // A break after the trigger (most of the drop within ~2 months), then a slow slide to the renewal.
      const b = rng.float(0.62, 0.88);
      const fw = plan.firstWarningAt!;
      const end = plan.churnedAt ?? plan.nextRenewal!.at;
      const drop = plan.trajectory === 'declining' ? rng.float(0.4, 0.6) : rng.float(0.32, 0.5);
      const knee = fw + Math.min(60 * DAY, (end - fw) * 0.6);
      const points = [{ at: start, h: b }, { at: fw, h: b }, { at: knee, h: b - 0.75 * drop }, { at: end, h: Math.max(0.06, b - drop) }];
      if (plan.nextRenewal?.expected === 'won') {
        // A saved account: the slide stops and turns around shortly before now.
        const turn = Math.max(fw + 14 * DAY, today - 20 * DAY);
        return new HealthCurve([points[0]!, points[1]!, { at: turn, h: b - 0.6 * drop }, { at: today + 45 * DAY, h: b - 0.3 * drop }], salt);
      }
      return new HealthCurve(points, salt);
    }
    case 'recovering': {
      const b = rng.float(0.62, 0.82);
      const dipStart = today - rng.int(200, 260) * DAY;
      const trough = today - rng.int(80, 120) * DAY;
      return new HealthCurve([
        { at: start, h: b }, { at: dipStart, h: b }, { at: trough, h: rng.float(0.25, 0.4) }, { at: today, h: rng.float(0.62, 0.8) },
      ], salt);
    }
    case 'expansion_ready': {
      const b = rng.float(0.75, 0.88);
      const rise = today - rng.int(90, 160) * DAY;
      return new HealthCurve([{ at: start, h: b }, { at: rise, h: b }, { at: today, h: rng.float(0.98, 1.08) }], salt);
    }
    case 'new': {
      const since = plan.customerSince!;
      return new HealthCurve([{ at: since, h: rng.float(0.3, 0.5) }, { at: since + 60 * DAY, h: rng.float(0.68, 0.86) }], salt);
    }
  }
}
