/**
 * What the HubSpot entry registers, apart from `hubspot.extend` and the
 * `hubspot.*` globals: given the card config and HubSpot's two channels
 * (`hubspot.serverless`, `hubspot.fetch`), it builds the transport the config
 * asks for and renders HealthCardApp for the record. Tests inject both
 * channels; HealthCard.tsx passes HubSpot's.
 */
import type { ReactElement } from 'react';
import { HealthCardApp } from './HealthCardApp';
import { ConfigErrors } from './components/states';
import { canUserWrite, displayName, parseCardConfig, type CardConfig } from './config';
import { fetchTransport, serverlessTransport, type CardFetch, type CardTransport, type ServerlessRunner } from './transport';

export interface HubSpotChannels {
  /** `hubspot.serverless`: app functions (mode "serverless"). */
  serverless: ServerlessRunner;
  /** `hubspot.fetch`: the backend's card API (mode "fetch"). */
  fetch: CardFetch;
}

/** The parts of the crm.record.tab context the card reads. */
export interface RecordTabApi {
  context: {
    crm: { objectId: number | string };
    user?: { firstName?: string; lastName?: string; email?: string; teams?: ReadonlyArray<{ id: number }> };
  };
}

export function transportFor(config: CardConfig, channels: HubSpotChannels): CardTransport {
  if (config.mode === 'fetch' && config.baseUrl) return fetchTransport(channels.fetch, config.baseUrl);
  return serverlessTransport(channels.serverless, config.functionNames);
}

/** The render function for `hubspot.extend<'crm.record.tab'>`; the config is checked once, up front. */
export function healthCardExtension(rawConfig: unknown, channels: HubSpotChannels): (api: RecordTabApi) => ReactElement {
  const parsed = parseCardConfig(rawConfig);
  if (!parsed.success) {
    const { errors } = parsed;
    return () => <ConfigErrors errors={errors} />;
  }
  const { config } = parsed;
  const transport = transportFor(config, channels);
  return function renderForRecord({ context }) {
    const userName = displayName(context.user);
    return (
      <HealthCardApp
        companyId={context.crm.objectId}
        transport={transport}
        canWrite={canUserWrite(config, context.user)}
        {...(userName && { userName })}
      />
    );
  };
}
