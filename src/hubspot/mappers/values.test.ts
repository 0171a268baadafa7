import { bool, date, num, oneOf, Warnings } from './values';

const at = (companyId = '30000000007') => ({ warnings: new Warnings(companyId) });

describe('num: CRM strings to numbers', () => {
  it.each([
    ['42', 42], ['-3.5', -3.5], ['1,234', 1234], ['1,234,567.25', 1234567.25], [' 7 ', 7], ['.5', 0.5],
  ])('%j → %d', (raw, expected) => {
    const src = at();
    expect(num(raw, 'che_active_users', src)).toBe(expected);
    expect(src.warnings.list).toEqual([]);
  });

  it.each([[null], [undefined], [''], ['   ']])('missing (%j) stays missing, without a warning', (raw) => {
    const src = at();
    expect(num(raw, 'che_active_users', src)).toBeUndefined();
    expect(src.warnings.list).toEqual([]);
  });

  it("'N/A' becomes a gap and a warning naming company and property", () => {
    const src = at('30000000007');
    expect(num('N/A', 'che_active_users', src)).toBeUndefined();
    expect(src.warnings.list).toEqual(["company 30000000007: che_active_users: 'N/A' is not a number"]);
  });

  it.each([['12abc'], ['Infinity'], ['NaN'], ['0x10'], ['1,23'], ['1.2.3'], ['--1']])('garbage %j is a gap, never NaN', (raw) => {
    const src = at();
    const n = num(raw, 'che_dau', src);
    expect(n).toBeUndefined();
    expect(src.warnings.list[0]).toContain(`che_dau: '${raw}' is not`);
  });

  it('a value outside the allowed range is a gap with a warning; a record names itself', () => {
    const src = { warnings: new Warnings('5'), record: 'feedback submission 9' };
    expect(num('11', 'hs_value', src, { min: 0, max: 10 })).toBeUndefined();
    expect(src.warnings.list).toEqual(["company 5: feedback submission 9: hs_value: '11' is outside 0–10"]);
  });
});

describe('dates, booleans, enumerations', () => {
  it('reads ISO dates, date-only values and epoch milliseconds as ISO instants', () => {
    const src = at();
    expect(date('2026-03-26', 'closedate', src)).toBe('2026-03-26T00:00:00.000Z');
    expect(date('2026-03-26T10:15:00Z', 'closedate', src)).toBe('2026-03-26T10:15:00.000Z');
    expect(date('1767225600000', 'closedate', src)).toBe('2026-01-01T00:00:00.000Z');
    expect(src.warnings.list).toEqual([]);
  });

  it('an unparseable date is a gap with a warning', () => {
    const src = at('1');
    expect(date('next week', 'che_last_login_at', src)).toBeUndefined();
    expect(date('2026-13-45', 'che_last_login_at', src)).toBeUndefined();
    expect(src.warnings.list).toHaveLength(2);
    expect(src.warnings.list[0]).toBe("company 1: che_last_login_at: 'next week' is not a date");
  });

  it('booleans: true/false/yes/no; anything else warns', () => {
    const src = at('1');
    expect(bool('true', 'che_seasonal', src)).toBe(true);
    expect(bool('false', 'che_seasonal', src)).toBe(false);
    expect(bool('maybe', 'che_seasonal', src)).toBeUndefined();
    expect(src.warnings.list).toEqual(["company 1: che_seasonal: 'maybe' is not true or false"]);
  });

  it('enumerations map known values and warn on others', () => {
    const src = at('1');
    const values = { current: 'current', late: 'late' } as const;
    expect(oneOf('late', values, 'che_payment_status', src)).toBe('late');
    expect(oneOf('LATE', values, 'che_payment_status', src)).toBe('late');
    expect(oneOf('bankrupt', values, 'che_payment_status', src)).toBeUndefined();
    expect(src.warnings.list).toEqual(["company 1: che_payment_status: 'bankrupt' is not one of current, late"]);
  });
});
