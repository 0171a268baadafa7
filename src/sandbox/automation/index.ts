/**
 * HubSpot's Automation v4 APIs in the sandbox: custom workflow action
 * definitions (/automation/v4/actions/{appId}…) and workflows
 * (/automation/v4/flows…), held in memory for the life of the app.
 *
 * Auth: flows take the Bearer token like every other endpoint. Action
 * definitions take it too, or `?hapikey=<token>`, which is how HubSpot
 * authenticates them (the developer API key) and what @hubspot/api-client
 * sends when built with `developerApiKey` — mount `developerKeyAuth` before
 * the Bearer check for that.
 */
import { Router } from 'express';
import type { RouteContext } from '../routes/context';
import { ActionDefinitions } from './action-definitions';
import { actionRoutes } from './action-routes';
import { flowRoutes } from './flow-routes';
import { Flows } from './flows';

export { developerKeyAuth } from './developer-key';

export function automationRoutes({ store }: RouteContext): Router {
  const r = Router();
  r.use(actionRoutes(new ActionDefinitions(store.now)));
  r.use(flowRoutes(new Flows(store.now)));
  return r;
}
