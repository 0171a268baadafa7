/**
 * Automation v4 flows (workflows). @hubspot/api-client v14 has no flows
 * client, so the app calls these with `client.apiRequest` or plain HTTP,
 * authenticated with the Bearer token (HubSpot's `automation` scope).
 */
import { Router } from 'express';
import { stringParam } from '../http/params';
import { flowCreate, flowPut } from './flow-schema';
import type { Flows } from './flows';
import { page, pageParams, parseBody } from './validation';

const BASE = '/automation/v4/flows';
/** HubSpot's spec: `limit` defaults to 100. */
const DEFAULT_LIMIT = 100;

export function flowRoutes(flows: Flows): Router {
  const r = Router();
  const flowId = (raw: unknown) => stringParam(raw) ?? '';
  r.get(BASE, (req, res) => res.json(page(flows.list(), pageParams(req.query, DEFAULT_LIMIT))));
  r.post(BASE, (req, res) => {
    res.status(201).json(flows.create(parseBody(flowCreate, req.body)));
  });
  r.get(`${BASE}/:flowId`, (req, res) => res.json(flows.get(flowId(req.params.flowId))));
  r.put(`${BASE}/:flowId`, (req, res) => {
    const id = flowId(req.params.flowId);
    res.json(flows.replace(id, parseBody(flowPut, req.body)));
  });
  r.delete(`${BASE}/:flowId`, (req, res) => {
    flows.delete(flowId(req.params.flowId));
    res.status(204).end();
  });
  return r;
}
