/**
 * The backend's express app (what `che serve` listens with):
 *
 * | route                          | auth                  | does                                                            |
 * |--------------------------------|-----------------------|-----------------------------------------------------------------|
 * | GET  /healthz                  | none                  | liveness, queue backlog, last run                               |
 * | GET  /runs                     | none                  | the last 100 run summaries, newest first (counts only: no names, no ARR) |
 * | POST /webhooks/hubspot         | v3 signature          | stores events (dedupe by eventId) before answering 200          |
 * | POST /hubspot/workflow-action  | v2 (or v3) signature  | rescoring one company, answers output fields                    |
 * | POST /api/card/:operation      | v3 signature          | the card's operations for `hubspot.fetch` (injected handler)    |
 *
 * Everything stateful is injected (job deps, event store, clock, timers), so
 * tests drive the app in process against the sandbox.
 */
import express, { type ErrorRequestHandler, type Express } from 'express';
import { z } from 'zod';
import { CardOperation, type CardResponse } from '../jobs/card/contract';
import { companiesOf, runCompanies } from '../jobs/companies';
import type { JobDeps } from '../jobs/run';
import { runSingle } from '../jobs/run';
import type { EventStore, RunRecord } from './event-store';
import { Runner, type Log } from './runner';
import { rawBody, verifiedJson } from './signed-body';
import { verifyActionRequest, verifyV3 } from './signature';
import { routeEvent, WebhookBatch } from './webhook-events';
import { realTimers, WebhookQueue, type Timers } from './webhook-queue';
import { actionOutput, WorkflowActionRequest } from './workflow-action';

export type CardHandler = (operation: CardOperation, params: unknown) => Promise<CardResponse<CardOperation>>;

export const WEBHOOK_PATH = '/webhooks/hubspot';
export const WORKFLOW_ACTION_PATH = '/hubspot/workflow-action';
export const CARD_API_PATH = '/api/card';

export interface ServerDeps {
  jobs: JobDeps;
  store: EventStore;
  clientSecret: string;
  /** The app's id: CRM writes it made (changeSource INTEGRATION, sourceId = app id) are ignored. */
  appId?: string;
  /** The URL HubSpot calls, when a proxy sits in front (signatures cover the full URL). */
  publicUrl?: string;
  debounceMs: number;
  maxBodyBytes: number;
  /** The card API's operations; without one the card API answers 501. */
  cardHandler?: CardHandler;
  /** Called after each webhook run with the instant it stamped (e.g. tasks for accounts that entered critical). */
  afterRun?: (changedAtIso: string) => Promise<void>;
  /** Wall clock for signature windows and the store (ms). */
  clock?: () => number;
  timers?: Timers;
  log?: Log;
}

export interface ServerApp {
  app: Express;
  runner: Runner;
  queue: WebhookQueue;
  /** Stops opening webhook windows and waits for work in progress; state stays in the store. */
  close(): Promise<void>;
}

/** /runs is unauthenticated: counts and ids, never company names, ARR or CRM values. */
function publicRecord(r: RunRecord): unknown {
  if (!r.summary) return r;
  const { attention: _attention, plannedChanges: _planned, warnings, failed, ...counts } = r.summary;
  return { ...r, summary: { ...counts, warnings: warnings.length, failed: failed.map((f) => ({ companyId: f.companyId, stage: f.stage })) } };
}

const CARD_STATUS: Record<string, number> = { bad_request: 400, not_found: 404, forbidden: 403, hubspot: 502, internal: 500 };

