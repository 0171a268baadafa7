/**
 * LineChart and BarChart as inline SVG, drawn from the same `data` and `axes`
 * props HubSpot's own charts receive. The SVG is static (no script): a line
 * or bars scaled to the data, axis labels, and a legend when the data is
 * grouped by colour. Bad chart props are reported inside the chart frame
 * instead of failing the page.
 */
import { z } from 'zod';
import { escapeHtml, tag } from './html';

/** HubSpot's named chart colours (ChartColor), as hex. */
export const CHART_COLORS: Record<string, string> = {
  orange: '#ff7a59', aqua: '#00bda5', purple: '#6a78d1', yellow: '#f5c26b', pink: '#f2547d', blue: '#4fb1e0',
  green: '#00a4bd', darkOrange: '#d1542f', darkAqua: '#008f7f', darkPurple: '#4a55a0', darkYellow: '#c99a2e',
  darkPink: '#c93760', darkBlue: '#2d7fb0', darkGreen: '#0b7a70',
};
const PALETTE = Object.keys(CHART_COLORS);
const NEUTRAL = '#7c98b6';

const Row = z.record(z.string(), z.union([z.string(), z.number()]));
const Axis = z.object({ field: z.string(), fieldType: z.enum(['datetime', 'linear', 'category']), label: z.string().optional() });
export const ChartProps = z.looseObject({
  data: z.union([z.array(Row), z.looseObject({ data: z.array(Row) })]).transform((d) => (Array.isArray(d) ? d : d.data)),
  axes: z.looseObject({
    x: Axis,
    y: Axis,
    options: z.looseObject({
      groupFieldByColor: z.string().optional(),
      colors: z.record(z.string(), z.string()).optional(),
    }).optional(),
  }),
  options: z.looseObject({ title: z.string().optional(), showLegend: z.boolean().optional(), colorList: z.array(z.string()).optional() }).optional(),
});
export type ChartProps = z.infer<typeof ChartProps>;

const W = 560;
const H = 220;
const PAD = { left: 44, right: 16, top: 16, bottom: 40 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

interface Point { x: number; y: number; value: number; label: string; group: string | null }

function colorFor(props: ChartProps, groups: string[]): (group: string | null) => string {
  const named = props.axes.options?.colors ?? {};
  const list = props.options?.colorList ?? PALETTE;
  return (group) => {
    if (group === null) return CHART_COLORS[list[0] ?? 'blue'] ?? NEUTRAL;
    const name = named[group] ?? list[groups.indexOf(group) % list.length] ?? 'blue';
    return CHART_COLORS[name] ?? NEUTRAL;
  };
}

const num = (v: string | number | undefined): number => (typeof v === 'number' ? v : Number(v));

/** The y scale: from 0 to a round maximum above the data, in four steps of 1, 2, 2.5 or 5 × a power of ten. */
export function yScale(values: number[]): { max: number; at: (v: number) => number; ticks: number[] } {
  const top = Math.max(1, ...values.filter(Number.isFinite));
  const magnitude = 10 ** Math.floor(Math.log10(top / 4));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s * 4 >= top) ?? 10 * magnitude;
  const max = step * 4;
  const ticks = [0, step, 2 * step, 3 * step, max];
  return { max, at: (v) => PAD.top + PLOT_H - (Math.max(0, v) / max) * PLOT_H, ticks };
}

function xPositions(rows: ChartProps['data'], props: ChartProps): number[] {
  const { field, fieldType } = props.axes.x;
  if (fieldType !== 'category' && rows.length > 1) {
    const raw = rows.map((r) => (fieldType === 'datetime' ? Date.parse(String(r[field])) : num(r[field])));
    if (raw.every(Number.isFinite)) {
      const lo = Math.min(...raw);
      const span = Math.max(...raw) - lo || 1;
      return raw.map((v) => PAD.left + ((v - lo) / span) * PLOT_W);
    }
  }
  const slot = PLOT_W / Math.max(1, rows.length);
  return rows.map((_, i) => PAD.left + slot * (i + 0.5));
}

function frame(props: ChartProps, kind: string, body: string, legend: string, scale: ReturnType<typeof yScale>): string {
  const grid = scale.ticks.map((t) => {
    const y = scale.at(t).toFixed(1);
    return `<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}"/>`
      + `<text class="tick" x="${PAD.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${escapeHtml(Math.round(t))}</text>`;
  }).join('');
  const xLabel = props.axes.x.label ? `<text class="axis-label" x="${PAD.left + PLOT_W / 2}" y="${H - 4}" text-anchor="middle">${escapeHtml(props.axes.x.label)}</text>` : '';
  const yLabel = props.axes.y.label
    ? `<text class="axis-label" transform="translate(12 ${PAD.top + PLOT_H / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(props.axes.y.label)}</text>` : '';
  const title = props.options?.title ? tag('div', { class: 'hs-chart-title' }, escapeHtml(props.options.title)) : '';
  const svg = `<svg class="hs-chart" data-chart="${kind}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(props.axes.y.label ?? kind)}">${grid}${body}${xLabel}${yLabel}</svg>`;
  return tag('figure', { class: 'hs-chart-frame' }, `${title}${svg}${legend}`);
}

