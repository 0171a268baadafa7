import { createHash } from 'node:crypto';
import { DEFAULT_AS_OF, generatePortfolio } from './index';

const digest = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');

describe('generatePortfolio determinism', () => {
  it('gives byte-identical JSON for the same seed', () => {
    const a = JSON.stringify(generatePortfolio({ companies: 60, seed: 42 }));
    const b = JSON.stringify(generatePortfolio({ companies: 60, seed: 42 }));
    expect(a.length).toBeGreaterThan(10_000);
    expect(a === b).toBe(true);
  });

  it('gives a different portfolio for a different seed', () => {
    const a = generatePortfolio({ companies: 60, seed: 42 });
    const b = generatePortfolio({ companies: 60, seed: 43 });
    expect(digest(a)).not.toBe(digest(b));
    expect(a.records.companies!.map((c) => c.properties.name)).not.toEqual(b.records.companies!.map((c) => c.properties.name));
  });

  it('does not read the clock: a different system time gives the same output', () => {
    const before = digest(generatePortfolio({ companies: 30, seed: 'clock' }));
    jest.useFakeTimers({ now: new Date('2031-05-05T05:05:05Z') });
    try {
      expect(digest(generatePortfolio({ companies: 30, seed: 'clock' }))).toBe(before);
    } finally {
      jest.useRealTimers();
    }
  });

  it('defaults asOf to 2026-11-01 and honours an explicit asOf', () => {
    expect(generatePortfolio({ companies: 5, seed: 1 }).asOf).toBe(DEFAULT_AS_OF);
    const later = generatePortfolio({ companies: 5, seed: 1, asOf: '2027-03-15T00:00:00.000Z' });
    expect(later.asOf).toBe('2027-03-15T00:00:00.000Z');
    const maxStamp = Math.max(...later.records.companies!.map((c) => Date.parse(c.updatedAt!)));
    expect(maxStamp).toBeGreaterThan(Date.parse(DEFAULT_AS_OF));
  });

  it('keeps earlier companies unchanged when more companies are generated', () => {
    const small = generatePortfolio({ companies: 10, seed: 5 });
    const large = generatePortfolio({ companies: 20, seed: 5 });
    // Owners differ with the portfolio size, so compare what does not depend on them.
    const strip = (s: typeof small) => s.records.companies!.slice(0, 3).map((c) => ({ ...c.properties, hubspot_owner_id: '' }));
    expect(strip(large)).toEqual(strip(small));
  });

  it('rejects bad options with an error naming the field', () => {
    expect(() => generatePortfolio({ companies: 0, seed: 1 })).toThrow(/companies/);
    expect(() => generatePortfolio({ companies: 2.5, seed: 1 })).toThrow(/companies/);
    expect(() => generatePortfolio({ companies: 3, seed: Number.NaN })).toThrow(/seed/);
    expect(() => generatePortfolio({ companies: 3, seed: 1, asOf: 'next tuesday' })).toThrow(/asOf/);
  });
});
