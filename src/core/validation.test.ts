import { parseSnapshot } from './validation';
import { anAccount } from '../../test/builders/account';

describe('parseSnapshot', () => {
  it('accepts a builder snapshot unchanged', () => {
    const s = anAccount().thriving().build();
    const r = parseSnapshot(s);
    expect(r).toEqual({ success: true, value: s });
  });

  it('names the field of a CRM "N/A" in a number field', () => {
    const r = parseSnapshot({ id: 'a', name: 'A', asOf: '2026-11-22', surveys: [{ type: 'nps', score: 'N/A', date: '2026-10-01' }] });
    expect(r).toEqual({ success: false, errors: ['surveys[0].score: expected number, received string'] });
  });

  it('names missing required fields and bad dates', () => {
    const r = parseSnapshot({ name: 'A', asOf: 'yesterday' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.errors).toEqual(['id: required', 'asOf: expected an ISO-8601 date (YYYY-MM-DD or a date-time)']);
  });

  it('checks survey scales by type', () => {
    const r = parseSnapshot({ id: 'a', name: 'A', asOf: '2026-11-22', surveys: [{ type: 'csat', score: 9, date: '2026-10-01' }] });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.errors).toEqual(['surveys[0].score: csat score must be between 1 and 5']);
  });

  it('rejects negative counts and unknown enum values, naming each', () => {
    const r = parseSnapshot({ id: 'a', name: 'A', asOf: '2026-11-22', usage: { logins: { last30: -1 } }, billing: { paymentStatus: 'ok' } });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.errors[0]).toMatch(/^usage\.logins\.last30: /);
      expect(r.errors[1]).toMatch(/^billing\.paymentStatus: .*current/);
    }
  });

  it('rejects a non-object', () => {
    expect(parseSnapshot('hello')).toEqual({ success: false, errors: ['(root): expected object, received string'] });
  });

  it('accepts HubSpot date-times as well as dates', () => {
    expect(parseSnapshot({ id: 'a', name: 'A', asOf: '2026-11-22T08:30:00.000Z' }).success).toBe(true);
    expect(parseSnapshot({ id: 'a', name: 'A', asOf: '2026-02-30' }).success).toBe(false);
  });
});
