import type { HsRecord } from '../mappers/records';
import { assertEvaluable, inWindows, matchesFilter, parseInstant, windowProperties } from './window-filter';

const rec = (properties: Record<string, string | null>): HsRecord => ({ id: '1', properties });
const START = Date.parse('2026-05-01T00:00:00.000Z');
const gte = (propertyName: string, ms = START) => ({ propertyName, operator: 'GTE', value: String(ms) });

describe('parseInstant', () => {
  it.each([
    ['1777593600000', START],
    [' 1777593600000 ', START],
    ['2026-05-01T00:00:00.000Z', START],
    ['2026-05-01T00:00:00Z', START],
    ['2026-05-01T02:00:00+02:00', START],
    ['2026-05-01T02:00:00+0200', START],
    ['2026-05-01', START],
    ['2026-05-01T00:00:00', START],
    ['2026-05-01 00:00:00', START],
  ])('%j is %d', (raw, ms) => {
    expect(parseInstant(raw)).toBe(ms);
  });

  it.each(['', 'yesterday', '1.5e12', '2026/05/01', '05/01/2026', '2026-13-45'])('%j is not an instant', (raw) => {
    expect(parseInstant(raw)).toBeUndefined();
  });
});

describe('matchesFilter', () => {
  it('GTE compares instants, whichever side is epoch ms or ISO', () => {
    expect(matchesFilter(rec({ d: '2026-05-01T00:00:00.000Z' }), gte('d'))).toBe(true);
    expect(matchesFilter(rec({ d: '2026-04-30T23:59:59.999Z' }), gte('d'))).toBe(false);
    expect(matchesFilter(rec({ d: String(START) }), gte('d'))).toBe(true);
    expect(matchesFilter(rec({ d: String(START - 1) }), gte('d'))).toBe(false);
    expect(matchesFilter(rec({ d: '2026-05-01T01:59:59.999+02:00' }), gte('d'))).toBe(false);
    expect(matchesFilter(rec({ d: '2026-05-01' }), gte('d'))).toBe(true);
    expect(matchesFilter(rec({ d: '2026-04-30' }), gte('d'))).toBe(false);
    expect(matchesFilter(rec({ d: String(START) }), { propertyName: 'd', operator: 'GTE', value: '2026-05-01T00:00:00Z' })).toBe(true);
  });

  it('GTE: no value, an empty or an unparseable one never matches (text is not compared as text)', () => {
    expect(matchesFilter(rec({}), gte('d'))).toBe(false);
    expect(matchesFilter(rec({ d: null }), gte('d'))).toBe(false);
    expect(matchesFilter(rec({ d: '' }), gte('d'))).toBe(false);
    expect(matchesFilter(rec({ d: 'soon' }), gte('d'))).toBe(false);
    expect(matchesFilter(rec({ d: '9999-not-a-date' }), gte('d'))).toBe(false);
  });

  it('EQ is case-insensitive text; a missing value never matches', () => {
    const open = { propertyName: 'hs_is_closed', operator: 'EQ', value: 'false' };
    expect(matchesFilter(rec({ hs_is_closed: 'false' }), open)).toBe(true);
    expect(matchesFilter(rec({ hs_is_closed: 'FALSE' }), open)).toBe(true);
    expect(matchesFilter(rec({ hs_is_closed: 'true' }), open)).toBe(false);
    expect(matchesFilter(rec({ hs_is_closed: null }), open)).toBe(false);
    expect(matchesFilter(rec({}), open)).toBe(false);
  });

  it('NOT_HAS_PROPERTY matches missing, null and empty values only', () => {
    const f = { propertyName: 'closed_date', operator: 'NOT_HAS_PROPERTY' };
    expect(matchesFilter(rec({}), f)).toBe(true);
    expect(matchesFilter(rec({ closed_date: null }), f)).toBe(true);
    expect(matchesFilter(rec({ closed_date: '' }), f)).toBe(true);
    expect(matchesFilter(rec({ closed_date: '2026-05-01T00:00:00Z' }), f)).toBe(false);
  });

  it('an operator the windows do not use throws, naming it and the property', () => {
    expect(() => matchesFilter(rec({ d: '1' }), { propertyName: 'd', operator: 'LT', value: '2' })).toThrow(
      /^window filter on d: operator LT cannot be evaluated client-side \(known: GTE, EQ, NOT_HAS_PROPERTY\)/,
    );
  });
});

describe('inWindows', () => {
  // The deals window: closed recently OR still open.
  const deals = [[gte('closedate')], [{ propertyName: 'hs_is_closed', operator: 'EQ', value: 'false' }]];

  it('alternatives are OR-ed, filters inside one AND-ed', () => {
    expect(inWindows(rec({ closedate: '2026-06-01T00:00:00Z', hs_is_closed: 'true' }), deals)).toBe(true);
    expect(inWindows(rec({ closedate: '2020-01-01T00:00:00Z', hs_is_closed: 'false' }), deals)).toBe(true);
    expect(inWindows(rec({ closedate: '2020-01-01T00:00:00Z', hs_is_closed: 'true' }), deals)).toBe(false);
    const both = [[gte('closedate'), { propertyName: 'hs_is_closed', operator: 'EQ', value: 'false' }]];
    expect(inWindows(rec({ closedate: '2026-06-01T00:00:00Z', hs_is_closed: 'true' }), both)).toBe(false);
    expect(inWindows(rec({ closedate: '2026-06-01T00:00:00Z', hs_is_closed: 'false' }), both)).toBe(true);
  });

  it('no windows: every record', () => {
    expect(inWindows(rec({}), [])).toBe(true);
  });

  it('windowProperties lists each filtered property once', () => {
    expect(windowProperties([...deals, [gte('closedate')]])).toEqual(['closedate', 'hs_is_closed']);
  });
});

describe('assertEvaluable', () => {
  it('accepts the windows the loader builds', () => {
    expect(() => assertEvaluable([[gte('closedate')], [{ propertyName: 'hs_is_closed', operator: 'EQ', value: 'false' }], [{ propertyName: 'closed_date', operator: 'NOT_HAS_PROPERTY' }]])).not.toThrow();
  });

  it.each([
    [{ propertyName: 'hs_timestamp', operator: 'BETWEEN', value: '1', highValue: '2' }, /operator BETWEEN cannot be evaluated client-side/],
    [{ propertyName: 'hs_pipeline', operator: 'IN', values: ['a'] }, /operator IN cannot be evaluated client-side/],
    [{ propertyName: 'hs_timestamp', operator: 'GTE' }, /^window filter on hs_timestamp: GTE needs a value$/],
    [{ propertyName: 'hs_is_closed', operator: 'EQ', value: '' }, /^window filter on hs_is_closed: EQ needs a value$/],
    [{ propertyName: 'hs_timestamp', operator: 'GTE', value: 'last week' }, /GTE value "last week" is not an instant/],
  ])('rejects %j', (filter, message) => {
    expect(() => assertEvaluable([[gte('closedate')], [filter]])).toThrow(message);
  });
});
