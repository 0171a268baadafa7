/**
 * Maps the component tree the ui-extensions renderer produces (elements with
 * a name, props and child nodes; text nodes) to static HTML that looks like
 * the card in HubSpot. One small renderer per component in a table; a
 * component without one renders its children inside a visibly marked box, so
 * a new component in the card shows up in the preview instead of breaking it.
 * All text is escaped.
 */
import { chartHtml } from './charts';
import { classes, escapeHtml, style, tag, type AttrValue } from './html';

/** The parts of a rendered node the mapping reads (RenderedRootNode/ElementNode/TextNode fit this shape). */
export interface TreeNode {
  nodeType: string;
  name?: string;
  text?: string | null;
  props?: object;
  childNodes?: readonly TreeNode[];
}

export interface RenderOptions {
  /**
   * Where a button posts to when pressed in the preview, or null when the
   * preview cannot run it (the button is then shown disabled, with `note`).
   */
  buttonAction?: (button: { testId: string | undefined; props: Props }) => string | null;
}

export type Props = Record<string, unknown>;
type Renderer = (props: Props, children: string, ctx: Context) => string;
interface Context { options: RenderOptions; node: TreeNode }

const str = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
const GAPS: Record<string, string> = { flush: '0', 'extra-small': '4px', xs: '4px', small: '8px', sm: '8px', medium: '16px', md: '16px', large: '24px', lg: '24px', 'extra-large': '32px', xl: '32px' };
const JUSTIFY: Record<string, string> = { start: 'flex-start', center: 'center', end: 'flex-end', around: 'space-around', between: 'space-between' };
const ALIGN: Record<string, string> = { start: 'flex-start', center: 'center', end: 'flex-end', baseline: 'baseline', stretch: 'stretch' };
const TAG_VARIANTS = new Set(['default', 'success', 'warning', 'error', 'danger', 'info']);

function variantClass(prefix: string, value: unknown, allowed: Set<string>, fallback: string): string {
  const v = str(value);
  return `${prefix}-${v && allowed.has(v) ? v : fallback}`;
}

function flexStyle(p: Props): string | undefined {
  return style({
    display: 'flex',
    'flex-direction': p.direction === 'column' ? 'column' : 'row',
    gap: GAPS[str(p.gap) ?? ''] ?? '0',
    'justify-content': JUSTIFY[str(p.justify) ?? ''],
    'align-items': ALIGN[str(p.align) ?? ''],
    'flex-wrap': p.wrap === true || p.wrap === 'wrap' ? 'wrap' : undefined,
  });
}

function textFormat(p: Props): string | undefined {
  const f = (p.format ?? {}) as Props;
  return style({
    'font-weight': f.fontWeight === 'bold' ? '700' : f.fontWeight === 'demibold' ? '600' : undefined,
    'font-style': f.italic ? 'italic' : undefined,
    'text-decoration': f.lineDecoration === 'strikethrough' ? 'line-through' : f.lineDecoration === 'underline' ? 'underline' : undefined,
  });
}

/** A labelled, disabled form field: the preview shows forms, it does not submit them. */
function field(kind: string, p: Props): string {
  const value = p.value === undefined || p.value === null ? '' : typeof p.value === 'object' ? JSON.stringify(p.value) : String(p.value);
  const input = kind === 'textarea'
    ? tag('textarea', { disabled: true, name: str(p.name) }, escapeHtml(value))
    : `<input${[' disabled', ` type="${kind}"`, ` name="${escapeHtml(p.name)}"`, ` value="${escapeHtml(value)}"`].join('')}>`;
  const description = str(p.description) ? tag('span', { class: 'hs-field-description' }, escapeHtml(p.description)) : '';
  const error = p.error && str(p.validationMessage) ? tag('span', { class: 'hs-field-error' }, escapeHtml(p.validationMessage)) : '';
  return tag('label', { class: 'hs-field' }, `${tag('span', { class: 'hs-field-label' }, escapeHtml(p.label ?? p.name ?? ''))}${description}${input}${error}`);
}

function button(p: Props, children: string, ctx: Context): string {
  const testId = str(p.testId);
  const action = p.disabled ? null : ctx.options.buttonAction?.({ testId, props: p }) ?? null;
  const variant = variantClass('hs-button', p.variant, new Set(['primary', 'secondary', 'destructive', 'transparent']), 'secondary');
  const attributes: Record<string, AttrValue> = { class: classes('hs-button', variant), type: action ? 'submit' : 'button', 'data-test-id': testId };
  if (!action) {
    attributes.disabled = true;
    if (!p.disabled) attributes.title = 'Not available in the preview: use the card in HubSpot';
    return tag('button', attributes, children);
  }
  return tag('form', { method: 'post', action, class: 'hs-button-form' }, tag('button', attributes, children));
}

