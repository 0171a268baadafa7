/**
 * Signed webhook delivery for the sandbox, like HubSpot's Webhooks API: the store
 * reports each write (handle), matching subscriptions turn it into HubSpot's event
 * JSON, and events go out in signed batches with retries (see delivery.ts). The
 * router manages settings and subscriptions and shows the delivery log.
 */
import type { Router } from 'express';
import type { StoreChange } from '../types';
import { Dispatcher, type Delivery } from './delivery';
import { eventsFor } from './events';
import { webhooksRouter } from './router';
import {
  SubscriptionStore, settingsInput as settingsInputSchema, subscriptionInput as subscriptionInputSchema,
  type SettingsInput, type Subscription, type SubscriptionRequest,
} from './subscriptions';

export type { WebhookEvent } from './events';
export type { Delivery, DeliveryAttempt } from './delivery';
export type { Subscription, SettingsInput, SubscriptionRequest } from './subscriptions';
export { signatureV1, signatureV3 } from './signature';

export interface WebhooksOptions {
  appId: number;
  portalId?: number;
  now?: () => number;
  fetch?: typeof fetch;
  /** Events per POST; HubSpot sends up to 100. */
  batchSize?: number;
  /** How long the first event of a batch waits for company. */
  flushMs?: number;
  /** Attempts in all, the first included; HubSpot tries up to 10 times. */
  maxAttempts?: number;
  /** Delay before the first retry; doubles for each further one. */
  backoffMs?: number;
  /** A POST not answered within this is a failed attempt; HubSpot waits 5 s. */
  timeoutMs?: number;
}

export interface Webhooks {
  handle(change: StoreChange): void;
  router: Router;
  stop(): Promise<void>;
  /** Sends what is queued now; resolves when those first attempts have answered. */
  flush(): Promise<void>;
  /** Resolves when nothing is queued, in flight or waiting for a retry. */
  idle(): Promise<void>;
  /** In-process configuration, the same as PUT /settings and POST /subscriptions (throws on bad input). */
  configure(settings: SettingsInput): void;
  subscribe(input: SubscriptionRequest): Subscription;
  deliveries(): readonly Delivery[];
}

function positiveInt(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new Error(`Invalid webhooks option "${name}": expected a whole number ≥ ${min}, got ${String(value)}`);
  return value;
}

export function createWebhooks(opts: WebhooksOptions): Webhooks {
  const now = opts.now ?? Date.now;
  const store = new SubscriptionStore(now);
  const dispatcher = new Dispatcher({
    now,
    fetch: opts.fetch ?? fetch,
    batchSize: positiveInt('batchSize', opts.batchSize ?? 100, 1),
    flushMs: positiveInt('flushMs', opts.flushMs ?? 200, 0),
    maxAttempts: positiveInt('maxAttempts', opts.maxAttempts ?? 10, 1),
    backoffMs: positiveInt('backoffMs', opts.backoffMs ?? 1000, 0),
    timeoutMs: positiveInt('timeoutMs', opts.timeoutMs ?? 5000, 1),
    logSize: 500,
    settings: () => store.getSettings(),
  });
  let eventId = 0;
  const ctx = { appId: opts.appId, portalId: opts.portalId ?? 1, nextEventId: () => ++eventId };

  return {
    handle(change) {
      if (!store.getSettings()) return; // HubSpot sends nothing without a target URL
      dispatcher.enqueue(eventsFor(change, store.list(), ctx));
    },
    router: webhooksRouter(store, dispatcher),
    stop: () => dispatcher.stop(),
    flush: () => dispatcher.flush(),
    idle: () => dispatcher.idle(),
    configure(settings) {
      store.putSettings(settingsInputSchema.parse(settings));
    },
    subscribe(input) {
      return store.create(subscriptionInputSchema.parse(input));
    },
    deliveries: () => dispatcher.deliveries(),
  };
}
