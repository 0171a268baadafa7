/** The backend service behind `che serve`: webhooks, workflow action, card API, schedule. */
export { createServerApp, WEBHOOK_PATH, WORKFLOW_ACTION_PATH, CARD_API_PATH, type CardHandler, type ServerApp, type ServerDeps } from './app';
export { serverConfigFromEnv, ServerConfigError, type ServerConfig } from './config';
export { EventStore, RUN_HISTORY_SIZE, type RunRecord } from './event-store';
export { Runner, type RunTrigger, type RunOutcome } from './runner';
export { startSchedule, type Schedule, type CronScheduler } from './schedule';
export { signV2, signV3, verifyV2, verifyV3, MAX_SIGNATURE_AGE_MS } from './signature';
export { startServer, type RunningServer, type StartOptions } from './start';
export { realTimers, WebhookQueue, type Timers } from './webhook-queue';
