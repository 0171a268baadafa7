import { aRecord } from '../../../test/hubspot/load-builders';
import { DEFAULT_MAPPING as M } from '../mapping/defaults';
import { dealParts } from './deals';
import { Warnings } from './values';

const AS_OF = '2026-11-01T00:00:00.000Z';
const stages = new Map([
  ['renewals:renewal_upcoming', { isClosed: 'false', probability: '0.5' }],
  ['renewals:renewal_closedwon', { isClosed: 'true', probability: '1.0' }],
  ['renewals:renewal_closedlost', { isClosed: 'true', probability: '0.0' }],
  ['default:closedwon', { isClosed: 'true', probability: '1.0' }],
]);
const deal = (id: string, pipeline: string, stage: string, amount: string, closedate: string, dealtype = 'existingbusiness') =>
  aRecord(id).with({ pipeline, dealstage: stage, amount, closedate, dealtype }).build();

describe('deals → ARR, renewal date, contract changes', () => {
  it('the open renewal gives ARR and renewal date; closed-won renewals and expansions become contract changes', () => {
    const parts = dealParts([
      deal('1', 'renewals', 'renewal_closedwon', '40000', '2025-03-01T00:00:00Z'),
      deal('2', 'renewals', 'renewal_closedwon', '45000', '2026-03-01T00:00:00Z'),
      deal('3', 'renewals', 'renewal_upcoming', '48000', '2027-03-01T00:00:00Z'),
      deal('4', 'default', 'closedwon', '6000', '2026-06-01T00:00:00Z'),
      deal('5', 'default', 'closedwon', '30000', '2024-01-01T00:00:00Z', 'newbusiness'),
    ], M, stages, AS_OF, new Warnings('9'));
    expect(parts).toEqual({
      arr: 48000,
      renewalDate: '2027-03-01T00:00:00.000Z',
      contractChanges: [
        { date: '2026-03-01T00:00:00.000Z', kind: 'renewal', arrDelta: 5000 },
        { date: '2026-06-01T00:00:00.000Z', kind: 'upsell', arrDelta: 6000 },
      ],
    });
  });

  it('a renewal won at a lower amount is a downgrade', () => {
    const parts = dealParts([
      deal('1', 'renewals', 'renewal_closedwon', '40000', '2025-03-01T00:00:00Z'),
      deal('2', 'renewals', 'renewal_closedwon', '30000', '2026-03-01T00:00:00Z'),
    ], M, stages, AS_OF, new Warnings('9'));
    expect(parts.contractChanges).toEqual([{ date: '2026-03-01T00:00:00.000Z', kind: 'downgrade', arrDelta: -10000 }]);
    expect(parts.arr).toBeUndefined();
  });

  it("a garbage amount is a gap with a warning naming the deal; the renewal date still counts", () => {
    const w = new Warnings('9');
    const parts = dealParts([deal('3', 'renewals', 'renewal_upcoming', 'TBD', '2027-03-01T00:00:00Z')], M, stages, AS_OF, w);
    expect(parts).toEqual({ renewalDate: '2027-03-01T00:00:00.000Z' });
    expect(w.list).toEqual(["company 9: deal 3: amount: 'TBD' is not a number"]);
  });
});
