/** The card's four operations over a HubSpot connection, behind one entry point. */
export { handleCardOperation } from './handle';
export { getHealth, recalculateHealth, setOverride } from './health';
export { createPlayTask, playMarker, TASK_TO_COMPANY } from './play-task';
export { readStoredCompany, storedCompany, type StoredCompany } from './stored';
export { CardFailure, toCardError } from './errors';
export { PORTAL_SETTING_SECRETS, portalSettingsFromEnv, type PortalSettings } from './portal-settings';
export * from './contract';
