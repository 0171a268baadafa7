import { generatePortfolio } from './index';
import { RENEWAL_STAGES, RENEWALS_PIPELINE } from './pipelines';
import { SeedView } from './seed-view';

const seed = generatePortfolio({ companies: 400, seed: 'truth' });
const view = new SeedView(seed);
const asOf = Date.parse(seed.asOf);
const DAY = 86_400_000;

describe('ground truth', () => {
  it('lists every customer and former customer once, and no prospect', () => {
    const companies = seed.records.companies!;
    const scored = companies.filter((c) => c.properties.lifecyclestage === 'customer' || c.properties.lifecyclestage === 'other');
    expect(seed.truth.map((t) => t.companyId).sort()).toEqual(scored.map((c) => c.id).sort());
    for (const t of seed.truth) expect(view.get('companies', t.companyId)!.properties.name).toBe(t.name);
  });

  it('agrees with the renewal deals: ids, pipeline, close dates, amounts and outcomes', () => {
    for (const t of seed.truth) {
      const renewals = view.related(t.companyId, 'deals').map((d) => d.record).filter((d) => d.properties.pipeline === RENEWALS_PIPELINE.id);
      expect(renewals.length).toBe(t.pastRenewals.length + (t.nextRenewal ? 1 : 0));
      for (const r of t.pastRenewals) {
        const deal = view.get('deals', r.dealId)!;
        expect(deal.properties.pipeline).toBe('renewals');
        expect(deal.properties.dealtype).toBe('existingbusiness');
        expect(Date.parse(deal.properties.closedate!)).toBe(Date.parse(r.closeDate));
        expect(Number(deal.properties.amount)).toBe(r.amount);
        expect(deal.properties.dealstage).toBe(r.outcome === 'won' ? RENEWAL_STAGES.won : RENEWAL_STAGES.lost);
        expect(Date.parse(r.closeDate)).toBeLessThanOrEqual(asOf);
      }
      if (t.nextRenewal) {
        const deal = view.get('deals', t.nextRenewal.dealId)!;
        const stage = RENEWALS_PIPELINE.stages.find((s) => s.id === deal.properties.dealstage)!;
        expect(stage.metadata.isClosed).toBe('false');
        expect(Number(deal.properties.amount)).toBe(t.nextRenewal.amount);
        expect(t.arr).toBe(t.nextRenewal.amount);
        const days = (Date.parse(deal.properties.closedate!) - asOf) / DAY;
        expect(days).toBeGreaterThan(0);
        expect(days).toBeLessThanOrEqual(366);
      }
    }
  });

  it('spreads open renewals over the next 12 months, some within 90 days', () => {
    const days = seed.truth.filter((t) => t.nextRenewal).map((t) => (Date.parse(t.nextRenewal!.closeDate) - asOf) / DAY);
    expect(days.filter((d) => d <= 90).length).toBeGreaterThan(days.length * 0.15);
    expect(days.filter((d) => d > 270).length).toBeGreaterThan(days.length * 0.1);
  });

  it('keeps churned companies as former customers: lost last renewal, lifecycle "other", no open renewal', () => {
    const former = seed.truth.filter((t) => t.pastRenewals.some((r) => r.outcome === 'lost'));
    expect(former.length).toBeGreaterThan(5);
    for (const t of former) {
      expect(t.pastRenewals[t.pastRenewals.length - 1]!.outcome).toBe('lost');
      expect(t.nextRenewal).toBeUndefined();
      expect(view.get('companies', t.companyId)!.properties.lifecyclestage).toBe('other');
      expect(['declining', 'silent_churner']).toContain(t.trajectory);
    }
    for (const t of seed.truth.filter((x) => x.nextRenewal)) expect(view.get('companies', t.companyId)!.properties.lifecyclestage).toBe('customer');
  });

  it('plants the first warning 30–120 days before a churned renewal, and before asOf for current churners', () => {
    for (const t of seed.truth) {
      const lost = t.pastRenewals.find((r) => r.outcome === 'lost');
      if (lost) {
        const lead = (Date.parse(lost.closeDate) - Date.parse(t.firstWarningAt!)) / DAY;
        expect(lead).toBeGreaterThanOrEqual(30);
        expect(lead).toBeLessThanOrEqual(120);
      }
      if (t.nextRenewal?.expectedOutcome === 'lost') {
        expect(['declining', 'silent_churner']).toContain(t.trajectory);
        expect(Date.parse(t.firstWarningAt!)).toBeLessThan(asOf);
        expect(Date.parse(t.firstWarningAt!)).toBeLessThan(Date.parse(t.nextRenewal.closeDate) - 30 * DAY);
      }
      if (t.trajectory === 'steady' || t.trajectory === 'expansion_ready') expect(t.firstWarningAt).toBeUndefined();
    }
  });

  it('marks new customers: customer since under 90 days, no past renewal', () => {
    const fresh = seed.truth.filter((t) => t.trajectory === 'new');
    expect(fresh.length).toBeGreaterThan(10);
    for (const t of fresh) {
      const since = Date.parse(view.get('companies', t.companyId)!.properties.hs_lifecyclestage_customer_date!);
      expect(asOf - since).toBeLessThan(90 * DAY);
      expect(t.pastRenewals).toEqual([]);
    }
  });

  it('has usage history reaching at least 90 days before the most recent past renewal', () => {
    let checked = 0;
    for (const t of seed.truth) {
      const last = t.pastRenewals[t.pastRenewals.length - 1];
      if (!last) continue;
      const company = view.get('companies', t.companyId)!;
      const since = Date.parse(company.properties.hs_lifecyclestage_customer_date!);
      const want = Date.parse(last.closeDate) - 90 * DAY;
      if (want < since) continue;
      // The sync stamps every run, so its history shows how far back the synced usage reaches.
      const first = Date.parse(company.history!.che_usage_synced_at![0]!.timestamp);
      expect(first).toBeLessThanOrEqual(want);
      expect(SeedView.numberAt(company, 'che_active_users', want)).toBeGreaterThanOrEqual(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('sets expectations by trajectory: most troubled accounts are expected to churn, healthy ones to renew', () => {
    const current = seed.truth.filter((t) => t.nextRenewal);
    const lostShare = (traj: string) => {
      const xs = current.filter((t) => t.trajectory === traj);
      return xs.filter((t) => t.nextRenewal!.expectedOutcome === 'lost').length / xs.length;
    };
    expect(lostShare('declining')).toBeGreaterThan(0.5);
    expect(lostShare('declining')).toBeLessThan(1);
    expect(lostShare('silent_churner')).toBeGreaterThan(0.5);
    expect(lostShare('steady')).toBe(0);
    expect(lostShare('expansion_ready')).toBe(0);
    expect(lostShare('new')).toBe(0);
  });
});
