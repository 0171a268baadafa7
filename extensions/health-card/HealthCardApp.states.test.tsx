/**
 * The card's states: idle, loading, error with retry, not scored with
 * "score now", loaded, and read-only — driven through an injected transport.
 */
import { Button, EmptyState, ErrorState, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { CardResponse } from '../../src/jobs/card/contract';
import { HealthCardApp } from './HealthCardApp';
import { aCardHealth } from './test-support/cardHealthBuilder';
import { byPhase, deferred, fakeTransport, ok, storedOnly } from './test-support/fakeTransport';
import { renderedText } from './test-support/renderedText';
import { struggling } from '../../test/builders/portfolio';

const text = (renderer: ReturnType<typeof createRenderer>) => renderedText(renderer.getRootNode());

describe('health card states', () => {
  it('is idle, and asks for nothing, without a company', () => {
    const fake = fakeTransport();
    const renderer = createRenderer('crm.record.tab');
    renderer.render(<HealthCardApp companyId={null} transport={fake.transport} canWrite />);
    expect(renderer.findByTestId(EmptyState, 'idle-state').props.title).toBe('No company');
    expect(fake.calls).toEqual([]);
  });

  it('shows a spinner until the stored values arrive, then the card', async () => {
    const health = aCardHealth().build();
    const stored = deferred<CardResponse<'get-health'>>();
    const fake = fakeTransport({ 'get-health': (params) => (params.live ? ok(health) : stored.promise) });
    const renderer = createRenderer('crm.record.tab');
    renderer.render(<HealthCardApp companyId={101} transport={fake.transport} canWrite />);

    expect(renderer.findByTestId(LoadingSpinner, 'loading-state').props.label).toBe('Loading customer health…');
    await renderer.waitFor(() => expect(fake.callsTo('get-health')).toEqual([{ companyId: '101', live: false }]));

    stored.resolve(ok(storedOnly(health)));
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'play-name')).not.toBeNull());
    expect(renderer.maybeFind(LoadingSpinner)).toBeNull();
    expect(fake.callsTo('get-health')).toEqual([{ companyId: '101', live: false }, { companyId: '101', live: true }]);
  });

  it('shows a failed first load as the card\'s error, with its message, and retries on demand', async () => {
    const fake = fakeTransport({ 'get-health': { ok: false, error: { code: 'hubspot', message: 'HubSpot answered 503 for GET /crm/v3/objects/companies/101' } } });
    const renderer = createRenderer('crm.record.tab');
    renderer.render(<HealthCardApp companyId="101" transport={fake.transport} canWrite />);

    await renderer.waitFor(() => expect(renderer.maybeFind(ErrorState)).not.toBeNull());
    expect(renderer.find(ErrorState).props.title).toBe('HubSpot could not answer');
    expect(renderer.findByTestId(Text, 'error-message').text).toBe('HubSpot answered 503 for GET /crm/v3/objects/companies/101');

    expect(fake.callsTo('get-health')).toEqual([{ companyId: '101', live: false }]);

    fake.script({ 'get-health': byPhase(aCardHealth().build()) });
    renderer.findByTestId(Button, 'retry').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'play-name')).not.toBeNull());
    expect(text(renderer)).toContain('Acme Corp');
    expect(renderer.maybeFind(ErrorState)).toBeNull();
    expect(fake.callsTo('get-health')).toEqual([
      { companyId: '101', live: false }, { companyId: '101', live: false }, { companyId: '101', live: true },
    ]);
  });

  it('shows a transport that throws as an error, not a blank card', async () => {
    const renderer = createRenderer('crm.record.tab');
    const throwing = async () => { throw new Error('network unreachable'); };
    renderer.render(<HealthCardApp companyId="101" transport={throwing} canWrite />);
    await renderer.waitFor(() => expect(renderer.maybeFind(ErrorState)).not.toBeNull());
    expect(renderer.findByTestId(Text, 'error-message').text).toBe('get-health failed: network unreachable');
  });

  it('offers "score now" for a company never scored, and shows the result', async () => {
    const fake = fakeTransport({
      'get-health': byPhase(aCardHealth(struggling('101', 'Globex').renewingInDays(45)).notScored().build()),
      'recalculate-health': ok(aCardHealth(struggling('101', 'Globex').renewingInDays(45)).build()),
    });
    const renderer = createRenderer('crm.record.tab');
    renderer.render(<HealthCardApp companyId="101" transport={fake.transport} canWrite />);

    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(EmptyState, 'not-scored-state')).not.toBeNull());
    expect(text(renderer)).toContain('Globex has no health score yet.');
    expect(fake.callsTo('get-health')).toEqual([{ companyId: '101', live: false }]);

    renderer.findByTestId(Button, 'score-now').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(EmptyState, 'not-scored-state')).toBeNull());
    expect(fake.callsTo('recalculate-health')).toEqual([{ companyId: '101' }]);
    expect(renderer.findByTestId(Text, 'prediction').text).toContain('Likely to churn');
  });

  it('shows what a never-scored company would score when its answer carries an assessment', async () => {
    // The card skips the live phase for such a company; a backend may still answer with an assessment.
    const fake = fakeTransport({ 'get-health': ok(aCardHealth(struggling('101', 'Globex')).notScored().build()) });
    const renderer = createRenderer('crm.record.tab');
    renderer.render(<HealthCardApp companyId="101" transport={fake.transport} canWrite />);
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'estimate')).not.toBeNull());
    expect(renderer.findByTestId(Text, 'estimate').text).toMatch(/would score \d+ \(Critical\)/);
  });

  it('is read-only without write permission: the data, no buttons', async () => {
    const fake = fakeTransport({ 'get-health': byPhase(aCardHealth(struggling('101', 'Globex')).build()) });
    const renderer = createRenderer('crm.record.tab');
    renderer.render(<HealthCardApp companyId="101" transport={fake.transport} canWrite={false} />);

    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'play-name')).not.toBeNull());
    expect(renderer.maybeFindByTestId(Text, 'read-only')).not.toBeNull();
    expect(renderer.findAll(Button)).toEqual([]);
    expect(renderer.findByTestId(Text, 'play-name').text).toContain('(');
  });

  it('is read-only for a never-scored company too: no "score now"', async () => {
    const fake = fakeTransport({ 'get-health': ok(aCardHealth().notScored().withoutAssessment().build()) });
    const renderer = createRenderer('crm.record.tab');
    renderer.render(<HealthCardApp companyId="101" transport={fake.transport} canWrite={false} />);
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(EmptyState, 'not-scored-state')).not.toBeNull());
    expect(renderer.maybeFindByTestId(Button, 'score-now')).toBeNull();
    expect(renderer.maybeFindByTestId(Text, 'estimate')).toBeNull();
  });

  it('turns read-only when HubSpot refuses a change for this user', async () => {
    const fake = fakeTransport({
      'get-health': byPhase(aCardHealth().build()),
      'recalculate-health': { ok: false, error: { code: 'forbidden', message: 'missing scope crm.objects.companies.write' } },
    });
    const renderer = createRenderer('crm.record.tab');
    renderer.render(<HealthCardApp companyId="101" transport={fake.transport} canWrite />);
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Button, 'recalculate')).not.toBeNull());

    renderer.findByTestId(Button, 'recalculate').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'read-only')).not.toBeNull());
    expect(text(renderer)).toContain('missing scope crm.objects.companies.write');
    expect(renderer.findAll(Button)).toEqual([]);
  });

  it('shows data warnings from loading', async () => {
    const fake = fakeTransport({ 'get-health': byPhase(aCardHealth().withWarnings("che_active_users: 'N/A' is not a number").build()) });
    const renderer = createRenderer('crm.record.tab');
    renderer.render(<HealthCardApp companyId="101" transport={fake.transport} canWrite />);
    await renderer.waitFor(() => expect(text(renderer)).toContain("che_active_users: 'N/A' is not a number"));
  });

  it('keeps the stored values and says details need a live computation when even the live answer has no assessment', async () => {
    const fake = fakeTransport({ 'get-health': byPhase(aCardHealth(struggling('101', 'Globex')).withoutAssessment().build()) });
    const renderer = createRenderer('crm.record.tab');
    renderer.render(<HealthCardApp companyId="101" transport={fake.transport} canWrite />);
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'no-assessment')).not.toBeNull());
    expect(fake.callsTo('get-health')).toEqual([{ companyId: '101', live: false }, { companyId: '101', live: true }]);
    expect(renderer.maybeFindByTestId(LoadingSpinner, 'details-loading')).toBeNull();
    expect(renderer.findByTestId(Text, 'stored-play').text).not.toBe('');
  });
});
