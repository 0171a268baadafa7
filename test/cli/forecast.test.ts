import { main } from '../../src/cli/main';
import { anAccount } from '../builders/account';
import { aRecord, coasting, slipping, struggling } from '../builders/portfolio';
import { memoryIo } from './memory-io';

const lines = (...values: unknown[]): string => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n');
const snapshots = [
  struggling('s', 'Struggling Co').renewingInDays(120).build(),
  slipping('p', 'Slipping Inc').renewingInDays(30).build(),
  coasting('c', 'Coasting Ltd').asOf('2026-11-20').build(),
];

describe('che forecast', () => {
  it('writes renewal-forecast.md by default, skipping bad lines with their line number and field', async () => {
    const badArr = { ...anAccount('bad', 'Bad Arr').build(), arr: 'N/A' };
    const badOutcome = { snapshot: anAccount('o', 'Bad Outcome').build(), outcome: { renewed: 'yes', date: '2026-01-01' } };
    const io = memoryIo({
      'portfolio.jsonl': lines(snapshots[0], badArr, '{not json', snapshots[1], badOutcome, aRecord(coasting('c', 'Coasting Ltd')).renewedDaysAgo(5).build()),
    });
    expect(await main(['forecast', '--input', 'portfolio.jsonl'], io)).toBe(2);
    expect(io.err()).toMatch(/^che: line 2: arr: expected number, received string \(skipped\)$/m);
    expect(io.err()).toMatch(/^che: line 3: not valid JSON .* \(skipped\)$/m);
    expect(io.err()).toMatch(/^che: line 5: outcome\.renewed: expected true or false \(skipped\)$/m);
    const md = io.files['renewal-forecast.md']!;
    expect(md).toMatch(/^# Renewal Forecast\n\nGenerated: 2026-11-22 \| Accounts Analyzed: 3 \| Data Sources: file portfolio\.jsonl;/);
    expect(md).toContain('3 input records were invalid and left out');
    expect(md).not.toMatch(/NaN|undefined/);
    expect(io.out()).toMatch(/^renewal-forecast\.md: 3 accounts, \$[\d,]+ ARR at risk, 3 actions\n$/);
  });

  it('reads a JSON array, honours --out, --as-of and --model, exit 0 when every record is valid', async () => {
    const io = memoryIo({ 'p.json': JSON.stringify(snapshots) });
    expect(await main(['forecast', '-i', 'p.json', '-o', 'out/forecast.md', '--as-of', '2026-12-01', '--model', 'engine-5'], io)).toBe(0);
    const md = io.files['out/forecast.md']!;
    expect(md).toContain('Generated: 2026-12-01 | Accounts Analyzed: 3');
    expect(md).toMatch(/- Health Score model version: engine-5@1/);
    expect(io.err()).toBe('');
  });

  it('rejects a bad --as-of, a missing file and a file without one valid snapshot, naming the problem', async () => {
    const io = memoryIo({ 'p.json': JSON.stringify(snapshots), 'junk.jsonl': lines({ id: 'x' }, { name: 'y' }) });
    expect(await main(['forecast', '-i', 'p.json', '--as-of', '2026-13-01'], io)).toBe(2);
    expect(io.err()).toContain('che: as-of: expected a date YYYY-MM-DD, got "2026-13-01"');
    expect(await main(['forecast', '-i', 'missing.json'], io)).toBe(2);
    expect(io.err()).toContain('che: input: cannot read missing.json');
    expect(await main(['forecast', '-i', 'junk.jsonl'], io)).toBe(2);
    expect(io.err()).toMatch(/che: line 1: name: required; asOf: expected an ISO-8601 date string \(skipped\)/);
    expect(io.err()).toContain('che: input: no valid snapshot in junk.jsonl (2 skipped)');
    expect(Object.keys(io.files)).not.toContain('renewal-forecast.md');
  });
});