function scoreCircle(p: Props): string {
  const score = Math.max(0, Math.min(100, Number(p.score) || 0));
  const color = score >= 80 ? '#00a4bd' : score >= 60 ? '#4fb1e0' : score >= 40 ? '#f5c26b' : '#f2547d';
  const r = 30;
  const length = 2 * Math.PI * r;
  const svg = `<svg viewBox="0 0 72 72" width="72" height="72" aria-hidden="true"><circle cx="36" cy="36" r="${r}" fill="none" stroke="#eaf0f6" stroke-width="7"/>`
    + `<circle cx="36" cy="36" r="${r}" fill="none" stroke="${color}" stroke-width="7" stroke-dasharray="${((score / 100) * length).toFixed(1)} ${length.toFixed(1)}" transform="rotate(-90 36 36)"/></svg>`;
  return tag('div', { class: 'hs-score-circle', 'data-score': score }, `${svg}${tag('span', { class: 'hs-score-value' }, escapeHtml(score))}`);
}

function progressBar(p: Props): string {
  const max = Number(p.maxValue) || 100;
  const value = Math.max(0, Math.min(max, Number(p.value) || 0));
  const variant = variantClass('hs-progress', p.variant, new Set(['success', 'warning', 'danger']), 'success');
  const label = tag('div', { class: 'hs-progress-label' }, `${escapeHtml(p.title ?? '')}${p.showPercentage || p.valueDescription ? tag('span', {}, escapeHtml(p.valueDescription ?? `${Math.round((value / max) * 100)}%`)) : ''}`);
  const bar = tag('div', { class: 'hs-progress-track' }, tag('div', { class: classes('hs-progress-fill', variant), style: `width:${((value / max) * 100).toFixed(1)}%`, 'data-value': value }, ''));
  return tag('div', { class: 'hs-progress' }, `${label}${bar}`);
}

const block = (cls: string): Renderer => (p, c) => tag('div', { class: cls, 'data-test-id': str(p.testId) }, c);
const titled = (cls: string): Renderer => (p, c) => tag('div', { class: cls, 'data-test-id': str(p.testId) }, `${p.title ? tag('h4', {}, escapeHtml(p.title)) : ''}${c}`);
const plain = (name: string): Renderer => (p, c) => tag(name, { 'data-test-id': str(p.testId) }, c);