function legendHtml(groups: string[], color: (g: string | null) => string, show: boolean): string {
  if (!show || groups.length === 0) return '';
  const items = groups.map((g) => `<span class="hs-legend-item"><span class="hs-swatch" style="background:${color(g)}"></span>${escapeHtml(g)}</span>`);
  return tag('figcaption', { class: 'hs-legend' }, items.join(''));
}

/** Labels along the x axis: all of them when few, else about six evenly spaced. */
function xLabels(points: Point[]): string {
  const every = Math.max(1, Math.ceil(points.length / 6));
  return points.filter((_, i) => i % every === 0 || i === points.length - 1)
    .map((p) => {
      // Labels at the plot's edges align inward so they are not cut off.
      const anchor = p.x < PAD.left + 40 ? 'start' : p.x > W - PAD.right - 40 ? 'end' : 'middle';
      return `<text class="label" x="${p.x.toFixed(1)}" y="${PAD.top + PLOT_H + 16}" text-anchor="${anchor}">${escapeHtml(p.label)}</text>`;
    })
    .join('');
}

function pointsOf(props: ChartProps): Point[] {
  const rows = props.data;
  const xs = xPositions(rows, props);
  const group = props.axes.options?.groupFieldByColor;
  return rows.map((r, i) => ({
    x: xs[i]!,
    y: 0,
    value: num(r[props.axes.y.field]),
    label: String(r[props.axes.x.field] ?? ''),
    group: group ? String(r[group] ?? '') : null,
  }));
}

function groupsOf(points: Point[]): string[] {
  return [...new Set(points.map((p) => p.group).filter((g): g is string => g !== null))];
}

export function lineChartSvg(props: ChartProps): string {
  const points = pointsOf(props);
  const scale = yScale(points.map((p) => p.value));
  for (const p of points) p.y = scale.at(p.value);
  const groups = groupsOf(points);
  const color = colorFor(props, groups);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
  // One path through every point, then each step coloured by the group it arrives in, so a change of group (tier) shows as a change of colour.
  const steps = points.slice(1).map((p, i) => {
    const from = points[i]!;
    return `<line class="step" x1="${from.x.toFixed(1)}" y1="${from.y.toFixed(1)}" x2="${p.x.toFixed(1)}" y2="${p.y.toFixed(1)}" stroke="${color(p.group)}"/>`;
  }).join('');
  const dots = points.map((p) => `<circle class="point" cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="4" fill="${color(p.group)}" data-value="${escapeHtml(p.value)}"><title>${escapeHtml(`${p.label}: ${p.value}${p.group ? ` (${p.group})` : ''}`)}</title></circle>`).join('');
  const body = `<path class="line" d="${path}" fill="none" stroke="${NEUTRAL}"/>${steps}${dots}${xLabels(points)}`;
  return frame(props, 'line', body, legendHtml(groups, color, props.options?.showLegend ?? false), scale);
}

export function barChartSvg(props: ChartProps): string {
  const points = pointsOf(props);
  const scale = yScale(points.map((p) => p.value));
  const groups = groupsOf(points);
  const color = colorFor(props, groups);
  const width = Math.max(2, (PLOT_W / Math.max(1, points.length)) * 0.7);
  const base = scale.at(0);
  const bars = points.map((p) => {
    const top = scale.at(Number.isFinite(p.value) ? p.value : 0);
    return `<rect class="bar" x="${(p.x - width / 2).toFixed(1)}" y="${top.toFixed(1)}" width="${width.toFixed(1)}" height="${(base - top).toFixed(1)}" fill="${color(p.group)}" data-value="${escapeHtml(p.value)}"><title>${escapeHtml(`${p.label}: ${p.value}`)}</title></rect>`;
  }).join('');
  return frame(props, 'bar', `${bars}${xLabels(points)}`, legendHtml(groups, color, props.options?.showLegend ?? false), scale);
}

/** The chart, or a note naming what is wrong with its props. */
export function chartHtml(kind: 'line' | 'bar', rawProps: unknown): string {
  const parsed = ChartProps.safeParse(rawProps);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return tag('div', { class: 'hs-chart-frame hs-chart-invalid', 'data-chart': kind },
      escapeHtml(`Chart not drawn: ${issue?.path.map(String).join('.') || 'props'}: ${issue?.message ?? 'invalid'}`));
  }
  if (parsed.data.data.length === 0) return tag('div', { class: 'hs-chart-frame hs-chart-empty', 'data-chart': kind }, 'No data');
  return kind === 'line' ? lineChartSvg(parsed.data) : barChartSvg(parsed.data);
}
