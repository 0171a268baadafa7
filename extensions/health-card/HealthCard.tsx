/**
 * The card's entry point for HubSpot (crm.record.tab on companies): it hands
 * the card config and HubSpot's channels — app functions through
 * `hubspot.serverless` by default, the backend's card API through
 * `hubspot.fetch` when the config says so — to healthCardExtension.
 */
import { hubspot } from '@hubspot/ui-extensions';
import { healthCardExtension } from './HealthCardExtension';
import rawConfig from './card-config.json';

hubspot.extend<'crm.record.tab'>(healthCardExtension(rawConfig, { serverless: hubspot.serverless, fetch: hubspot.fetch }));