/** One renderer per ui-extensions component the card (or a card like it) uses. */
const RENDERERS: Record<string, Renderer> = {
  Text: (p, c) => tag(p.inline ? 'span' : 'p', { class: classes('hs-text', p.variant === 'microcopy' && 'hs-microcopy'), style: textFormat(p), 'data-test-id': str(p.testId) }, c),
  Heading: (p, c) => tag('h3', { class: 'hs-heading', 'data-test-id': str(p.testId) }, c),
  Tag: (p, c) => tag('span', { class: classes('hs-tag', variantClass('hs-tag', p.variant, TAG_VARIANTS, 'default')), 'data-test-id': str(p.testId) }, c),
  StatusTag: (p, c) => tag('span', { class: classes('hs-status', variantClass('hs-tag', p.variant, TAG_VARIANTS, 'default')) }, `<span class="hs-dot"></span>${c}`),
  Statistics: block('hs-stats'),
  StatisticsItem: (p, c) => tag('div', { class: 'hs-stat', 'data-test-id': str(p.testId) },
    `${tag('div', { class: 'hs-stat-label' }, escapeHtml(p.label))}${tag('div', { class: 'hs-stat-number' }, escapeHtml(p.number))}${c}`),
  StatisticsTrend: (p, c) => tag('div', { class: classes('hs-trend', p.direction === 'decrease' ? 'hs-trend-down' : 'hs-trend-up', p.color === 'red' && 'hs-trend-red', p.color === 'green' && 'hs-trend-green') },
    `${p.direction === 'decrease' ? '▼' : '▲'} ${escapeHtml(p.value ?? '')}${c}`),
  ScoreCircle: (p) => scoreCircle(p),
  ProgressBar: (p) => progressBar(p),
  Flex: (p, c) => tag('div', { class: 'hs-flex', style: flexStyle(p), 'data-test-id': str(p.testId) }, c),
  Box: (p, c) => tag('div', { class: 'hs-box', style: style({ flex: p.flex === 'auto' ? '1 1 auto' : str(p.flex), 'align-self': ALIGN[str(p.alignSelf) ?? ''] }) }, c),
  Inline: (p, c) => tag('div', { class: 'hs-flex', style: flexStyle({ ...p, direction: 'row', wrap: true }) }, c),
  Stack: (p, c) => tag('div', { class: 'hs-flex', style: flexStyle({ ...p, direction: 'column' }) }, c),
  Tile: (p, c) => tag('div', { class: classes('hs-tile', p.compact === true && 'hs-tile-compact', p.flush === true && 'hs-tile-flush'), 'data-test-id': str(p.testId) }, c),
  Card: block('hs-tile'),
  Divider: () => '<hr class="hs-divider">',
  Accordion: (p, c) => tag('details', { class: 'hs-accordion', open: p.defaultOpen === true, 'data-test-id': str(p.testId) },
    `${tag('summary', {}, escapeHtml(p.title ?? ''))}${tag('div', { class: 'hs-accordion-body' }, c)}`),
  Alert: (p, c) => tag('div', { class: classes('hs-alert', variantClass('hs-alert', p.variant, new Set(['info', 'success', 'warning', 'error', 'danger', 'tip']), 'info')), role: 'status', 'data-test-id': str(p.testId) },
    `${p.title ? tag('strong', { class: 'hs-alert-title' }, escapeHtml(p.title)) : ''}${tag('div', {}, c)}`),
  Button: button,
  LoadingButton: button,
  Link: (p, c) => {
    const href = str(p.href) ?? str((p.href as Props | undefined)?.url);
    return href && /^https?:\/\//.test(href) ? tag('a', { href, target: '_blank', rel: 'noopener noreferrer' }, c) : tag('span', { class: 'hs-link' }, c);
  },
  LineChart: (p) => chartHtml('line', p),
  BarChart: (p) => chartHtml('bar', p),
  LoadingSpinner: (p) => tag('div', { class: 'hs-spinner', role: 'progressbar', 'data-test-id': str(p.testId) }, `<span class="hs-spinner-ring"></span>${p.showLabel ? escapeHtml(p.label ?? '') : ''}`),
  EmptyState: titled('hs-empty'),
  ErrorState: titled('hs-error-state'),
  DescriptionList: (p, c) => tag('dl', { class: classes('hs-dl', p.direction === 'row' && 'hs-dl-row') }, c),
  DescriptionListItem: (p, c) => tag('div', { class: 'hs-dl-item' }, `${tag('dt', {}, escapeHtml(p.label))}${tag('dd', {}, c)}`),
  Table: (p, c) => tag('table', { class: 'hs-table', 'data-test-id': str(p.testId) }, c),
  TableHead: plain('thead'),
  TableBody: plain('tbody'),
  TableFooter: plain('tfoot'),
  TableRow: plain('tr'),
  TableHeader: plain('th'),
  TableCell: plain('td'),
  List: (p, c) => tag(p.variant === 'ordered' ? 'ol' : 'ul', { class: 'hs-list' }, c),
  Form: (p, c) => tag('div', { class: 'hs-form', 'data-test-id': str(p.testId) },
    `${tag('p', { class: 'hs-microcopy' }, 'Preview: forms are shown, not submitted. Use the card in HubSpot to save.')}${c}`),
  Input: (p) => field('text', p),
  NumberInput: (p) => field('number', p),
  StepperInput: (p) => field('number', p),
  CurrencyInput: (p) => field('number', p),
  DateInput: (p) => field('text', p),
  TimeInput: (p) => field('text', p),
  TextArea: (p) => field('textarea', p),
  Textarea: (p) => field('textarea', p),
  Select: (p) => field('text', p),
  Checkbox: (p, c) => tag('label', { class: 'hs-check' }, `<input type="checkbox" disabled${p.checked ? ' checked' : ''}> ${c}`),
  Toggle: (p) => tag('label', { class: 'hs-check' }, `<input type="checkbox" disabled${p.checked ? ' checked' : ''}> ${escapeHtml(p.label ?? '')}`),
  Image: (p) => tag('span', { class: 'hs-image' }, escapeHtml(p.alt ?? 'image')),
  Spacer: () => '<div class="hs-spacer"></div>',
  Center: (p, c) => tag('div', { class: 'hs-flex', style: 'display:flex;justify-content:center;align-items:center' }, c),
};

export const KNOWN_COMPONENTS: readonly string[] = Object.keys(RENDERERS);

function renderUnknown(name: string, children: string): string {
  return tag('div', { class: 'hs-unknown', 'data-component': name }, `${tag('span', { class: 'hs-unknown-marker' }, escapeHtml(`${name} (not drawn by the preview)`))}${children}`);
}

function renderNode(node: TreeNode, options: RenderOptions): string {
  if (node.nodeType === 'text') return escapeHtml(node.text ?? '');
  const children = renderChildren(node, options);
  if (node.nodeType !== 'element' || !node.name) return children;
  const props = (node.props ?? {}) as Props;
  const renderer = RENDERERS[node.name];
  if (!renderer) return renderUnknown(node.name, children);
  try {
    return renderer(props, children, { options, node });
  } catch (err) {
    // A component whose props the preview did not expect: show it marked, with its children, rather than no page.
    return renderUnknown(`${node.name}: ${err instanceof Error ? err.message : String(err)}`, children);
  }
}

function renderChildren(node: { childNodes?: readonly TreeNode[] }, options: RenderOptions): string {
  return (node.childNodes ?? []).map((child) => renderNode(child, options)).join('');
}

/** The HTML of a rendered tree (pass the renderer's root node). */
export function treeToHtml(root: { childNodes?: readonly TreeNode[] }, options: RenderOptions = {}): string {
  return renderChildren(root, options);
}