export function createServerApp(deps: ServerDeps): ServerApp {
  const clock = deps.clock ?? Date.now;
  const log = deps.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const runner = new Runner(deps.store, log, () => new Date(clock()));
  const queue = new WebhookQueue({
    store: deps.store,
    ...(deps.appId ? { appId: deps.appId } : {}),
    debounceMs: deps.debounceMs,
    timers: deps.timers ?? realTimers,
    now: clock,
    log,
    resolve: (refs) => companiesOf(deps.jobs.conn, refs),
    run: async (ids) => {
      const at = deps.jobs.now().toISOString();
      const summary = (await runner.run('webhooks', () => runCompanies(deps.jobs, ids), 'wait')).record?.summary;
      if ((summary?.written ?? 0) > 0) await deps.afterRun?.(at);
      // Companies the run could not score stay queued for a retry (see webhook-queue.ts).
      return { retry: [...new Set((summary?.failed ?? []).map((f) => f.companyId))] };
    },
  });
  const signed = { publicUrl: deps.publicUrl, log };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.publicUrl === undefined ? false : 1);

  app.get('/healthz', (_req, res) => {
    const last = deps.store.runs(1)[0];
    res.json({ ok: true, pendingCompanies: deps.store.pending().length, busy: runner.busy, lastRun: last ? { trigger: last.trigger, finishedAt: last.finishedAt, error: last.error } : null });
  });

  app.get('/runs', (_req, res) => {
    res.json({ results: deps.store.runs().map(publicRecord) });
  });

  app.post(WEBHOOK_PATH, rawBody(deps.maxBodyBytes), (req, res) => {
    const batch = verifiedJson(req, res, { ...signed, schema: WebhookBatch, verify: (r) => verifyV3(deps.clientSecret, r, clock()) });
    if (!batch) return;
    // One malformed event must not cost the batch: HubSpot would redeliver it whole, and give up on all of it.
    const { events, rejected } = batch;
    if (rejected.length > 0) log(`webhooks: ${rejected.length} malformed event(s) refused: ${rejected.slice(0, 5).map((r) => `#${r.index} ${r.problems}`).join('; ')}`);
    const stored = events.map((e) => ({ eventId: e.eventId, body: JSON.stringify(e), ignored: 'ignored' in routeEvent(e, deps.appId) }));
    const { accepted, duplicates, toResolve } = deps.store.accept(stored, clock());
    if (toResolve > 0) queue.notify();
    res.status(200).json({ accepted, duplicates, queued: toResolve, ...(rejected.length > 0 ? { rejected } : {}) });
  });

  app.post(WORKFLOW_ACTION_PATH, rawBody(deps.maxBodyBytes), async (req, res) => {
    const body = verifiedJson(req, res, { ...signed, schema: WorkflowActionRequest, verify: (r) => verifyActionRequest(deps.clientSecret, r, clock()) });
    if (!body) return;
    const companyId = body.object.objectId;
    try {
      const outcome = await runner.unlocked('workflow-action', () => runSingle(deps.jobs, companyId));
      res.json(actionOutput(companyId, outcome));
    } catch (err) {
      log(`workflow action for company ${companyId} failed: ${err instanceof Error ? err.message : String(err)}`);
      res.json({ outputFields: { hs_execution_state: 'FAIL_CONTINUE', error: 'the company could not be scored (HubSpot unavailable?)' } });
    }
  });

  app.post(`${CARD_API_PATH}/:operation`, rawBody(deps.maxBodyBytes), async (req, res) => {
    const params = verifiedJson(req, res, { ...signed, schema: z.unknown(), verify: (r) => verifyV3(deps.clientSecret, r, clock()) });
    if (params === undefined) return;
    const op = CardOperation.safeParse(req.params.operation);
    if (!op.success) {
      res.status(404).json({ ok: false, error: { code: 'bad_request', message: `unknown card operation ${JSON.stringify(req.params.operation)}` } });
      return;
    }
    if (!deps.cardHandler) {
      res.status(501).json({ ok: false, error: { code: 'internal', message: 'the card API is not configured on this server' } });
      return;
    }
    const answer = await deps.cardHandler(op.data, params);
    res.status(answer.ok ? 200 : CARD_STATUS[answer.error.code] ?? 500).json(answer);
  });

  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 600 ? err.status : 500;
    if (status >= 500) log(`server error: ${err instanceof Error ? err.message : String(err)}`);
    res.status(status).json({ status: 'error', message: status === 413 ? 'The body is too large' : status >= 500 ? 'Internal error' : String(err?.message ?? 'Bad request') });
  };
  app.use(onError);

  return {
    app,
    runner,
    queue,
    close: async () => {
      await queue.close();
      await runner.idle();
    },
  };
}
