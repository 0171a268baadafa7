/**
 * The product-analytics and billing sync: at every sync the usage and billing
 * input properties are recomputed from the account's health, and each change
 * becomes a property version. Syncs run weekly over the last 26 weeks and
 * every 4 weeks before that, back to HISTORY_DAYS (about 18 months), so the
 * 30/60/90-days-ago values exist now and also before last year's renewal.
 */
import type { AccountPlan } from './plan';
import { HISTORY_DAYS } from './plan';
import type { Rng } from './prng';
import type { Versions } from './sink';
import { DAY, HOUR, isoInstant, startOfDay } from './time';

/** Sync instants (06:00 UTC), oldest first, inside the account's window. */
export function syncTimes(plan: AccountPlan, asOf: number): number[] {
  const out: number[] = [];
  const today = startOfDay(asOf);
  for (let back = 1; back <= HISTORY_DAYS; back += back < 182 ? 7 : 28) {
    const at = today - back * DAY + 6 * HOUR;
    if (at >= plan.windowStart && at <= plan.windowEnd && at <= asOf) out.push(at);
  }
  return out.reverse();
}

export function usageVersions(rng: Rng, plan: AccountPlan, asOf: number): Record<string, Versions> {
  const v: Record<string, Versions> = {};
  const put = (name: string, at: number, value: string | number | boolean) => (v[name] ??= []).push([at, value]);
  const e = plan.events;
  let lastLogin = plan.windowStart;
  for (const s of syncTimes(plan, asOf)) {
    put('che_usage_synced_at', s, isoInstant(s));
    const churned = plan.churnedAt !== undefined && s > plan.churnedAt;
    const seats = seatsAt(plan, s);
    put('che_seats_purchased', s, seats);
    if (churned) {
      for (const n of ['che_active_users', 'che_dau', 'che_mau', 'che_logins_30d', 'che_core_actions_30d', 'che_api_calls_30d',
        'che_data_exports_30d', 'che_entitlement_used_pct', 'che_billing_page_visits_30d', 'che_features_used', 'che_integrations_active']) put(n, s, 0);
      continue;
    }
    const h = plan.health.at(s) * seasonalFactor(plan, s);
    const active = Math.max(h > 0.08 ? 1 : 0, Math.round(seats * utilisation(h) * rng.float(0.95, 1.05)));
    const logins = Math.round(active * (4 + 14 * h) * rng.float(0.9, 1.1));
    const integrations = Math.max(0, plan.integrations - (e.integrationLostAt && s >= e.integrationLostAt ? 1 : 0)
      + (e.integrationAddedAt && s >= e.integrationAddedAt ? 1 : 0));
    put('che_active_users', s, active);
    put('che_mau', s, Math.max(active, Math.round(active * rng.float(1, 1.06))));
    put('che_dau', s, round1(active * (0.18 + 0.45 * Math.min(1, h)) * rng.float(0.9, 1.1)));
    put('che_logins_30d', s, logins);
    put('che_core_actions_30d', s, Math.round(logins * (2.5 + 4 * h) * rng.float(0.9, 1.1)));
    put('che_api_calls_30d', s, Math.round(integrations * 1500 * (0.3 + h) * rng.float(0.85, 1.15)));
    const spike = e.exportSpikeFrom !== undefined && s >= e.exportSpikeFrom ? Math.round(seats * 0.25) + rng.int(15, 40) : 0;
    put('che_data_exports_30d', s, Math.round(seats * 0.03 * h) + rng.poisson(1) + spike);
    put('che_entitlement_used_pct', s, round1((active / seats) * 100));
    const visits = e.billingVisitsFrom !== undefined && s >= e.billingVisitsFrom ? rng.int(4, 14) : rng.poisson(0.3);
    put('che_billing_page_visits_30d', s, visits);
    const used = Math.round(plan.featuresAvailable * Math.min(0.95, 0.12 + 0.7 * h) * rng.float(0.93, 1.07));
    put('che_features_used', s, Math.max(1, Math.min(plan.featuresAvailable, used)));
    const trend = h - plan.health.at(s - 90 * DAY);
    put('che_features_adopted_180d', s, Math.max(0, Math.min(8, Math.round(5 * h - 1.5 + 6 * trend + rng.float(-0.5, 0.5)))));
    put('che_integrations_active', s, integrations);
    if (active > 0) lastLogin = s - hoursSinceLogin(rng, h, active) * HOUR;
    put('che_last_login_at', s, isoInstant(Math.max(lastLogin, plan.windowStart)));
    put('che_community_active', s, h > 0.75 && plan.segment !== 'self_serve' ? 'true' : 'false');
  }
  billingVersions(plan, asOf, put);
  return v;
}

function seatsAt(plan: AccountPlan, s: number): number {
  const x = plan.events.expansionDeal;
  if (x?.won && s < x.closeAt) return Math.max(2, Math.round(plan.seats * 0.85));
  return plan.seats;
}

/** Share of purchased seats in use: over 100% only for the healthiest (expansion-ready) accounts. */
function utilisation(h: number): number {
  return h <= 0.9 ? 0.05 + 0.9 * h : 0.86 + 2.2 * (h - 0.9);
}

function seasonalFactor(plan: AccountPlan, s: number): number {
  if (!plan.seasonal) return 1;
  const d = new Date(s);
  const month = d.getUTCMonth();
  return month === 6 || month === 7 || (month === 11 && d.getUTCDate() >= 20) ? 0.6 : 1;
}

function hoursSinceLogin(rng: Rng, h: number, active: number): number {
  if (active >= 5 && h > 0.4) return rng.int(0, 20);
  if (h > 0.4) return rng.int(2, 72);
  if (h > 0.2) return rng.int(24, 24 * 8);
  return rng.int(24 * 5, 24 * 25);
}

function billingVersions(plan: AccountPlan, asOf: number, put: (name: string, at: number, value: string | number | boolean) => void): void {
  const e = plan.events;
  const start = plan.windowStart;
  put('che_payment_status', start, 'current');
  put('che_days_past_due', start, 0);
  put('che_auto_renew', start, plan.autoRenew);
  const late = e.latePaymentAt ?? (e.blip?.kind === 'late_payment' ? e.blip.at : undefined);
  if (late !== undefined) {
    const due = late - 6 * DAY;
    const end = plan.churnedAt ?? asOf;
    for (let at = late; at <= Math.min(asOf, end + 30 * DAY); at += 7 * DAY) {
      const dpd = Math.round((at - due) / DAY);
      const resolved = !e.delinquent && dpd > 27;
      put('che_payment_status', at, resolved ? 'current' : dpd > 30 ? 'delinquent' : 'late');
      put('che_days_past_due', at, resolved ? 0 : dpd);
      if (resolved) break;
    }
  }
  if (e.autoRenewOffAt !== undefined && plan.autoRenew) put('che_auto_renew', e.autoRenewOffAt, false);
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
