/**
 * Inline SVG charts for the dashboard, generated as strings (no script, no
 * external resource). Every mark carries `data-value` so a test can check that
 * what is drawn matches the numbers; every text goes through `esc`.
 */
import { esc, num } from './escape';

const W = 380;
const H = 230;
const TOP = 26;
const BOTTOM = 44;
const LEFT = 12;
const RIGHT = 12;
const innerW = W - LEFT - RIGHT;
const innerH = H - TOP - BOTTOM;

function frame(id: string, title: string, body: string): string {
  return `<svg class="chart" data-chart="${esc(id)}" role="img" aria-label="${esc(title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg"><title>${esc(title)}</title>${body}<line class="axis" x1="${LEFT}" y1="${TOP + innerH}" x2="${W - RIGHT}" y2="${TOP + innerH}" stroke="#9aa3ad"/></svg>`;
}

const text = (cls: string, x: number, y: number, content: string, extra = ''): string =>
  `<text class="${cls}" x="${num(x)}" y="${num(y)}" text-anchor="middle"${extra}>${esc(content)}</text>`;

export interface Bar { label: string; value: number; color: string; display: string }

export function barChart(id: string, title: string, bars: ReadonlyArray<Bar>): string {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const slot = innerW / Math.max(1, bars.length);
  const body = bars.map((b, i) => {
    const h = max > 0 ? (Math.max(0, b.value) / max) * innerH : 0;
    const x = LEFT + i * slot + slot * 0.2;
    const y = TOP + innerH - h;
    return `<rect class="bar" data-value="${num(b.value)}" x="${num(x)}" y="${num(y)}" width="${num(slot * 0.6)}" height="${num(h)}" fill="${esc(b.color)}"><title>${esc(`${b.label}: ${b.display}`)}</title></rect>`
      + text('value', x + slot * 0.3, y - 6, b.display)
      + text('label', x + slot * 0.3, TOP + innerH + 18, b.label);
  });
  return frame(id, title, body.join(''));
}

export interface WaterfallStep { label: string; value: number; kind: 'total' | 'up' | 'down'; display: string }

/** Start → +expansion → −contraction → −churn → end: floating bars from the running level. */
export function waterfall(id: string, title: string, steps: ReadonlyArray<WaterfallStep>): string {
  let level = 0;
  const spans = steps.map((s) => {
    const from = s.kind === 'total' ? 0 : level;
    const to = s.kind === 'total' ? s.value : s.kind === 'up' ? level + s.value : level - s.value;
    level = s.kind === 'total' ? s.value : to;
    return { ...s, lo: Math.min(from, to), hi: Math.max(from, to) };
  });
  const max = Math.max(0, ...spans.map((s) => s.hi));
  const y = (v: number): number => TOP + innerH - (max > 0 ? (v / max) * innerH : 0);
  const slot = innerW / Math.max(1, steps.length);
  const color = { total: '#3d5a80', up: '#2e7d32', down: '#c62828' } as const;
  const body = spans.map((s, i) => {
    const x = LEFT + i * slot + slot * 0.15;
    return `<rect class="bar step-${s.kind}" data-value="${num(s.value)}" x="${num(x)}" y="${num(y(s.hi))}" width="${num(slot * 0.7)}" height="${num(y(s.lo) - y(s.hi))}" fill="${color[s.kind]}"><title>${esc(`${s.label}: ${s.display}`)}</title></rect>`
      + text('value', x + slot * 0.35, y(s.hi) - 6, s.display)
      + text('label', x + slot * 0.35, TOP + innerH + 18, s.label);
  });
  return frame(id, title, body.join(''));
}

export interface StackGroup { label: string; caption: string; segments: ReadonlyArray<{ key: string; value: number; color: string }> }

export function stackedBars(id: string, title: string, groups: ReadonlyArray<StackGroup>, legend: ReadonlyArray<{ label: string; color: string }>): string {
  const max = Math.max(0, ...groups.map((g) => g.segments.reduce((s, x) => s + Math.max(0, x.value), 0)));
  const slot = innerW / Math.max(1, groups.length);
  const body = groups.map((g, i) => {
    const x = LEFT + i * slot + slot * 0.25;
    let base = TOP + innerH;
    const rects = g.segments.map((s) => {
      const h = max > 0 ? (Math.max(0, s.value) / max) * innerH : 0;
      base -= h;
      return `<rect class="bar seg-${esc(s.key)}" data-value="${num(s.value)}" x="${num(x)}" y="${num(base)}" width="${num(slot * 0.5)}" height="${num(h)}" fill="${esc(s.color)}"/>`;
    });
    return rects.join('') + text('value', x + slot * 0.25, base - 6, g.caption) + text('label', x + slot * 0.25, TOP + innerH + 18, g.label);
  });
  const keys = legend.map((l, i) => `<rect class="legend" x="${LEFT + i * 110}" y="${H - 16}" width="10" height="10" fill="${esc(l.color)}"/>` + `<text class="legend-label" x="${LEFT + i * 110 + 14}" y="${H - 7}">${esc(l.label)}</text>`);
  return frame(id, title, body.join('') + keys.join(''));
}

export interface LinePoint { label: string; value: number }

/** A line on a fixed 0-100 scale with the tier cut-offs as dashed guides. */
export function lineChart(id: string, title: string, points: ReadonlyArray<LinePoint>, guides: ReadonlyArray<number>): string {
  const y = (v: number): number => TOP + innerH - (Math.min(100, Math.max(0, v)) / 100) * innerH;
  const step = innerW / Math.max(1, points.length);
  const x = (i: number): number => LEFT + step * (i + 0.5);
  const lines = guides.map((g) => `<line class="guide" x1="${LEFT}" x2="${W - RIGHT}" y1="${num(y(g))}" y2="${num(y(g))}" stroke="#cfd6dd" stroke-dasharray="4 4"/>` + `<text class="guide-label" x="${W - RIGHT}" y="${num(y(g) - 3)}" text-anchor="end">${esc(g)}</text>`);
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(x(i))} ${num(y(p.value))}`).join(' ');
  const path = points.length > 0 ? `<path class="line" d="${d}" fill="none" stroke="#3d5a80" stroke-width="3"/>` : '';
  const marks = points.map((p, i) => `<circle class="point" data-value="${num(p.value)}" cx="${num(x(i))}" cy="${num(y(p.value))}" r="4" fill="#3d5a80"/>` + text('value', x(i), y(p.value) - 9, String(p.value)) + text('label', x(i), TOP + innerH + 18, p.label));
  return frame(id, title, lines.join('') + path + marks.join(''));
}
