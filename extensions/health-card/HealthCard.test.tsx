/**
 * The HubSpot entry: it registers with hubspot.extend and, by default, reaches
 * the data through hubspot.serverless with the record's company id — the
 * stored values first, then the live assessment.
 */
import type { ReactElement } from 'react';
import { Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { aCardHealth } from './test-support/cardHealthBuilder';
import { storedOnly } from './test-support/fakeTransport';

const registered: Array<(api: unknown) => ReactElement> = [];
const serverless = jest.fn();
const hubspotFetch = jest.fn();

jest.mock('@hubspot/ui-extensions', () => {
  const actual = jest.requireActual('@hubspot/ui-extensions');
  return {
    ...actual,
    hubspot: {
      extend: (render: (api: unknown) => ReactElement) => { registered.push(render); },
      serverless: (...args: unknown[]) => serverless(...args),
      fetch: (...args: unknown[]) => hubspotFetch(...args),
    },
  };
});

describe('HealthCard entry', () => {
  it('registers one crm.record.tab extension that loads the record\'s company through app functions', async () => {
    const health = aCardHealth().build();
    serverless.mockImplementation(async (_name: string, { parameters }: { parameters: { live?: boolean } }) =>
      ({ ok: true, data: parameters.live ? health : storedOnly(health) }));
    // Loaded here, after the mock is in place; loading it registers the card.
    await import('./HealthCard');
    expect(registered).toHaveLength(1);

    const renderer = createRenderer('crm.record.tab');
    const { context, actions } = renderer.mocks;
    context.crm.objectId = 4242;
    context.user.firstName = 'Dana';
    context.user.lastName = 'Scully';
    renderer.render(registered[0]!({ context, actions, runServerlessFunction: renderer.mocks.runServerlessFunction }));

    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'play-name')).not.toBeNull());
    expect(serverless.mock.calls).toEqual([
      ['get-health', { parameters: { companyId: '4242', live: false } }],
      ['get-health', { parameters: { companyId: '4242', live: true } }],
    ]);
    expect(hubspotFetch).not.toHaveBeenCalled();
  });
});
