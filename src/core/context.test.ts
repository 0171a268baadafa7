import { anAccount } from '../../test/builders/account';
import { AccountSnapshot } from './contract';
import { makeContext } from './context';

describe('makeContext', () => {
  it('shows scorers every section of the snapshot, in one fixed layout', () => {
    const snapshot = anAccount().withChampion().withActiveUsers(30, 55).renewingInDays(45).build();
    const view = makeContext(snapshot, 0.3).snapshot;
    expect(Object.keys(view).sort()).toEqual(Object.keys(AccountSnapshot.shape).sort());
    expect(view).toEqual(snapshot); // absent sections are undefined, present ones the same objects
    expect(view.stakeholders).toBe(snapshot.stakeholders);
  });

  it('counts days back from asOf for plain dates and date-times alike', () => {
    const ctx = makeContext(anAccount().asOf('2026-11-22').build(), 0.3);
    expect(ctx.daysAgo('2026-11-01')).toBe(21);
    expect(ctx.daysAgo('2026-11-21T12:00:00Z')).toBe(0.5);
    expect(ctx.daysAgo('2026-11-21T12:00:00Z')).toBe(0.5); // cached
    expect(ctx.daysAgo('2026-02-30')).toBe(Infinity);
    expect(ctx.daysAgo(undefined)).toBe(Infinity);
  });
});
