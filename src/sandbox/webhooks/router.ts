/**
 * /_sandbox/webhooks (mounted behind auth):
 *   GET/PUT/DELETE /settings          target URL, client secret (never echoed), throttling
 *   GET/POST       /subscriptions     list ({ results }) / create (201)
 *   PATCH/DELETE   /subscriptions/:id activate or pause / remove (204)
 *   GET            /deliveries        the delivery log with every attempt and its status
 * Bodies are validated with zod; a bad one gets HubSpot's 400 envelope naming the field.
 */
import { randomUUID } from 'node:crypto';
import express, { type Response, type Router } from 'express';
import type { ZodType } from 'zod';
import type { Dispatcher } from './delivery';
import { settingsInput, subscriptionInput, subscriptionPatch, type Settings, type SubscriptionStore } from './subscriptions';

function sendError(res: Response, status: number, message: string, category: string, errors?: { message: string; context?: Record<string, string[]> }[]): void {
  const correlationId = randomUUID();
  res.setHeader('x-hubspot-correlation-id', correlationId);
  res.status(status).json({ status: 'error', message, correlationId, category, ...(errors ? { errors } : {}) });
}

/** Parses a body or answers 400 naming every bad field; undefined when it answered. */
function parseBody<T>(schema: ZodType<T>, body: unknown, res: Response): T | undefined {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => {
    const field = i.code === 'unrecognized_keys' ? i.keys.join(', ') : i.path.join('.') || 'body';
    return { message: `${field}: ${i.message}`, context: { field: [field] } };
  });
  sendError(res, 400, `Invalid input JSON: ${errors.map((e) => e.message).join('; ')}`, 'VALIDATION_ERROR', errors);
  return undefined;
}

const publicSettings = (s: Settings) => ({
  targetUrl: s.targetUrl,
  throttling: { period: 'SECONDLY', maxConcurrentRequests: s.maxConcurrentRequests },
  clientSecretSet: true,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
});

export function webhooksRouter(store: SubscriptionStore, dispatcher: Dispatcher): Router {
  const router = express.Router();
  router.use(express.json());

  router.get('/settings', (_req, res) => {
    const s = store.getSettings();
    if (!s) return sendError(res, 404, 'No webhook settings: PUT a targetUrl and clientSecret first', 'OBJECT_NOT_FOUND');
    res.json(publicSettings(s));
  });
  router.put('/settings', (req, res) => {
    const input = parseBody(settingsInput, req.body, res);
    if (input) res.json(publicSettings(store.putSettings(input)));
  });
  router.delete('/settings', (_req, res) => {
    store.clearSettings();
    res.status(204).end();
  });

  router.get('/subscriptions', (_req, res) => {
    res.json({ results: store.list().map((s) => ({ ...s, id: String(s.id) })) });
  });
  router.post('/subscriptions', (req, res) => {
    const input = parseBody(subscriptionInput, req.body, res);
    if (!input) return;
    const sub = store.create(input);
    res.status(201).json({ ...sub, id: String(sub.id) });
  });
  router.patch('/subscriptions/:id', (req, res) => {
    const input = parseBody(subscriptionPatch, req.body, res);
    if (!input) return;
    const sub = store.setActive(Number(req.params.id), input.active);
    if (!sub) return sendError(res, 404, `Subscription ${req.params.id} does not exist`, 'OBJECT_NOT_FOUND');
    res.json({ ...sub, id: String(sub.id) });
  });
  router.delete('/subscriptions/:id', (req, res) => {
    if (!store.remove(Number(req.params.id))) return sendError(res, 404, `Subscription ${req.params.id} does not exist`, 'OBJECT_NOT_FOUND');
    res.status(204).end();
  });

  router.get('/deliveries', (_req, res) => {
    // The events themselves stay out of the log view: ids say which, attempts say how it went.
    res.json({ results: dispatcher.deliveries().map(({ events: _events, ...d }) => d) });
  });

  return router;
}
