/**
 * The tree → HTML mapping, on trees rendered by HubSpot's own renderer from
 * real ui-extensions components (and a hand-made node for a component the
 * mapping does not know).
 */
import type { ReactNode } from 'react';
import { Accordion, BarChart, Button, Flex, LineChart, Tag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { treeToHtml, type RenderOptions, type TreeNode } from './render-html';
import { yScale } from './charts';

function html(node: ReactNode, options?: RenderOptions): string {
  const renderer = createRenderer('crm.record.tab');
  renderer.render(<>{node}</>);
  return treeToHtml(renderer.getRootNode(), options);
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe('tree → HTML', () => {
  it('escapes text and props: CRM data shows as text, never as markup', () => {
    const out = html(
      <Flex direction="column">
        <Text>{'<script>alert("x")</script> & <b>bold</b>'}</Text>
        <Tag variant="error">{'<img src=x onerror=alert(1)>'}</Tag>
        <Accordion title={'"><script>t()</script>'}><Text>evidence</Text></Accordion>
      </Flex>,
    );
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('<summary>&quot;&gt;&lt;script&gt;t()&lt;/script&gt;</summary>');
    expect(out).not.toMatch(/<script|<img|<b>/);
  });

  it('maps components to their HTML: tag variants, accordion as details, flex layout', () => {
    const out = html(
      <Flex direction="row" gap="sm" justify="between">
        <Tag variant="warning">At risk</Tag>
        <Accordion title="Evidence (2)" defaultOpen={false}><Text variant="microcopy">one</Text></Accordion>
      </Flex>,
    );
    expect(out).toContain('<span class="hs-tag hs-tag-warning">At risk</span>');
    expect(out).toMatch(/<details class="hs-accordion"><summary>Evidence \(2\)<\/summary><div class="hs-accordion-body"><p class="hs-text hs-microcopy">one<\/p><\/div><\/details>/);
    expect(out).toContain('style="display:flex;flex-direction:row;gap:8px;justify-content:space-between"');
  });

  it('draws a LineChart as an SVG line with one point per row, higher values higher', () => {
    const data = [{ date: '2026-08-01', score: 70 }, { date: '2026-09-01', score: 55 }, { date: '2026-10-01', score: 35 }];
    const out = html(<LineChart data={data} axes={{ x: { field: 'date', fieldType: 'datetime' }, y: { field: 'score', fieldType: 'linear', label: 'Health score' } }} />);
    expect(out).toContain('<svg class="hs-chart" data-chart="line"');
    expect(out).toMatch(/<path class="line" d="M[\d. ]+L[\d. ]+L[\d. ]+"/);
    const points = [...out.matchAll(/<circle class="point" cx="([\d.]+)" cy="([\d.]+)"[^>]*data-value="(\d+)"/g)].map((m) => ({ cx: Number(m[1]), cy: Number(m[2]), value: Number(m[3]) }));
    expect(points.map((p) => p.value)).toEqual([70, 55, 35]);
    expect(points[0]!.cy).toBeLessThan(points[1]!.cy);
    expect(points[1]!.cy).toBeLessThan(points[2]!.cy);
    expect(points[0]!.cx).toBeLessThan(points[2]!.cx);
  });

  it('draws a BarChart as bars whose heights are proportional to the values, coloured by group', () => {
    const data = [{ tier: 'Critical', accounts: 2 }, { tier: 'At risk', accounts: 8 }, { tier: 'Healthy', accounts: 4 }];
    const out = html(<BarChart data={data} axes={{ x: { field: 'tier', fieldType: 'category' }, y: { field: 'accounts', fieldType: 'linear' }, options: { groupFieldByColor: 'tier', colors: { Critical: 'darkPink' } } }} options={{ showLegend: true }} />);
    const bars = [...out.matchAll(/<rect class="bar"[^>]*height="([\d.]+)" fill="([^"]+)" data-value="(\d+)"/g)].map((m) => ({ height: Number(m[1]), fill: m[2], value: Number(m[3]) }));
    expect(bars.map((b) => b.value)).toEqual([2, 8, 4]);
    for (const b of bars) expect(b.height / bars[1]!.height).toBeCloseTo(b.value / 8, 2);
    expect(bars[0]!.fill).toBe('#c93760');
    expect(count(out, /class="hs-legend-item"/g)).toBe(3);
  });

  it('reports chart props it cannot draw instead of failing', () => {
    const out = treeToHtml({ childNodes: [{ nodeType: 'element', name: 'LineChart', props: { data: 'nope' }, childNodes: [] }] });
    expect(out).toContain('Chart not drawn: data:');
  });

  it('renders an unknown component as a marked box around its children, without crashing', () => {
    const tree: { childNodes: TreeNode[] } = {
      childNodes: [{
        nodeType: 'element', name: 'FancyWidget<x>', props: { testId: 'w' },
        childNodes: [{ nodeType: 'text', text: 'inner <text>' }, { nodeType: 'element', name: 'Text', props: {}, childNodes: [{ nodeType: 'text', text: 'known child' }] }],
      }],
    };
    const out = treeToHtml(tree);
    expect(out).toContain('data-component="FancyWidget&lt;x&gt;"');
    expect(out).toContain('FancyWidget&lt;x&gt; (not drawn by the preview)');
    expect(out).toContain('inner &lt;text&gt;');
    expect(out).toContain('<p class="hs-text">known child</p>');
  });

  it('turns a button the preview can run into a form posting to its action, and disables the others', () => {
    const out = html(
      <Flex>
        <Button testId="recalculate" onClick={() => undefined}>Recalculate now</Button>
        <Button testId="open-override" onClick={() => undefined}>Set override</Button>
        <Button testId="create-task" disabled onClick={() => undefined}>Busy</Button>
      </Flex>,
      { buttonAction: ({ testId }) => (testId === 'recalculate' || testId === 'create-task' ? `/company/1/press/${testId}` : null) },
    );
    expect(out).toContain('<form method="post" action="/company/1/press/recalculate" class="hs-button-form"><button class="hs-button hs-button-secondary" type="submit" data-test-id="recalculate">Recalculate now</button></form>');
    expect(out).toMatch(/<button[^>]*data-test-id="open-override" disabled title="Not available in the preview[^"]*">Set override<\/button>/);
    expect(out).toMatch(/<button[^>]*data-test-id="create-task" disabled>Busy<\/button>/); // disabled by the card stays disabled
    expect(count(out, /<form/g)).toBe(1);
  });

  it('chooses round y-axis steps above the data', () => {
    expect(yScale([70, 41]).ticks).toEqual([0, 20, 40, 60, 80]);
    expect(yScale([100]).ticks).toEqual([0, 25, 50, 75, 100]);
    expect(yScale([3]).max).toBeGreaterThanOrEqual(3);
  });
});
