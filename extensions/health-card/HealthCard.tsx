/**
 * The card's entry point for HubSpot (crm.record.tab on companies). It reads
 * the card config, builds the transport — app functions through
 * `hubspot.serverless` by default, the backend's card API through
 * `hubspot.fetch` when the config says so — and renders HealthCardApp.
 */
import { hubspot } from '@hubspot/ui-extensions';
import { HealthCardApp } from './HealthCardApp';
import { ConfigErrors } from './components/states';
import { canUserWrite, displayName, parseCardConfig, type CardConfig } from './config';
import { fetchTransport, serverlessTransport, type CardTransport } from './transport';
import rawConfig from './card-config.json';

function transportFor(config: CardConfig): CardTransport {
  if (config.mode === 'fetch' && config.baseUrl) return fetchTransport(hubspot.fetch, config.baseUrl);
  return serverlessTransport(hubspot.serverless, config.functionNames);
}

const parsed = parseCardConfig(rawConfig);
const transport = parsed.success ? transportFor(parsed.config) : null;

hubspot.extend<'crm.record.tab'>(({ context }) => {
  if (!parsed.success || !transport) return <ConfigErrors errors={parsed.errors} />;
  const userName = displayName(context.user);
  return (
    <HealthCardApp
      companyId={context.crm.objectId}
      transport={transport}
      canWrite={canUserWrite(parsed.config, context.user)}
      {...(userName && { userName })}
    />
  );
});
