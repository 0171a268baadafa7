import { assess } from '../core/assess';
import { builtInModel } from '../core/models';
import type { AccountSnapshot } from '../core/contract';
import { anAccount } from '../../test/builders/account';
import { assessLoaded } from './assess-loaded';

const model = builtInModel('renewal-7');
function loaded(snapshot: AccountSnapshot, tier?: string) {
  const current: Record<string, string | null> = tier ? { che_health_tier: tier } : {};
  return { companyId: snapshot.id, name: snapshot.name, snapshot, warnings: [], current };
}

/** A snapshot scoring just above the healthy cut-off (60-62), found by varying usage. */
function justHealthy(): AccountSnapshot {
  for (let users = 1; users <= 120; users++) {
    for (const logins of [5, 20, 60]) {
      const s = anAccount().withActiveUsers(users, 60).withLogins(logins, 40).withFeatures(6, 20).withSurvey('nps', 7).build();
      const score = assess(s, model).score;
      if (score >= 60 && score <= 62) return s;
    }
  }
  throw new Error('no builder variation scores 60-62: widen the search');
}

describe('assessLoaded: the assessment every job writes', () => {
  it('keeps the tier a company holds while its score stays within the band of the cut-off', () => {
    const s = justHealthy();
    expect(assess(s, model).tier).toBe('healthy');
    expect(assessLoaded(loaded(s, 'at_risk'), model).tier).toBe('at_risk');
    expect(assessLoaded(loaded(s, 'at_risk'), model).score).toBe(assess(s, model).score);
  });

  it('is the plain assessment for a company never scored, or one that already holds the tier', () => {
    const s = justHealthy();
    expect(assessLoaded(loaded(s), model)).toEqual(assess(s, model));
    expect(assessLoaded(loaded(s, 'healthy'), model)).toEqual(assess(s, model));
  });
});
