import fc from 'fast-check';
import { blend, describeChange, fmtMoney, fmtNum, interpolate } from './scale';

describe('scale', () => {
  it('fmtNum groups thousands like en-US and keeps one decimal', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
      expect(fmtNum(n)).toBe((n + 0).toLocaleString('en-US'));
    }));
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
      expect(fmtNum(x)).toBe((Math.round(x * 10) / 10 + 0).toLocaleString('en-US', { maximumFractionDigits: 1 }));
    }));
    expect(fmtMoney(120000)).toBe('$120,000');
    expect(fmtMoney(-5000.4)).toBe('-$5,000');
  });

  it('interpolates between table points and clamps beyond the ends', () => {
    const t = [[0, 10], [10, 30], [20, 30]] as const;
    expect(interpolate(-5, t)).toBe(10);
    expect(interpolate(5, t)).toBe(20);
    expect(interpolate(15, t)).toBe(30);
    expect(interpolate(99, t)).toBe(30);
  });

  it('blend leans toward the weakest part and never falls when a part rises', () => {
    expect(blend([{ score: 100, weight: 1 }, { score: 0, weight: 1 }], 0.3)).toBeCloseTo(35);
    expect(blend([], 0.3)).toBeNull();
    fc.assert(fc.property(fc.array(fc.record({ score: fc.integer({ min: 0, max: 100 }), weight: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 6 }), fc.nat(), (parts, i) => {
      const k = i % parts.length;
      const raised = parts.map((p, j) => (j === k ? { ...p, score: Math.min(100, p.score + 10) } : p));
      expect(blend(raised, 0.3)! + 1e-9).toBeGreaterThanOrEqual(blend(parts, 0.3)!);
    }));
  });

  it('describes changes in words', () => {
    expect(describeChange(30, 55)).toBe('down 45% from 55');
    expect(describeChange(55, 50)).toBe('up 10% from 50');
    expect(describeChange(50, 50)).toBe('unchanged from 50');
  });
});
