import { aContact } from '../../../test/hubspot/load-builders';
import { DEFAULT_MAPPING as M } from '../mapping/defaults';
import { roleOf, stakeholderOf } from './stakeholders';
import { Warnings } from './values';

const AS_OF = '2026-11-01T00:00:00.000Z';

describe('roles from association label names', () => {
  it.each([
    [['Champion'], 'champion'],
    [['executive sponsor'], 'executive_sponsor'],
    [['Decision Maker'], 'decision_maker'],
    [['Decision Maker', 'Executive Sponsor'], 'executive_sponsor'],
    [['Billing contact'], undefined],
    [[], undefined],
  ])('%j → %s', (labels, role) => {
    expect(roleOf(labels, M)).toBe(role);
  });

  it('a portal with its own label names maps them in the config', () => {
    const m = { ...M, stakeholders: { ...M.stakeholders, labels: { 'Power user': 'champion' as const, 'Budget holder': 'decision_maker' as const } } };
    expect(roleOf(['Power User'], m)).toBe('champion');
    expect(roleOf(['Champion'], m)).toBeUndefined();
  });
});

describe('stakeholder status', () => {
  const w = () => new Warnings('9');

  it('a departed champion keeps the label: che_left_company true with its date → departed since that date', () => {
    const rec = aContact('1', 'Dana', 'Reyes').with({ jobtitle: 'Director of Operations', che_left_company: 'true', che_left_company_at: '2026-09-15T00:00:00Z' }).build();
    expect(stakeholderOf(rec, 'champion', M, AS_OF, w())).toEqual({
      name: 'Dana Reyes', title: 'Director of Operations', role: 'champion', status: 'departed', since: '2026-09-15T00:00:00.000Z',
    });
  });

  it('a departure dated after asOf is not a departure yet', () => {
    const rec = aContact('1', 'Dana', 'Reyes').with({ che_left_company: 'true', che_left_company_at: '2026-12-15T00:00:00Z' }).build();
    expect(stakeholderOf(rec, 'champion', M, AS_OF, w())?.status).toBe('active');
  });

  it('a job title that changed inside the promotion window → promoted, with the new title', () => {
    const rec = aContact('2', 'Kwame', 'Miller')
      .withHistory('jobtitle', [['2025-01-10T00:00:00Z', 'Director of Sales Operations'], ['2026-09-09T15:00:00Z', 'VP of Sales Operations']]).build();
    expect(stakeholderOf(rec, 'champion', M, AS_OF, w())).toMatchObject({ title: 'VP of Sales Operations', status: 'promoted', since: '2026-09-09T15:00:00.000Z' });
  });

  it('a title change long ago is not a promotion now; a recent contact is new', () => {
    const old = aContact('2', 'A', 'B').withHistory('jobtitle', [['2024-01-01T00:00:00Z', 'Manager'], ['2024-06-01T00:00:00Z', 'Director']]).build();
    expect(stakeholderOf(old, 'champion', M, AS_OF, w())?.status).toBe('active');
    const fresh = aContact('3', 'C', 'D', '2026-10-01T00:00:00Z').build();
    expect(stakeholderOf(fresh, 'champion', M, AS_OF, w())).toMatchObject({ status: 'new', since: '2026-10-01T00:00:00.000Z' });
  });

  it('a garbage left-company flag is a warning, not a departure', () => {
    const warnings = w();
    const rec = aContact('4', 'E', 'F').with({ che_left_company: 'perhaps' }).build();
    expect(stakeholderOf(rec, 'decision_maker', M, AS_OF, warnings)?.status).toBe('active');
    expect(warnings.list).toEqual(["company 9: contact 4: che_left_company: 'perhaps' is not true or false"]);
  });
});
