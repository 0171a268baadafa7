/**
 * The shipped command runs the tsc build (dist/), while jest runs the sources
 * through swc. This test runs the real `che` binary over the example portfolio
 * and checks it agrees with the in-process core line for line, so a difference
 * between the two compilations cannot hide.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assess } from '../../src/core/assess';
import { builtInModel } from '../../src/core/models';
import { parseSnapshot } from '../../src/core/validation';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'che.js');

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: `npm ci` / `npm install` build it (prepare script), or run `npm run build`');
  }
});

describe('the built che binary', () => {
  it.each(['renewal-7', 'engine-5'])('assesses the example portfolio exactly like the core does (%s)', (model) => {
    const out = execFileSync(process.execPath, [bin, 'assess', '--input', 'examples/portfolio.jsonl', '--model', model], { cwd: root, encoding: 'utf8' });
    const built = out.trim().split('\n').map((l) => JSON.parse(l));
    const lines = readFileSync(path.join(root, 'examples', 'portfolio.jsonl'), 'utf8').trim().split('\n');
    expect(built).toHaveLength(lines.length);
    lines.forEach((line, i) => {
      const parsed = parseSnapshot(JSON.parse(line));
      if (!parsed.success) throw new Error(parsed.errors.join('; '));
      expect(built[i]).toEqual(JSON.parse(JSON.stringify(assess(parsed.value, builtInModel(model as 'renewal-7' | 'engine-5')))));
    });
  });

  it('exits 2 and names the fields of the bad example', () => {
    const run = spawnSync(process.execPath, [bin, 'assess', '--input', 'examples/bad-snapshot.json'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('che: input: usage.dau: expected number, received string\nche: input: surveys[0].score: expected number, received string\n');
  });
});
