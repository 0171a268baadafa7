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

  it('adds business days across weekends', () => {
    const sunday = toMs('2026-11-22');
    expect(addBusinessDays(sunday, 1)).toBe('2026-11-23');
    expect(addBusinessDays(sunday, 5)).toBe('2026-11-27');
    expect(addBusinessDays(sunday, 6)).toBe('2026-11-30');
    expect(addBusinessDays(toMs('2026-11-27'), 1)).toBe('2026-11-30'); // Friday → Monday
    expect(addBusinessDays(sunday + 0.5 * DAY_MS, 2)).toBe('2026-11-24');
  });
});
