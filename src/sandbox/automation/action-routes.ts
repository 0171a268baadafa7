/**
 * Automation Actions v4, as @hubspot/api-client v14 calls it
 * (client.automation.actions.definitionsApi / functionsApi / revisionsApi):
 * definitions CRUD with archive, revisions, and functions (sources sent as text/plain).
 * Callbacks (callbacksApi) are not served: the sandbox never executes workflows,
 * so it never hands out a callbackId to complete.
 */
import express, { Router, type Request } from 'express';
import { validationError } from '../http/errors';
import { boolParam } from '../http/params';
import { ActionDefinitions } from './action-definitions';
import { definitionEgg, definitionPatch, FUNCTION_TYPES, type FunctionType } from './action-schema';
import { integerSegment, page, pageParams, parseBody } from './validation';

const BASE = '/automation/v4/actions';
/** HubSpot's spec gives no default page size for definitions; CRM lists use 10. */
const DEFAULT_LIMIT = 10;

export function actionRoutes(definitions: ActionDefinitions): Router {
  const r = Router();
  const app = (req: Request) => integerSegment(req.params.appId, 'appId');
  const defId = (req: Request) => String(req.params.definitionId);
  const fnType = (req: Request): FunctionType => {
    const t = String(req.params.functionType);
    if (!(FUNCTION_TYPES as readonly string[]).includes(t)) {
      throw validationError(`Invalid functionType: ${t}. Expected one of ${FUNCTION_TYPES.join(', ')}`, { errors: [{ message: 'invalid functionType', code: 'INVALID_INPUT' }] });
    }
    return t as FunctionType;
  };
  const source = (req: Request): string => {
    if (typeof req.body !== 'string' || req.body.trim() === '') throw validationError('Some required fields were not set: [functionSource]');
    return req.body;
  };
  const text = express.text({ type: () => true, limit: '1mb' });

  r.get(`${BASE}/:appId`, (req, res) => {
    res.json(page(definitions.list(app(req), boolParam(req.query.archived)), pageParams(req.query, DEFAULT_LIMIT)));
  });
  r.post(`${BASE}/:appId`, (req, res) => {
    const appId = app(req);
    res.status(201).json(definitions.create(appId, parseBody(definitionEgg, req.body)));
  });
  r.get(`${BASE}/:appId/:definitionId`, (req, res) => {
    res.json(definitions.get(app(req), defId(req), boolParam(req.query.archived)));
  });
  r.patch(`${BASE}/:appId/:definitionId`, (req, res) => {
    const appId = app(req);
    res.json(definitions.update(appId, defId(req), parseBody(definitionPatch, req.body)));
  });
  r.delete(`${BASE}/:appId/:definitionId`, (req, res) => {
    definitions.archive(app(req), defId(req));
    res.status(204).end();
  });

  r.get(`${BASE}/:appId/:definitionId/revisions`, (req, res) => {
    res.json(page(definitions.revisions(app(req), defId(req)), pageParams(req.query, DEFAULT_LIMIT)));
  });
  r.get(`${BASE}/:appId/:definitionId/revisions/:revisionId`, (req, res) => {
    res.json(definitions.revision(app(req), defId(req), String(req.params.revisionId)));
  });

  r.get(`${BASE}/:appId/:definitionId/functions`, (req, res) => {
    res.json({ results: definitions.functions(app(req), defId(req)).map(({ functionType, id }) => ({ functionType, id })) });
  });
  r.get(`${BASE}/:appId/:definitionId/functions/:functionType`, (req, res) => {
    res.json(definitions.findFunction(app(req), defId(req), fnType(req)));
  });
  r.get(`${BASE}/:appId/:definitionId/functions/:functionType/:functionId`, (req, res) => {
    res.json(definitions.findFunction(app(req), defId(req), fnType(req), String(req.params.functionId)));
  });
  r.put(`${BASE}/:appId/:definitionId/functions/:functionType`, text, (req, res) => {
    const { functionType, id } = definitions.putFunction(app(req), defId(req), fnType(req), source(req));
    res.json({ functionType, id });
  });
  r.put(`${BASE}/:appId/:definitionId/functions/:functionType/:functionId`, text, (req, res) => {
    const { functionType, id } = definitions.putFunction(app(req), defId(req), fnType(req), source(req), String(req.params.functionId));
    res.json({ functionType, id });
  });
  r.delete(`${BASE}/:appId/:definitionId/functions/:functionType`, (req, res) => {
    definitions.deleteFunction(app(req), defId(req), fnType(req));
    res.status(204).end();
  });
  r.delete(`${BASE}/:appId/:definitionId/functions/:functionType/:functionId`, (req, res) => {
    definitions.deleteFunction(app(req), defId(req), fnType(req), String(req.params.functionId));
    res.status(204).end();
  });
  return r;
}
