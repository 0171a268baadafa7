/**
 * A seeded generator of varied labeled records for backtest and calibration
 * tests: every dimension of renewal-7 gets its own random level (usage,
 * tickets, surveys, billing, stakeholders, meetings, usage trend), built with
 * anAccount(). The outcome is drawn afterwards by the caller from the
 * dimension scores the core gives each snapshot (see `withOutcomes`).
 */
import { assess } from '../../src/core/assess';
import type { CompiledModel } from '../../src/core/model';
import type { LabeledInput } from '../../src/core/evaluation/outcomes';
import { seededRandom, type Random } from '../../src/core/evaluation/prng';
import { anAccount, daysBefore, type AccountBuilder } from './account';

const pick = <T>(random: Random, items: ReadonlyArray<T>): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, lo: number, hi: number): number => Math.round(lo + random() * (hi - lo));

/** One account with an independent random level per dimension (level 0 = poor … 1 = excellent). */
export function variedAccount(id: string, random: Random): AccountBuilder {
  const level = () => random();
  const b = anAccount(id, `Account ${id}`).arr(between(random, 10, 200) * 1000).customerForDays(between(random, 200, 1500))
    .renewingInDays(between(random, 30, 240)).segment(pick(random, ['mid_market', 'smb', 'enterprise'] as const));
  // engagement
  const e = level();
  b.withUsage({ dau: Math.round(2 + e * 40), mau: 80, daysSinceLastLogin: Math.round((1 - e) * 25) }).withLastContact(Math.round((1 - e) * 90));
  if (e > 0.3) b.withMeeting('check_in', 'completed', 20);
  else b.withMeeting('check_in', 'no_show', 20);
  b.withEmail('outbound', 15);
  if (e > 0.5) b.withEmail('inbound', 14);
  // support
  const s = level();
  b.withNoTickets(3);
  const tickets = Math.round((1 - s) * 6);
  for (let t = 0; t < tickets; t++) b.withTicket({ priority: s < 0.3 ? 'urgent' : 'medium', sentiment: s < 0.4 ? 'negative' : 'neutral', daysAgo: 5 + t * 10, escalated: s < 0.2 });
  // adoption
  const a = level();
  b.withFeatures(Math.round(2 + a * 17), 20, Math.round(a * 3)).withUsage({ seatsPurchased: 100, seatsActive: Math.round(20 + a * 75) });
  // sentiment
  b.withSurvey('nps', Math.round(level() * 10), 40);
  // billing
  const bl = level();
  b.withBilling(bl > 0.6 ? { paymentStatus: 'current', daysPastDue: 0 } : bl > 0.3 ? { paymentStatus: 'late', daysPastDue: 20 } : { paymentStatus: 'delinquent', daysPastDue: 75 });
  // stakeholders
  const st = level();
  if (st > 0.4) b.withChampion();
  else b.withChampionDeparted(30);
  if (st > 0.7) b.withExecutiveSponsor();
  // usage trend
  const u = level();
  const now = Math.round(40 + u * 40);
  b.withActiveUsers(now, 60, 60, 60).withLogins(Math.round(600 + u * 800), 1000);
  return b;
}

export interface TruthWeights {
  [dimension: string]: number;
}

/**
 * Labels each snapshot: churn with probability σ(slope · (50 − truth score)/10 + intercept),
 * where the truth score weights the core's dimension scores (under `model`) by `truth`.
 */
export function labeledPortfolio(n: number, seed: number, model: CompiledModel, truth: TruthWeights, slope = 1.2, intercept = -1): LabeledInput[] {
  const random = seededRandom(seed);
  const total = Object.values(truth).reduce((a, b) => a + b, 0);
  return Array.from({ length: n }, (_, i) => {
    const snapshot = variedAccount(`acct-${i + 1}`, random).build();
    const dims = assess(snapshot, model).dimensions;
    const z = dims.reduce((sum, d) => sum + ((truth[d.key] ?? 0) * (d.score ?? 50)) / total, 0);
    const p = 1 / (1 + Math.exp(-(intercept + (slope * (50 - z)) / 10)));
    const renewed = random() >= p;
    return { snapshot, outcome: { renewed, date: snapshot.renewalDate ?? daysBefore(snapshot.asOf, -90) } };
  });
}
