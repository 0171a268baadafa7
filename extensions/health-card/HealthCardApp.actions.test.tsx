/**
 * Each button calls the right operation with the right parameters, shows what
 * happened, and shows a failure instead of swallowing it.
 */
import { Alert, Button, DateInput, Form, LoadingSpinner, NumberInput, Text, TextArea } from '@hubspot/ui-extensions';
import { createRenderer, type RenderedElementNode } from '@hubspot/ui-extensions/testing';
import type { CardHealth } from '../../src/jobs/card/contract';
import { slipping } from '../../test/builders/portfolio';
import { HealthCardApp } from './HealthCardApp';
import { aCardHealth } from './test-support/cardHealthBuilder';
import { byPhase, fakeTransport, ok } from './test-support/fakeTransport';
import { renderedText } from './test-support/renderedText';

const atRisk = () => aCardHealth(slipping('101', 'Globex').renewingInDays(45));

async function renderCard(script: Parameters<typeof fakeTransport>[0], health: CardHealth = atRisk().build()) {
  const fake = fakeTransport({ 'get-health': byPhase(health), ...script });
  const renderer = createRenderer('crm.record.tab');
  renderer.render(<HealthCardApp companyId="101" transport={fake.transport} canWrite userName="Dana CSM" />);
  // Both phases in: the stored values, then the live details the play's task needs.
  await renderer.waitFor(() => {
    expect(renderer.maybeFindByTestId(Button, 'recalculate')).not.toBeNull();
    expect(renderer.maybeFindByTestId(LoadingSpinner, 'details-loading')).toBeNull();
  });
  return { renderer, fake, text: () => renderedText(renderer.getRootNode()) };
}

/**
 * Types an input's new value. An input's onChange takes the value, but the
 * SDK types trigger's argument as the handler itself, hence the narrow cast.
 */
function change<P extends { onChange?: (value: never) => void }>(
  node: RenderedElementNode<P>, value: Parameters<NonNullable<P['onChange']>>[0],
): void {
  (node as unknown as { trigger: (event: 'onChange', arg: unknown) => void }).trigger('onChange', value);
}

