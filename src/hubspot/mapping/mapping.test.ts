import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAPPING, loadMappingFile, MappingError, MappingSchema, parseMapping, propertiesToRead } from './index';

const problemsOf = (input: unknown): string[] => {
  try {
    parseMapping(input, 'mapping.json');
  } catch (e) {
    if (e instanceof MappingError) return e.problems;
    throw e;
  }
  throw new Error('expected the mapping to be rejected');
};

describe('mapping config', () => {
  it('the defaults are valid', () => {
    expect(MappingSchema.safeParse(DEFAULT_MAPPING).success).toBe(true);
    expect(parseMapping({})).toEqual(DEFAULT_MAPPING);
  });

  it('a partial file overrides only what it names (objects merge, arrays replace, null switches off)', () => {
    const m = parseMapping({
      customers: { values: ['customer', 'evangelist'] },
      deals: { renewalPipelines: ['123456'] },
      stakeholders: { labels: { 'Power user': 'champion' } },
      notes: null,
    });
    expect(m.customers).toEqual({ property: 'lifecyclestage', values: ['customer', 'evangelist'] });
    expect(m.deals.renewalPipelines).toEqual(['123456']);
    expect(m.deals.amount).toBe('amount');
    expect(m.stakeholders.labels).toEqual({ ...DEFAULT_MAPPING.stakeholders.labels, 'Power user': 'champion' });
    expect(m.notes).toBeNull();
  });

  it.each([
    [{ tickets: { windowDays: -3 } }, 'tickets.windowDays: '],
    [{ tickets: { windowDays: 'ninety' } }, 'tickets.windowDays: '],
    [{ usage: { activeUsers: { property: '' } } }, 'usage.activeUsers.property: expected a property name'],
    [{ stakeholders: { labels: { Champion: 'hero' } } }, 'stakeholders.labels.Champion: '],
    [{ tickets: { closedStages: ['4'] } }, 'tickets.closedStages.0: expected "pipelineId:stageId"'],
    [{ ticket: {} }, 'ticket: unknown field'],
    [{ deals: { renewalPipeline: 'renewals' } }, 'deals.renewalPipeline: unknown field'],
    [{ flags: { phrases: { budgetReview: [] } } }, 'flags.phrases.budgetReview: expected at least one phrase'],
  ])('%j is rejected naming the field', (input, expected) => {
    const problems = problemsOf(input);
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  it('a file that is not JSON, or not an object, names the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'che-mapping-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "customers": ');
    await expect(loadMappingFile(bad)).rejects.toThrow(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid mapping:\\n  - not valid JSON`));
    const arr = join(dir, 'arr.json');
    writeFileSync(arr, '[1]');
    await expect(loadMappingFile(arr)).rejects.toThrow('(root): expected a JSON object');
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ surveys: { windowDays: 200 } }));
    expect((await loadMappingFile(good)).surveys.windowDays).toBe(200);
    await expect(loadMappingFile(join(dir, 'missing.json'))).rejects.toThrow('cannot read the file');
  });

  it('asks history only for the properties that need it (history reads are capped at 50 records)', () => {
    const plan = propertiesToRead(DEFAULT_MAPPING, ['che_health_tier']);
    expect(plan.companies.withHistory.sort()).toEqual(['che_active_users', 'che_api_calls_30d', 'che_core_actions_30d', 'che_health_score', 'che_logins_30d']);
    expect(plan.companies.properties).toEqual(expect.arrayContaining(['lifecyclestage', 'hs_lifecyclestage_customer_date', 'che_override_score', 'che_health_tier']));
    expect(plan.contacts.withHistory).toEqual(['jobtitle']);
  });
});
