/**
 * Plants dated events on an account by trajectory: the warning signs of
 * declining and silent accounts (after the first warning), the dip of a
 * recovering one, the expansion signals, and a false-alarm blip on some
 * steady accounts.
 */
import { HealthCurve } from './health';
import type { AccountPlan, BlipKind } from './plan-types';
import { roundArr } from './amounts';
import type { Rng } from './prng';
import { DAY, startOfDay } from './time';

export function plantEvents(rng: Rng, plan: AccountPlan, today: number): void {
  const e = plan.events;
  const end = plan.churnedAt ?? today;
  const between = (a: number, b: number) => startOfDay(a + rng.float(0, 1) * Math.max(0, b - a)) + rng.int(14, 22) * 3_600_000;
  const last = Math.min(end, today - DAY);
  switch (plan.trajectory) {
    case 'declining':
    case 'silent_churner': {
      const fw = plan.firstWarningAt!;
      const declining = plan.trajectory === 'declining';
      // The first warning itself: a usage drop always; the louder signs follow.
      if (rng.chance(declining ? 0.55 : 0.4)) e.championDepartedAt = between(fw, Math.min(last, fw + 25 * DAY));
      if (e.championDepartedAt && plan.nextRenewal?.expected === 'won') e.championReplacedAt = between(e.championDepartedAt + 10 * DAY, last);
      if (rng.chance(declining ? 0.2 : 0.1)) e.execDepartedAt = between(fw, last);
      if (declining) for (let i = rng.int(1, 3); i > 0; i--) e.escalations.push(between(fw, last));
      if (rng.chance(declining ? 0.45 : 0.25)) e.competitorNoteAt = between(fw, last);
      if (rng.chance(0.35)) e.budgetReviewAt = between(fw, last);
      if (rng.chance(declining ? 0.35 : 0.15)) e.downgradeAt = between(fw, last);
      if (rng.chance(0.06)) e.acquisitionAt = between(fw - 20 * DAY, last);
      if (!declining || rng.chance(0.5)) e.silenceFrom = between(fw, Math.min(last, fw + 14 * DAY));
      if (rng.chance(declining ? 0.3 : 0.1)) {
        e.latePaymentAt = between(fw, last);
        e.delinquent = rng.chance(0.3);
      }
      if (rng.chance(declining ? 0.35 : 0.45)) e.autoRenewOffAt = between(fw, last);
      if (rng.chance(declining ? 0.4 : 0.6)) e.billingVisitsFrom = between(fw, last);
      if (rng.chance(declining ? 0.3 : 0.5)) e.exportSpikeFrom = between(fw + 14 * DAY, last);
      if (plan.integrations > 0 && rng.chance(0.4)) e.integrationLostAt = between(fw, last);
      break;
    }
    case 'recovering': {
      const dipFrom = today - 240 * DAY;
      const trough = today - 100 * DAY;
      for (let i = rng.int(1, 3); i > 0; i--) e.escalations.push(between(dipFrom, trough));
      if (rng.chance(0.4)) {
        e.championDepartedAt = between(dipFrom, trough);
        e.championReplacedAt = between(e.championDepartedAt + 15 * DAY, trough + 30 * DAY);
      }
      if (rng.chance(0.25)) e.competitorNoteAt = between(dipFrom, trough);
      e.recoveryNoteAt = between(today - 60 * DAY, today - 5 * DAY);
      if (rng.chance(0.1)) e.championPromotedAt = between(today - 60 * DAY, last);
      break;
    }
    case 'expansion_ready': {
      const from = today - 150 * DAY;
      if (rng.chance(0.5)) e.championPromotedAt = between(from, last);
      if (rng.chance(0.6)) e.newDepartmentAt = between(from, last);
      if (rng.chance(0.4)) e.referralAt = between(from, last);
      if (rng.chance(0.3)) e.earlyRenewalAt = between(today - 60 * DAY, last);
      if (rng.chance(0.2)) e.displacementAt = between(from, last);
      if (rng.chance(0.5)) for (let i = rng.int(1, 2); i > 0; i--) e.featureRequests.push(between(from, last));
      if (rng.chance(0.5)) e.integrationAddedAt = between(from, last);
      if (rng.chance(0.7)) {
        const at = between(today - 45 * DAY, last);
        e.expansionDeal = { at, closeAt: startOfDay(today + rng.int(20, 120) * DAY), amount: roundArr(plan.arr * rng.float(0.1, 0.4)), won: false };
      }
      break;
    }
    case 'steady': {
      if (rng.chance(0.3)) {
        const kind = rng.pick<BlipKind>(['usage_dip', 'angry_ticket', 'detractor', 'canceled_qbr', 'competitor_note', 'late_payment']);
        e.blip = { kind, at: between(Math.max(plan.windowStart, today - 200 * DAY), today - 10 * DAY) };
      }
      if (rng.chance(0.03)) {
        e.championDepartedAt = between(today - 200 * DAY, today - 60 * DAY);
        e.championReplacedAt = e.championDepartedAt + rng.int(7, 30) * DAY;
      }
      if (rng.chance(0.08)) e.championPromotedAt = between(today - 200 * DAY, last);
      if (rng.chance(0.05)) e.newDepartmentAt = between(today - 200 * DAY, last);
      if (rng.chance(0.05)) e.referralAt = between(today - 200 * DAY, last);
      if (rng.chance(0.05)) e.featureRequests.push(between(today - 200 * DAY, last));
      break;
    }
    case 'new':
      break;
  }
  // Some earlier expansions closed won on healthy accounts: they show as upsells.
  if (!e.expansionDeal && (plan.trajectory === 'steady' || plan.trajectory === 'expansion_ready') && rng.chance(plan.trajectory === 'steady' ? 0.1 : 0.3)) {
    const closeAt = between(Math.max(plan.windowStart, today - 300 * DAY), today - 20 * DAY);
    e.expansionDeal = { at: closeAt - 40 * DAY, closeAt, amount: roundArr(plan.arr * rng.float(0.05, 0.2)), won: true };
  }
  // Steady accounts with a usage dip blip: a few quiet weeks then back.
  if (e.blip?.kind === 'usage_dip') {
    const b = plan.health.trend(e.blip.at);
    plan.health = new HealthCurve([
      { at: plan.windowStart, h: plan.health.trend(plan.windowStart) },
      { at: e.blip.at - 7 * DAY, h: b }, { at: e.blip.at + 7 * DAY, h: b - 0.28 }, { at: e.blip.at + 30 * DAY, h: b },
      { at: today, h: plan.health.trend(today) },
    ], plan.index * 7919 + 17);
  }
}
