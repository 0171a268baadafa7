/**
 * The sandbox's express app. API routes sit behind fault injection → auth →
 * rate limit, as a client meets them on HubSpot; the /_sandbox control API
 * needs the token only.
 */
import express, { type RequestHandler, type Router } from 'express';
import { automationRoutes, developerKeyAuth } from './automation';
import { bearerAuth } from './http/auth';
import { errorHandler, sendError } from './http/errors';
import { adminRoutes, type FaultControl, type LimitControl } from './routes/admin';
import { associationRoutes } from './routes/associations';
import { batchRoutes } from './routes/batch';
import { labelRoutes } from './routes/labels';
import { objectRoutes } from './routes/objects';
import { ownerRoutes } from './routes/owners';
import { pipelineRoutes } from './routes/pipelines';
import { propertyRoutes } from './routes/properties';
import { searchRoutes } from './routes/search';
import { integrationWriter, type Store } from './store';

export interface AppDeps {
  store: Store;
  token: string;
  appId: number;
  faults?: FaultControl & { middleware: RequestHandler };
  limiter?: LimitControl & { middleware: RequestHandler };
  /** Mounted at /_sandbox/webhooks. */
  webhooksRouter?: Router;
}

export function buildApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  const auth = bearerAuth(deps.token);
  const json = express.json({ limit: '20mb' });
  const ctx = { store: deps.store, apiWriter: integrationWriter(deps.appId) };

  const admin = express.Router();
  admin.use(auth, json);
  if (deps.webhooksRouter) admin.use('/webhooks', deps.webhooksRouter);
  admin.use(adminRoutes({ ...ctx, appId: deps.appId, faults: deps.faults, limits: deps.limiter }));
  app.use('/_sandbox', admin);

  // auth → limiter → faults: a forced 429 then carries the limiter's real
  // X-HubSpot-RateLimit-* headers, as a genuine one would.
  const api: RequestHandler[] = [auth];
  if (deps.limiter) api.push(deps.limiter.middleware);
  if (deps.faults) api.push(deps.faults.middleware);
  api.push(json);
  // Action definitions also take HubSpot's developer key (?hapikey=<token>).
  app.use(developerKeyAuth(deps.token));
  app.use(...api);
  // Search before objects so "/search" is never read as an object id.
  for (const routes of [searchRoutes, batchRoutes, objectRoutes, propertyRoutes, associationRoutes, labelRoutes, ownerRoutes, pipelineRoutes, automationRoutes]) {
    app.use(routes(ctx));
  }
  app.use((_req, res) => sendError(res, 404, 'resource not found'));
  app.use(errorHandler);
  return app;
}
