/**
 * `che assess --input FILE|- [--model NAME|PATH] [--format json|md] [--out FILE]`
 *
 * One JSON snapshot → one assessment; a JSON array → an array; JSONL → JSONL,
 * line by line, where a bad line becomes `{"line": n, "error": "..."}` and the
 * others are still assessed. Exit 0 when every snapshot was assessed, 2 otherwise.
 */
import { assess } from '../../core/assess';
import type { HealthAssessment } from '../../core/contract';
import type { CompiledModel } from '../../core/model';
import { assessmentToMarkdown } from '../../core/report/markdown';
import { parseSnapshot } from '../../core/validation';
import { UsageError, type Io } from '../io';
import { loadModel } from '../load-model';

export interface AssessOptions {
  input: string;
  model?: string;
  format: 'json' | 'md';
  out?: string;
}

type Outcome = { ok: true; assessment: HealthAssessment } | { ok: false; error: string };

function assessOne(value: unknown, model: CompiledModel, where: string): Outcome {
  const parsed = parseSnapshot(value);
  if (!parsed.success) return { ok: false, error: parsed.errors.map((e) => `${where}${e}`).join('; ') };
  return { ok: true, assessment: assess(parsed.value, model) };
}

function splitInput(text: string, path: string): { kind: 'single' | 'array'; value: unknown } | { kind: 'lines'; lines: string[] } {
  if (path.endsWith('.jsonl') || path.endsWith('.ndjson')) return { kind: 'lines', lines: text.split(/\r?\n/) };
  try {
    const value: unknown = JSON.parse(text);
    return { kind: Array.isArray(value) ? 'array' : 'single', value };
  } catch (err) {
    const lines = text.split(/\r?\n/);
    if (lines.filter((l) => l.trim() !== '').length > 1) return { kind: 'lines', lines };
    throw new UsageError(`input: not valid JSON (${(err as Error).message})`);
  }
}

function render(outcomes: Outcome[], format: 'json' | 'md', kind: 'single' | 'array'): string {
  if (format === 'md') return outcomes.filter((o) => o.ok).map((o) => assessmentToMarkdown((o as { assessment: HealthAssessment }).assessment)).join('\n---\n\n');
  const values = outcomes.map((o) => (o.ok ? o.assessment : { error: o.error }));
  return `${JSON.stringify(kind === 'single' ? values[0] : values, null, 2)}\n`;
}

export async function runAssess(opts: AssessOptions, io: Io): Promise<number> {
  const model = await loadModel(opts.model, io);
  let text: string;
  try {
    text = await io.readText(opts.input);
  } catch (err) {
    throw new UsageError(`input: cannot read ${opts.input} (${(err as Error).message})`);
  }
  const input = splitInput(text, opts.input);
  let output = '';
  let failures = 0;

  if (input.kind === 'lines') {
    const chunks: string[] = [];
    input.lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const n = i + 1;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        failures += 1;
        const error = `line ${n}: not valid JSON (${(err as Error).message})`;
        io.stderr(`che: ${error}\n`);
        if (opts.format === 'json') chunks.push(JSON.stringify({ line: n, error }));
        return;
      }
      const outcome = assessOne(value, model, `line ${n}: `);
      if (outcome.ok) {
        chunks.push(opts.format === 'json' ? JSON.stringify(outcome.assessment) : assessmentToMarkdown(outcome.assessment));
      } else {
        failures += 1;
        io.stderr(`che: ${outcome.error}\n`);
        if (opts.format === 'json') chunks.push(JSON.stringify({ line: n, error: outcome.error }));
      }
    });
    output = opts.format === 'json' ? chunks.map((c) => `${c}\n`).join('') : `${chunks.join('\n---\n\n')}\n`;
  } else {
    const values = input.kind === 'single' ? [input.value] : (input.value as unknown[]);
    const outcomes = values.map((v, i) => assessOne(v, model, input.kind === 'single' ? 'input: ' : `input[${i}]: `));
    for (const o of outcomes) if (!o.ok) { failures += 1; io.stderr(`che: ${o.error.split('; ').join('\nche: ')}\n`); }
    if (input.kind === 'single' && failures > 0) return 2;
    output = render(outcomes, opts.format, input.kind);
  }

  if (opts.out) await io.writeText(opts.out, output);
  else io.stdout(output);
  return failures > 0 ? 2 : 0;
}
