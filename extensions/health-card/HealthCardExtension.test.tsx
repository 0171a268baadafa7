/**
 * What the entry registers, with HubSpot's channels injected: the card config
 * picks app functions (hubspot.serverless) or the backend's card API
 * (hubspot.fetch, POST {baseUrl}/api/card/{op}); a bad config is shown, field by field.
 */
import { Alert, Button, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { healthCardExtension, type HubSpotChannels, type RecordTabApi } from './HealthCardExtension';
import type { CardFetch } from './transport';
import { aCardHealth } from './test-support/cardHealthBuilder';
import { ok, storedOnly } from './test-support/fakeTransport';
import { renderedText } from './test-support/renderedText';

const health = aCardHealth().build();

/** A hubspot.fetch stand-in answering the card API: stored values without live, everything with it. */
function fakeFetch() {
  const calls: Array<{ url: string; options: Parameters<CardFetch>[1] }> = [];
  const fetch: CardFetch = async (url, options) => {
    calls.push({ url, options: structuredClone(options) });
    const data = options.body.live ? health : storedOnly(health);
    return { ok: true, status: 200, json: async () => ok(data) };
  };
  return { fetch, calls };
}

function channels(overrides: Partial<HubSpotChannels> = {}) {
  const serverless = jest.fn(async () => { throw new Error('serverless must not be called in this test'); });
  return { serverless, fetch: fakeFetch().fetch, ...overrides };
}

function renderFor(render: (api: RecordTabApi) => ReturnType<ReturnType<typeof healthCardExtension>>, teams: Array<{ id: number }> = []) {
  const renderer = createRenderer('crm.record.tab');
  const { context } = renderer.mocks;
  context.crm.objectId = 4242;
  context.user.firstName = 'Dana';
  context.user.lastName = 'Scully';
  context.user.teams = teams.map((team) => ({ ...team, name: `team ${team.id}`, teammates: [] }));
  renderer.render(render({ context }));
  return renderer;
}

describe('healthCardExtension', () => {
  it('in fetch mode posts get-health to {baseUrl}/api/card/get-health, stored then live, and never calls app functions', async () => {
    const api = fakeFetch();
    const injected = channels({ fetch: api.fetch });
    const renderer = renderFor(healthCardExtension({ mode: 'fetch', baseUrl: 'https://che.example.com/' }, injected));

    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'play-name')).not.toBeNull());
    expect(api.calls).toEqual([
      { url: 'https://che.example.com/api/card/get-health', options: { method: 'POST', body: { companyId: '4242', live: false } } },
      { url: 'https://che.example.com/api/card/get-health', options: { method: 'POST', body: { companyId: '4242', live: true } } },
    ]);
    expect(injected.serverless).not.toHaveBeenCalled();
  });

  it('in fetch mode sends the card\'s actions to the card API too', async () => {
    const api = fakeFetch();
    const renderer = renderFor(healthCardExtension({ mode: 'fetch', baseUrl: 'https://che.example.com' }, channels({ fetch: api.fetch })));
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'play-name')).not.toBeNull());

    renderer.findByTestId(Button, 'recalculate').trigger('onClick');
    await renderer.waitFor(() => expect(api.calls).toHaveLength(3));
    expect(api.calls[2]).toEqual({ url: 'https://che.example.com/api/card/recalculate-health', options: { method: 'POST', body: { companyId: '4242' } } });
  });

  it('by default calls the app functions named in the config', async () => {
    const serverless = jest.fn(async (_name: string, { parameters }: { parameters: unknown }) => {
      const { live } = parameters as { live?: boolean };
      return ok(live ? health : storedOnly(health));
    });
    const injected = channels({ serverless });
    const renderer = renderFor(healthCardExtension({ functionNames: { 'get-health': 'che-get-health' } }, injected));

    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'play-name')).not.toBeNull());
    expect(serverless.mock.calls).toEqual([
      ['che-get-health', { parameters: { companyId: '4242', live: false } }],
      ['che-get-health', { parameters: { companyId: '4242', live: true } }],
    ]);
  });

  it('shows each bad config field instead of loading anything', () => {
    const injected = channels();
    const renderer = renderFor(healthCardExtension({ mode: 'fetch' }, injected));
    expect(renderer.findByTestId(Alert, 'config-errors').props.title).toBe('The health card is misconfigured');
    expect(renderedText(renderer.getRootNode())).toContain('card-config.json baseUrl: is required when mode is "fetch"');
    expect(injected.serverless).not.toHaveBeenCalled();
  });

  it('is read-only for users outside the writer teams', async () => {
    const api = fakeFetch();
    const render = healthCardExtension({ mode: 'fetch', baseUrl: 'https://che.example.com', writerTeamIds: [7] }, channels({ fetch: api.fetch }));
    const outsider = renderFor(render, [{ id: 3 }]);
    await outsider.waitFor(() => expect(outsider.maybeFindByTestId(Text, 'play-name')).not.toBeNull());
    expect(outsider.maybeFindByTestId(Text, 'read-only')).not.toBeNull();

    const writer = renderFor(render, [{ id: 7 }]);
    await writer.waitFor(() => expect(writer.maybeFindByTestId(Button, 'recalculate')).not.toBeNull());
  });
});
