/** CRM Pipelines v3 for deals and tickets (read). */
import { Router, type Request } from 'express';
import { HubSpotHttpError } from '../http/errors';
import type { PipelineObjectType } from '../schema';
import type { StoredPipeline } from '../store/registry';
import type { RouteContext } from './context';

export function pipelineRoutes({ store }: RouteContext): Router {
  const r = Router();
  const typeOf = (req: Request): PipelineObjectType => {
    const t = String(req.params.objectType);
    if (t === 'deals' || t === 'deal' || t === '0-3') return 'deals';
    if (t === 'tickets' || t === 'ticket' || t === '0-5') return 'tickets';
    throw new HubSpotHttpError(400, `Pipelines are not supported for object type ${t}`, 'VALIDATION_ERROR');
  };
  const find = (req: Request) => {
    const p = store.registry.getPipeline(typeOf(req), String(req.params.pipelineId));
    if (!p) throw new HubSpotHttpError(404, `Pipeline ${req.params.pipelineId} not found`, 'OBJECT_NOT_FOUND');
    return p;
  };
  r.get('/crm/v3/pipelines/:objectType', (req, res) => {
    res.json({ results: store.registry.listPipelines(typeOf(req)).map(pipelineJson) });
  });
  r.get('/crm/v3/pipelines/:objectType/:pipelineId', (req, res) => res.json(pipelineJson(find(req))));
  r.get('/crm/v3/pipelines/:objectType/:pipelineId/stages', (req, res) => res.json({ results: pipelineJson(find(req)).stages }));
  return r;
}

function pipelineJson(p: StoredPipeline) {
  return {
    id: p.id, label: p.label, displayOrder: p.displayOrder, createdAt: p.createdAt, updatedAt: p.updatedAt, archived: false,
    stages: p.stages.map((s) => ({
      id: s.id, label: s.label, displayOrder: s.displayOrder, metadata: s.metadata,
      createdAt: p.createdAt, updatedAt: p.updatedAt, archived: false, writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
    })),
  };
}
