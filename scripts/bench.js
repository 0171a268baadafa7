#!/usr/bin/env node
// `npm run bench`: throughput of the scoring core on one core, measured side by
// side in one run. 100,000 varied snapshots (a seeded generator, so every run
// scores the same portfolio); evidence strings are always built.
'use strict';
const { assess } = require('../dist/core/assess');
const { builtInModel } = require('../dist/core/models');
const { parseSnapshot } = require('../dist/core/validation');

const N = Number(process.env.BENCH_N || 100_000);
const SAMPLES = 20_000;
const { snapshot } = require('./bench-portfolio');

function timeAll(label, fn, items) {
  if (global.gc) global.gc();
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < items.length; i++) sink += fn(items[i]);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { label, perSecond: items.length / seconds, seconds, sink };
}

function percentiles(fn, items) {
  const times = new Float64Array(Math.min(SAMPLES, items.length));
  for (let i = 0; i < times.length; i++) {
    const t0 = process.hrtime.bigint();
    fn(items[i]);
    times[i] = Number(process.hrtime.bigint() - t0) / 1000; // µs
  }
  times.sort();
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

console.log(`generating ${N.toLocaleString('en-US')} varied snapshots…`);
const snapshots = Array.from({ length: N }, (_, i) => snapshot(i));
const renewal7 = builtInModel('renewal-7');
const engine5 = builtInModel('engine-5');
const checked = snapshots.filter((s) => parseSnapshot(s).success).length;
if (checked !== N) throw new Error(`${N - checked} generated snapshots are invalid`);

// Warm up the JIT on a slice, then measure each variant over the whole set.
for (let i = 0; i < 5000; i++) { assess(snapshots[i], renewal7); assess(snapshots[i], engine5); parseSnapshot(snapshots[i]); }
const runs = [
  timeAll('assess, renewal-7 (evidence included)', (s) => assess(s, renewal7).score, snapshots),
  timeAll('assess, engine-5', (s) => assess(s, engine5).score, snapshots),
  timeAll('validate (zod parseSnapshot)', (s) => (parseSnapshot(s).success ? 1 : 0), snapshots),
  timeAll('validate + assess, renewal-7', (s) => { const p = parseSnapshot(s); return p.success ? assess(p.value, renewal7).score : 0; }, snapshots),
];
const base = runs[0].perSecond;
console.log(`\n${'variant'.padEnd(40)} ${'per second'.padStart(12)} ${'vs renewal-7'.padStart(13)}`);
for (const r of runs) console.log(`${r.label.padEnd(40)} ${Math.round(r.perSecond).toLocaleString('en-US').padStart(12)} ${(r.perSecond / base).toFixed(2).padStart(12)}×`);
const one = percentiles((s) => assess(s, renewal7), snapshots);
console.log(`\none assessment (renewal-7), ${SAMPLES.toLocaleString('en-US')} timed individually: p50 ${one.p50.toFixed(1)} µs, p99 ${one.p99.toFixed(1)} µs`);
console.log(`target: ≥ 20,000 assessments per second on one core — measured ${Math.round(base).toLocaleString('en-US')} (${(base / 20000).toFixed(1)}× the target)`);
