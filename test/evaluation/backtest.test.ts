import { backtest } from '../../src/core/evaluation/backtest';
import { leadDaysOf } from '../../src/core/evaluation/outcomes';
import { builtInModel } from '../../src/core/models';
import type { LabeledInput } from '../../src/core/evaluation/outcomes';
import { anAccount } from '../builders/account';
import { aRecord, struggling } from '../builders/portfolio';

const labeled = (r: ReturnType<ReturnType<typeof aRecord>['build']>): LabeledInput => ({ snapshot: r.snapshot, outcome: r.outcome! });

describe('backtest on labeled records from the builders', () => {
  const model = builtInModel('renewal-7');
  // Both struggling accounts score critical; one churned 100 days after its snapshot, one only 30 days after.
  const early = labeled(aRecord(struggling('early').arr(100_000).renewingInDays(120)).churnedDaysAgo(-100).build());
  const late = labeled(aRecord(struggling('late').arr(100_000).renewingInDays(30)).churnedDaysAgo(-45).build());
  const fine = labeled(aRecord(anAccount('fine').thriving()).renewedDaysAgo(-200).build());

  it('measures lead time to the earlier of the outcome date and the contract renewal date', () => {
    expect(leadDaysOf(early)).toBe(100);
    expect(leadDaysOf(late)).toBe(30);
  });

  it('counts only churned ARR flagged at least 60 days ahead as early warning', () => {
    const report = backtest([early, late, fine], model, { resamples: 20 });
    expect(report.metrics.earlyWarningArrShare.value).toBe(0.5);
    expect(report.metrics.falseAlarmRate.value).toBe(0);
    expect(report.metrics.auc.value).toBe(1);
    expect(report.model).toBe('renewal-7@1');
    expect(report).toMatchObject({ records: 3, churned: 2, renewed: 1 });
  });
});
