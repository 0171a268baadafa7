import { aContact, aMeeting, aNote, aRecord, aTicket } from '../../../test/hubspot/load-builders';
import { assess, builtInModel } from '../../core';
import { DEFAULT_MAPPING as M } from '../mapping/defaults';
import type { HsRecord } from './records';
import { loadedCompany, type CompanyRecords } from './snapshot';

const AS_OF = '2026-11-01T00:00:00.000Z';
const stages = {
  deals: new Map([['renewals:renewal_upcoming', { isClosed: 'false', probability: '0.5' }]]),
  tickets: new Map([['0:1', { isClosed: 'false' }], ['0:4', { isClosed: 'true' }]]),
};

function records(company: HsRecord, extra: Partial<CompanyRecords> = {}): CompanyRecords {
  return {
    company, deals: [], tickets: [], hasTickets: false, surveys: [], surveyTickets: new Map(), meetings: [], emails: [], notes: [], contacts: [], problems: [],
    ...extra,
  };
}

const acme = () => aRecord('30000000007')
  .with({
    name: 'Acme', lifecyclestage: 'customer', hubspot_owner_id: '61000001', hs_lifecyclestage_customer_date: '2024-03-01T00:00:00Z',
    che_segment: 'mid_market', che_seats_purchased: '50', che_dau: 'N/A', che_mau: '', che_payment_status: 'current',
    che_override_score: '35', che_override_reason: 'Sponsor told us they are leaving', che_override_by: 'csm@example.com',
    che_health_tier: 'healthy', notes_last_contacted: '2026-10-20T00:00:00Z',
  })
  .withHistory('che_active_users', [['2026-07-01T06:00:00Z', '40'], ['2026-08-01T06:00:00Z', '38'], ['2026-09-01T06:00:00Z', '30'], ['2026-10-01T06:00:00Z', '22'], ['2026-10-29T06:00:00Z', '20']])
  .withHistory('che_health_score', [['2026-08-01T00:00:00Z', '72'], ['2026-10-01T00:00:00Z', '55'], ['2026-10-15T00:00:00Z', 'oops']]);

describe('loadedCompany', () => {
  it('builds a snapshot: usage as of 30/60/90 days ago from history, garbage as gaps with warnings, override, score history', () => {
    const loaded = loadedCompany(records(acme().build()), M, stages, AS_OF, ['che_health_tier', 'che_health_score']);
    expect(loaded.error).toBeUndefined();
    const s = loaded.snapshot!;
    expect(s.usage?.activeUsers).toEqual({ now: 20, d30: 22, d60: 30, d90: 38 });
    expect(s.usage?.seatsPurchased).toBe(50);
    expect(s.usage?.dau).toBeUndefined();
    expect(s.usage?.mau).toBeUndefined();
    expect(s.segment).toBe('mid_market');
    expect(s.override).toEqual({ score: 35, reason: 'Sponsor told us they are leaving', by: 'csm@example.com' });
    expect(s.history).toEqual([{ date: '2026-08-01T00:00:00.000Z', score: 72 }, { date: '2026-10-01T00:00:00.000Z', score: 55 }]);
    expect(s.engagement?.lastContactAt).toBe('2026-10-20T00:00:00.000Z');
    expect(loaded.warnings).toEqual([
      "company 30000000007: che_dau: 'N/A' is not a number",
      "company 30000000007: che_health_score (history at 2026-10-15T00:00:00Z): 'oops' is not a number",
    ]);
    expect(loaded.current).toEqual({ che_health_tier: 'healthy', che_health_score: 'oops' });
    expect(loaded.ownerId).toBe('61000001');
  });

  it('the snapshot it builds assesses without NaN anywhere', () => {
    const loaded = loadedCompany(records(acme().build(), {
      deals: [aRecord('1').with({ pipeline: 'renewals', dealstage: 'renewal_upcoming', amount: '60000', closedate: '2027-01-15T00:00:00Z' }).build()],
      tickets: [aTicket('2', '2026-10-10T00:00:00Z', 'Fed up', 'We are fed up; escalate this please.').with({ hs_ticket_priority: 'HIGH' }).build()],
      hasTickets: true,
      meetings: [aMeeting('3', 'Quarterly Business Review – Acme', 'CANCELED', '2026-10-05T15:00:00Z').build()],
      notes: [aNote('4', '2026-10-12T00:00:00Z', 'Finance has started a budget review of all software spend.').build()],
      contacts: [{ record: aContact('5', 'Dana', 'Reyes').with({ che_left_company: 'true', che_left_company_at: '2026-09-15T00:00:00Z' }).build(), role: 'champion' }],
    }), M, stages, AS_OF, []);
    expect(loaded.error).toBeUndefined();
    const s = loaded.snapshot!;
    expect(s).toMatchObject({ arr: 60000, renewalDate: '2027-01-15T00:00:00.000Z', flags: { budgetReview: true } });
    expect(s.stakeholders).toEqual([expect.objectContaining({ role: 'champion', status: 'departed' })]);
    const a = assess(s, builtInModel('renewal-7'));
    expect(JSON.stringify(a, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? 'NOT-FINITE' : v))).not.toContain('NOT-FINITE');
    expect(a.signals.churn.length).toBeGreaterThan(0);
  });

  it('without a segment property the segment comes from the ARR bands; read problems become warnings', () => {
    const company = aRecord('8').with({ name: 'Bandit', lifecyclestage: 'customer' }).build();
    const loaded = loadedCompany(records(company, {
      deals: [aRecord('1').with({ pipeline: 'renewals', dealstage: 'renewal_upcoming', amount: '150000', closedate: '2027-01-15T00:00:00Z' }).build()],
      problems: ['tickets 99: OBJECT_NOT_FOUND: Could not get some TICKET objects'],
    }), M, stages, AS_OF, []);
    expect(loaded.snapshot?.segment).toBe('enterprise');
    expect(loaded.warnings).toEqual(['company 8: tickets 99: OBJECT_NOT_FOUND: Could not get some TICKET objects']);
  });

  it('a record that is not what HubSpot sends yields LoadedCompany.error, never a throw', () => {
    const broken = { id: '13', createdAt: '2025-01-01T00:00:00Z' } as unknown as HsRecord; // no properties at all
    const loaded = loadedCompany(records(aRecord('13').with({ name: 'Ok' }).build(), { notes: [broken] }), M, stages, AS_OF, []);
    expect(loaded.snapshot).toBeUndefined();
    expect(loaded.error).toMatch(/^company 13: /);
  });

  it('a company with no name still gets a snapshot under a readable name', () => {
    const loaded = loadedCompany(records(aRecord('12').with({ lifecyclestage: 'customer' }).build()), M, stages, AS_OF, []);
    expect(loaded.snapshot?.name).toBe('Company 12');
  });
});
