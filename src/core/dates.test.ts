import fc from 'fast-check';
import { addBusinessDays, DAY_MS, isoDay, toMs } from './dates';

describe('dates', () => {
  it('isoDay agrees with Date#toISOString for any instant from 1900 to 2200', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
      expect(isoDay(ms)).toBe(new Date(ms).toISOString().slice(0, 10));
    }));
  });

  it('toMs parses plain dates like Date.parse and rejects impossible ones', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
      const day = isoDay(ms);
      expect(toMs(day)).toBe(Date.parse(day));
    }));
    expect(toMs('2026-02-29')).toBeNaN();
    expect(toMs('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
    expect(toMs('2026-13-01')).toBeNaN();
    expect(toMs('2026-11-22T10:00:00Z')).toBe(Date.UTC(2026, 10, 22, 10));
  });

  it('toMs reads UTC and offset date-times like Date.parse', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const dateTime = fc.tuple(
      fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }).map(isoDay),
      two(24), two(60), fc.option(two(60)), fc.option(fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'))),
      fc.constantFrom('Z', '+05:30', '-08:00', '+00:00', '+23:59', '-12:45', '+24:00', ''),
    ).map(([day, h, m, s, ms, zone]) => `${day}T${h}:${m}${s !== null ? `:${s}${ms !== null ? `.${ms}` : ''}` : ''}${zone}`);
    fc.assert(fc.property(dateTime, (iso) => {
      expect(toMs(iso)).toBe(Date.parse(iso));
    }), { numRuns: 2000 });
    expect(toMs('2026-02-30T10:00:00Z')).toBe(Date.parse('2026-02-30T10:00:00Z')); // rolled over, as Date.parse does
    expect(toMs('2026-11-22T10:00:00.5Z')).toBe(Date.UTC(2026, 10, 22, 10, 0, 0, 500));
  });

  it('adds business days across weekends', () => {
    const sunday = toMs('2026-11-22');
    expect(addBusinessDays(sunday, 1)).toBe('2026-11-23');
    expect(addBusinessDays(sunday, 5)).toBe('2026-11-27');
    expect(addBusinessDays(sunday, 6)).toBe('2026-11-30');
    expect(addBusinessDays(toMs('2026-11-27'), 1)).toBe('2026-11-30'); // Friday → Monday
    expect(addBusinessDays(sunday + 0.5 * DAY_MS, 2)).toBe('2026-11-24');
  });
});
