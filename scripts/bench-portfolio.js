// A seeded generator of varied AccountSnapshots for benchmarks and profiling:
// every run produces the same portfolio.
'use strict';

const AS_OF = Date.parse('2026-11-22');
const DAY = 86_400_000;

function mulberry32(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(20261122);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[int(0, xs.length - 1)];
const maybe = (p, f) => (rnd() < p ? f() : undefined);
const ago = (d) => new Date(AS_OF - d * DAY).toISOString().slice(0, 10);
const clean = (o) => JSON.parse(JSON.stringify(o)); // drop undefined keys like a JSON input would

function snapshot(i) {
  const mau = int(1, 400);
  const now = int(0, 300);
  return clean({
    id: `acct-${i}`, name: `Account ${i}`, asOf: '2026-11-22',
    segment: pick(['enterprise', 'mid_market', 'smb', 'self_serve']),
    arr: int(5_000, 400_000), renewalDate: ago(-int(-20, 400)), customerSince: ago(int(20, 2000)), seasonal: rnd() < 0.1,
    usage: maybe(0.9, () => ({
      dau: int(0, mau), mau, seatsPurchased: int(5, 400), seatsActive: int(0, 400),
      featuresUsed: int(0, 20), featuresAvailable: 20, featuresAdoptedLast180d: int(0, 5), integrationsActive: int(0, 6),
      activeUsers: { now, d30: int(0, 300), d60: int(0, 300), d90: int(0, 300) },
      logins: { last30: int(0, 4000), prev30: int(0, 4000) }, coreActions: { last30: int(0, 8000), prev30: int(0, 8000) },
      apiCalls: maybe(0.5, () => ({ last30: int(0, 90000), prev30: int(0, 90000) })),
      dataExports30d: int(0, 5), daysSinceLastLogin: int(0, 40), entitlementUsedPct: int(10, 130),
    })),
    support: maybe(0.85, () => ({
      cohortAvgTickets90d: int(1, 8),
      tickets: Array.from({ length: int(0, 12) }, (_, k) => ({
        id: `t${i}-${k}`, createdAt: ago(int(0, 120)), closedAt: maybe(0.7, () => ago(int(0, 5))),
        priority: pick(['low', 'medium', 'high', 'urgent']), sentiment: pick(['positive', 'neutral', 'negative']),
        escalated: rnd() < 0.15, csat: maybe(0.5, () => int(1, 5)),
        text: pick(['Thanks for the quick fix', 'Export is slow', 'This is unacceptable, we may cancel', 'Feature request: add-on for reporting', 'Login issue']),
      })),
    })),
    surveys: maybe(0.7, () => Array.from({ length: int(1, 4) }, () => (rnd() < 0.6
      ? { type: 'nps', score: int(0, 10), date: ago(int(0, 400)) }
      : { type: 'csat', score: int(1, 5), date: ago(int(0, 400)), comment: maybe(0.2, () => 'looking for alternatives') }))),
    billing: maybe(0.8, () => ({
      paymentStatus: pick(['current', 'current', 'current', 'late', 'delinquent']), daysPastDue: int(0, 90), discountPct: int(0, 40),
      multiYear: rnd() < 0.3, autoRenew: rnd() < 0.6,
      invoices: Array.from({ length: int(0, 6) }, () => ({ dueDate: ago(int(1, 360)), paidDate: maybe(0.85, () => ago(int(0, 360))), disputed: rnd() < 0.05 })),
      contractChanges: Array.from({ length: int(0, 3) }, () => ({ date: ago(int(0, 700)), kind: pick(['upsell', 'downgrade', 'renewal', 'discount']), arrDelta: int(-20000, 20000) })),
    })),
    stakeholders: maybe(0.85, () => Array.from({ length: int(1, 7) }, (_, k) => ({
      name: `Person ${k}`, title: 'Director', role: pick(['champion', 'executive_sponsor', 'decision_maker', 'admin', 'user']),
      status: pick(['active', 'active', 'active', 'departed', 'promoted', 'changed_role', 'new']), since: ago(int(0, 600)), lastActivityAt: ago(int(0, 200)),
    }))),
    engagement: maybe(0.85, () => ({
      meetings: Array.from({ length: int(0, 6) }, () => ({ date: ago(int(-20, 200)), kind: pick(['qbr', 'check_in', 'training', 'exec', 'other']), outcome: pick(['completed', 'completed', 'canceled', 'no_show', 'rescheduled', 'scheduled']) })),
      emails: Array.from({ length: int(0, 10) }, () => ({ date: ago(int(0, 120)), direction: pick(['inbound', 'outbound']) })),
      lastContactAt: ago(int(0, 120)), communityActive: rnd() < 0.3,
    })),
    outcomes: maybe(0.5, () => ({ goalsDefined: int(0, 6), goalsAchieved: int(0, 6), roiDocumented: rnd() < 0.4 })),
    flags: maybe(0.5, () => ({ competitorMentioned: rnd() < 0.1, budgetReview: rnd() < 0.1, downgradeRequested: rnd() < 0.08, executiveTurnover: rnd() < 0.08, acquisition: rnd() < 0.03, newDepartmentAdoption: rnd() < 0.1, referralOrCaseStudy: rnd() < 0.08 })),
    history: maybe(0.6, () => Array.from({ length: int(1, 6) }, (_, k) => ({ date: ago(15 + k * 30), score: int(10, 100) }))),
  });
}

module.exports = { snapshot };
