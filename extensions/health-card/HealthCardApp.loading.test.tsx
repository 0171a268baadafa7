/**
 * The card loads in two phases: the stored values first (get-health without
 * live, milliseconds), then the live assessment (get-health live, 1–2 s). The
 * stored card shows while the live one is on its way; a failed live phase
 * leaves the stored card and offers to load the details again.
 */
import { useState } from 'react';
import { Alert, Button, ErrorState, LoadingSpinner, ScoreCircle, StatisticsItem, Tag, Text, Tile } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { CardResponse } from '../../src/jobs/card/contract';
import { slipping, struggling } from '../../test/builders/portfolio';
import { HealthCardApp } from './HealthCardApp';
import type { CardTransport } from './transport';
import { aCardHealth } from './test-support/cardHealthBuilder';
import { byPhase, deferred, fakeTransport, ok } from './test-support/fakeTransport';
import { renderedText } from './test-support/renderedText';

type Renderer = ReturnType<typeof createRenderer>;
const text = (renderer: Renderer) => renderedText(renderer.getRootNode());
const detailsSpinner = (renderer: Renderer) => renderer.maybeFindByTestId(LoadingSpinner, 'details-loading');
const dimensionTiles = (renderer: Renderer) => renderer.findAll(Tile).filter((tile) => String(tile.props.testId).startsWith('dimension-'));
/** Lets every pending promise callback and the renders they cause run (a macrotask comes after all microtasks). */
const settle = () => new Promise<void>((resolve) => { setImmediate(resolve); });
const hubspotBusy = { ok: false as const, error: { code: 'hubspot' as const, message: 'POST /crm/v3/objects/companies/search answered 429: rate limited' } };

function renderCard(transport: CardTransport, canWrite = true) {
  const renderer = createRenderer('crm.record.tab');
  renderer.render(<HealthCardApp companyId="101" transport={transport} canWrite={canWrite} />);
  return renderer;
}

