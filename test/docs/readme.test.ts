/**
 * The README documents the scoring model; the rubric tables live in the code's
 * doc comments. This keeps the two from drifting apart: every table row of a
 * dimension, signal, play or confidence rule must appear in the README verbatim.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

function docTableRows(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const doc = /\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? '';
  return doc.split('\n').map((l) => l.replace(/^\s*\* ?/, '').trim()).filter((l) => l.startsWith('|'));
}

const documented = [
  ...['renewal-7', 'engine-5'].flatMap((m) => readdirSync(path.join(root, 'src/core/dimensions', m)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => `src/core/dimensions/${m}/${f}`)),
  'src/core/signals/churn.ts', 'src/core/signals/early-warning.ts', 'src/core/signals/expansion.ts',
  'src/core/plays/library.ts', 'src/core/plays/choose.ts', 'src/core/plays/priority.ts', 'src/core/confidence.ts', 'src/core/tiers.ts',
  'src/core/portfolio/ranking.ts', 'src/core/portfolio/themes.ts', 'src/core/evaluation/backtest.ts',
];

describe('README', () => {
  it('shows the two set-up commands', () => {
    expect(readme).toContain('npm install && npm run demo');
    expect(readme).toMatch(/^npm test\b/m);
  });

  it.each(documented)('documents every rubric table row of %s', (file) => {
    const rows = docTableRows(path.join(root, file));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(readme).toContain(row);
    }
  });
});
