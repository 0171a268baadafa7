import { DEFAULT_MAPPING as M } from '../mapping/defaults';
import { flagsOf } from './flags';

const AS_OF = '2026-11-01T00:00:00.000Z';
const note = (date: string, text: string) => ({ date, text });

describe('flags from note, email and ticket text', () => {
  it.each([
    ['Heard from Sam that procurement requested a demo from Gainlane. They are evaluating options before the renewal.', 'competitorMentioned'],
    ['Finance has started a budget review of all software spend.', 'budgetReview'],
    ['Customer requested a quote for the basic plan and a reduced seat count — downgrade request ahead of renewal.', 'downgradeRequested'],
    ['Customer announced it is being acquired. The parent company has its own tooling.', 'acquisition'],
    ['Executive sponsor has left; the new COO has not been briefed yet. Executive turnover risk.', 'executiveTurnover'],
    ['Sam asked whether they could renew early and lock in a multi-year price. Early renewal inquiry.', 'earlyRenewalInquiry'],
    ['Expansion: Finance department is piloting the product after seeing results in operations.', 'newDepartmentAdoption'],
    ['Sam offered to be a reference and agreed to a case study about their rollout.', 'referralOrCaseStudy'],
  ])('%j sets %s', (text, flag) => {
    expect(flagsOf([note('2026-10-01T00:00:00Z', text)], M, AS_OF)).toMatchObject({ [flag]: true });
  });

  it('routine notes set nothing; flags are absent, not false', () => {
    expect(flagsOf([note('2026-10-01T00:00:00Z', 'Monthly sync with Sam. Usage steady; no concerns raised.')], M, AS_OF)).toBeUndefined();
  });

  it('only text inside the flags window (180 days) and not after asOf counts', () => {
    expect(flagsOf([note('2026-01-01T00:00:00Z', 'Finance has started a budget review.')], M, AS_OF)).toBeUndefined();
    expect(flagsOf([note('2026-11-05T00:00:00Z', 'Finance has started a budget review.')], M, AS_OF)).toBeUndefined();
  });
});