describe('two-phase loading', () => {
  const health = aCardHealth(slipping('101', 'Globex').renewingInDays(45)).build();
  const assessment = health.assessment!;

  it('asks for the stored values first, then the live assessment, for the same company', async () => {
    const fake = fakeTransport({ 'get-health': byPhase(health) });
    const renderer = renderCard(fake.transport);
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'play-name')).not.toBeNull());
    expect(fake.calls).toEqual([
      { op: 'get-health', params: { companyId: '101', live: false } },
      { op: 'get-health', params: { companyId: '101', live: true } },
    ]);
  });

  it('shows the header, trend and play summary from the stored values while the live assessment is on its way', async () => {
    const live = deferred<CardResponse<'get-health'>>();
    const fake = fakeTransport({ 'get-health': byPhase(health, () => live.promise) });
    const renderer = renderCard(fake.transport);

    await renderer.waitFor(() => expect(detailsSpinner(renderer)).not.toBeNull());
    expect(fake.callsTo('get-health')).toEqual([{ companyId: '101', live: false }, { companyId: '101', live: true }]);
    // The whole-card spinner is gone: the stored card is showing.
    expect(renderer.maybeFindByTestId(LoadingSpinner, 'loading-state')).toBeNull();
    expect(renderer.find(ScoreCircle).props.score).toBe(health.stored.score);
    expect(renderer.findByTestId(Tag, 'tier-tag').text).toBe('At risk');
    expect(renderer.findByTestId(Text, 'prediction').text).toMatch(/^At risk · \w+ confidence$/);
    expect(renderer.find(StatisticsItem, { label: 'Renewal risk' }).props.number).toBe(`${health.stored.renewalRisk}%`);
    expect(renderer.findByTestId(Text, 'renewal').text).toBe('Renewal date and ARR: loading…');
    expect(renderer.findByTestId(Text, 'stored-play').text).toContain(`${health.stored.playPriority} priority`);
    expect(detailsSpinner(renderer)!.props).toMatchObject({ label: 'Loading the breakdown and evidence…', showLabel: true, size: 'xs' });
    expect(dimensionTiles(renderer)).toEqual([]);
    expect(renderer.maybeFindByTestId(Text, 'no-assessment')).toBeNull();
    // Buttons that need no live play work already; the play's task waits for the play.
    expect(renderer.maybeFindByTestId(Button, 'recalculate')).not.toBeNull();
    expect(renderer.maybeFindByTestId(Button, 'create-task')).toBeNull();

    live.resolve(ok(health));
    await renderer.waitFor(() => expect(detailsSpinner(renderer)).toBeNull());
    expect(dimensionTiles(renderer)).toHaveLength(assessment.dimensions.length);
    expect(renderer.findByTestId(Text, 'play-name').text).toBe(`${assessment.play!.name} (${assessment.play!.key})`);
    expect(renderer.findByTestId(Text, 'renewal').text).toBe('Renews 2027-01-06 (45 days left) · ARR $120,000');
    expect(renderer.maybeFindByTestId(Button, 'create-task')).not.toBeNull();
    expect(fake.callsTo('get-health')).toHaveLength(2);
  });

  it('keeps the stored card when the live assessment fails, and loads only the details again', async () => {
    const fake = fakeTransport({ 'get-health': byPhase(health, hubspotBusy) });
    const renderer = renderCard(fake.transport);

    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'details-error')).not.toBeNull());
    expect(renderer.findByTestId(Alert, 'details-error').props.title).toBe('The breakdown and evidence could not be loaded');
    expect(text(renderer)).toContain('POST /crm/v3/objects/companies/search answered 429: rate limited');
    expect(renderer.maybeFind(ErrorState)).toBeNull();
    expect(renderer.findByTestId(Text, 'prediction').text).toMatch(/^At risk/);
    expect(renderer.findByTestId(Text, 'renewal').text).toBe('Renewal date and ARR come with the live details.');
    expect(detailsSpinner(renderer)).toBeNull();

    fake.script({ 'get-health': byPhase(health) });
    renderer.findByTestId(Button, 'retry-details').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'play-name')).not.toBeNull());
    expect(renderer.maybeFindByTestId(Alert, 'details-error')).toBeNull();
    expect(dimensionTiles(renderer)).toHaveLength(assessment.dimensions.length);
    expect(fake.callsTo('get-health')).toEqual([
      { companyId: '101', live: false }, { companyId: '101', live: true }, { companyId: '101', live: true },
    ]);
  });

  it('offers the details retry to read-only users too (it changes nothing)', async () => {
    const fake = fakeTransport({ 'get-health': byPhase(health, hubspotBusy) });
    const renderer = renderCard(fake.transport, false);
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'details-error')).not.toBeNull());
    expect(renderer.findAll(Button).map((button) => button.props.testId)).toEqual(['retry-details']);
  });

  it('stops after the stored values for a company never scored: "score now", no live assessment', async () => {
    const never = aCardHealth(struggling('101', 'Globex')).notScored().build();
    const fake = fakeTransport({ 'get-health': byPhase(never) });
    const renderer = renderCard(fake.transport);
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Button, 'score-now')).not.toBeNull());
    expect(fake.callsTo('get-health')).toEqual([{ companyId: '101', live: false }]);
    expect(detailsSpinner(renderer)).toBeNull();
  });

  it('keeps the answer of "Recalculate now" when a slower live assessment arrives after it', async () => {
    const live = deferred<CardResponse<'get-health'>>();
    const recalculated = aCardHealth(slipping('101', 'Globex').renewingInDays(45).withSurvey('nps', 9, 1)).build();
    const fake = fakeTransport({ 'get-health': byPhase(health, () => live.promise), 'recalculate-health': ok(recalculated) });
    const renderer = renderCard(fake.transport);
    await renderer.waitFor(() => expect(detailsSpinner(renderer)).not.toBeNull());

    renderer.findByTestId(Button, 'recalculate').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'action-notice')).not.toBeNull());
    expect(renderer.find(ScoreCircle).props.score).toBe(recalculated.assessment!.score);
    expect(detailsSpinner(renderer)).toBeNull();

    live.resolve(ok(aCardHealth(slipping('101', 'Globex').renewingInDays(45)).withWarnings('from the older live answer').build()));
    await settle();
    expect(renderer.find(ScoreCircle).props.score).toBe(recalculated.assessment!.score);
    expect(text(renderer)).not.toContain('from the older live answer');
  });

  it('drops a live answer for a company no longer shown, even while the new one\'s is still on its way', async () => {
    const liveFor = { '101': deferred<CardResponse<'get-health'>>(), '202': deferred<CardResponse<'get-health'>>() };
    const globex = aCardHealth(slipping('101', 'Globex').renewingInDays(45), '101').build();
    const initech = aCardHealth(struggling('202', 'Initech'), '202').build();
    const fake = fakeTransport({
      'get-health': (params) => {
        const id = params.companyId === '101' ? '101' : '202';
        return byPhase(id === '101' ? globex : initech, () => liveFor[id].promise)(params);
      },
    });
    function SwitchingRecord() {
      const [companyId, setCompanyId] = useState('101');
      return (
        <>
          <Button testId="next-record" onClick={() => setCompanyId('202')}>Next record</Button>
          <HealthCardApp companyId={companyId} transport={fake.transport} canWrite={false} />
        </>
      );
    }
    const renderer = createRenderer('crm.record.tab');
    renderer.render(<SwitchingRecord />);
    await renderer.waitFor(() => expect(detailsSpinner(renderer)).not.toBeNull());

    renderer.findByTestId(Button, 'next-record').trigger('onClick');
    await renderer.waitFor(() => expect(text(renderer)).toContain('Initech'));
    await renderer.waitFor(() => expect(detailsSpinner(renderer)).not.toBeNull());

    liveFor['101'].resolve(ok(globex));
    await settle();
    expect(text(renderer)).not.toContain('Globex');
    expect(detailsSpinner(renderer)).not.toBeNull();

    liveFor['202'].resolve(ok(initech));
    await renderer.waitFor(() => expect(detailsSpinner(renderer)).toBeNull());
    expect(text(renderer)).toContain('Initech');
    expect(text(renderer)).not.toContain('Globex');
    expect(fake.callsTo('get-health')).toEqual([
      { companyId: '101', live: false }, { companyId: '101', live: true }, { companyId: '202', live: false }, { companyId: '202', live: true },
    ]);
  });
});