describe('card actions', () => {
  it('"Recalculate now" calls recalculate-health for the company and shows the new score', async () => {
    const recalculated = aCardHealth(slipping('101', 'Globex').renewingInDays(45).withSurvey('nps', 9, 1)).build();
    const { renderer, fake, text } = await renderCard({ 'recalculate-health': ok(recalculated) });
    renderer.findByTestId(Button, 'recalculate').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'action-notice')).not.toBeNull());
    expect(fake.callsTo('recalculate-health')).toEqual([{ companyId: '101' }]);
    expect(text()).toContain(`Recalculated: score ${recalculated.assessment!.score}`);
  });

  it('"Create task" calls create-play-task with the play and its due date', async () => {
    const health = atRisk().build();
    const play = health.assessment!.play!;
    const { renderer, fake, text } = await renderCard({
      'create-play-task': ok({ taskId: '7001', subject: `${play.name}: Globex`, dueDate: play.dueDate, ownerId: '9001', created: true }),
    }, health);
    renderer.findByTestId(Button, 'create-task').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'action-notice')).not.toBeNull());
    expect(fake.callsTo('create-play-task')).toEqual([{ companyId: '101', playKey: play.key, dueDate: play.dueDate }]);
    expect(text()).toContain(`Task created: "${play.name}: Globex", due ${play.dueDate}.`);
  });

  it('says when an open task for the play already existed', async () => {
    const { renderer, text } = await renderCard({
      'create-play-task': ok({ taskId: '7001', subject: 'Financial Restructure: Globex', dueDate: '2026-12-11', ownerId: null, created: false }),
    });
    renderer.findByTestId(Button, 'create-task').trigger('onClick');
    await renderer.waitFor(() => expect(text()).toContain('An open task for this play already exists: "Financial Restructure: Globex", due 2026-12-11.'));
  });

  it('"Set override" sends score, reason, expiry and the author to set-override, then shows the override', async () => {
    const overridden = aCardHealth(slipping('101', 'Globex').renewingInDays(45)
      .withOverride(70, 'Budget approved in writing by the CFO', 70, 'Dana CSM')).build();
    const { renderer, fake } = await renderCard({ 'set-override': ok(overridden) });

    renderer.findByTestId(Button, 'open-override').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFind(Form)).not.toBeNull());
    change(renderer.find(NumberInput), 70);
    change(renderer.find(TextArea), 'Budget approved in writing by the CFO');
    change(renderer.find(DateInput), { year: 2027, month: 0, date: 31 });
    await renderer.waitFor(() => expect(renderer.find(DateInput).props.value).toEqual({ year: 2027, month: 0, date: 31 }));
    renderer.find(Form).trigger('onSubmit');

    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'override')).not.toBeNull());
    expect(fake.callsTo('set-override')).toEqual([{
      action: 'set', companyId: '101', score: 70, reason: 'Budget approved in writing by the CFO', expiresAt: '2027-01-31', by: 'Dana CSM',
    }]);
    expect(renderer.findByTestId(Text, 'override').text).toContain('Budget approved in writing by the CFO');
    await renderer.waitFor(() => expect(renderer.maybeFind(Form)).toBeNull());
  });

  it('names a bad override field and sends nothing', async () => {
    const { renderer, fake } = await renderCard({});
    renderer.findByTestId(Button, 'open-override').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFind(Form)).not.toBeNull());
    change(renderer.find(NumberInput), 70);
    change(renderer.find(TextArea), 'no');
    await renderer.waitFor(() => expect(renderer.find(TextArea).props.value).toBe('no'));
    renderer.find(Form).trigger('onSubmit');

    await renderer.waitFor(() => expect(renderer.find(TextArea).props.error).toBe(true));
    expect(renderer.find(TextArea).props.validationMessage).toBe('reason must say why (3 characters or more)');
    expect(renderer.find(NumberInput).props.error).toBe(false);
    expect(fake.callsTo('set-override')).toEqual([]);
  });

  it('shows the function\'s field errors on the override form', async () => {
    const { renderer } = await renderCard({
      'set-override': { ok: false, error: { code: 'bad_request', message: 'Invalid parameters', fields: [{ field: 'expiresAt', message: 'expiry must be in the future' }] } },
    });
    renderer.findByTestId(Button, 'open-override').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFind(Form)).not.toBeNull());
    change(renderer.find(NumberInput), 55);
    change(renderer.find(TextArea), 'Renewal signed early');
    change(renderer.find(DateInput), { year: 2020, month: 0, date: 1 });
    await renderer.waitFor(() => expect(renderer.find(DateInput).props.value).toEqual({ year: 2020, month: 0, date: 1 }));
    renderer.find(Form).trigger('onSubmit');

    await renderer.waitFor(() => expect(renderer.find(DateInput).props.validationMessage).toBe('expiry must be in the future'));
    expect(renderer.findByTestId(Alert, 'action-error').props.title).toBe('Saving the override failed');
  });

  it('"Clear override" calls set-override with action clear', async () => {
    const overridden = aCardHealth(slipping('101', 'Globex').withOverride(70, 'Budget approved in writing', 30, 'Dana CSM')).build();
    const cleared = aCardHealth(slipping('101', 'Globex')).build();
    const { renderer, fake } = await renderCard({ 'set-override': ok(cleared) }, overridden);
    renderer.findByTestId(Button, 'clear-override').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'override')).toBeNull());
    expect(fake.callsTo('set-override')).toEqual([{ action: 'clear', companyId: '101' }]);
    expect(renderer.maybeFindByTestId(Button, 'clear-override')).toBeNull();
  });

  it('shows a failed action with the function\'s message and keeps the card', async () => {
    const { renderer, text } = await renderCard({
      'create-play-task': { ok: false, error: { code: 'hubspot', message: 'POST /crm/v3/objects/tasks answered 429: rate limited' } },
    });
    renderer.findByTestId(Button, 'create-task').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'action-error')).not.toBeNull());
    expect(renderer.findByTestId(Alert, 'action-error').props.title).toBe('Creating the task failed');
    expect(text()).toContain('POST /crm/v3/objects/tasks answered 429: rate limited');
    expect(renderer.findByTestId(Button, 'create-task').props.disabled).toBe(false);
  });

  it('disables the buttons while an action is under way', async () => {
    let finish: (value: { ok: true; data: CardHealth }) => void = () => undefined;
    const { renderer } = await renderCard({ 'recalculate-health': () => new Promise((resolve) => { finish = resolve; }) });
    renderer.findByTestId(Button, 'recalculate').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findByTestId(Button, 'recalculate').text).toBe('Recalculating…'));
    expect(renderer.findByTestId(Button, 'create-task').props.disabled).toBe(true);
    finish(ok(atRisk().build()));
    await renderer.waitFor(() => expect(renderer.findByTestId(Button, 'recalculate').props.disabled).toBe(false));
  });
});
