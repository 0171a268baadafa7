/** Associations v4 labels: read every type between two objects, create and rename USER_DEFINED labels. */
import { Router, type Request } from 'express';
import { z } from 'zod';
import { objectTypeParam } from '../http/params';
import type { RouteContext } from './context';

const createSchema = z.object({ label: z.string().min(1), name: z.string().min(1), inverseLabel: z.string().optional() });
const updateSchema = z.object({ associationTypeId: z.coerce.number().int(), label: z.string().min(1), inverseLabel: z.string().optional() });

/** The client's two spellings of the labels path (DefinitionsApi and the older LabelsApi). */
const PATHS = ['/crm/v4/associations/:fromObjectType/:toObjectType/labels', '/crm/associations/v4/:fromObjectType/:toObjectType/labels'];

export function labelRoutes({ store }: RouteContext): Router {
  const r = Router();
  const pair = (req: Request) => ({ from: objectTypeParam(req, 'fromObjectType'), to: objectTypeParam(req, 'toObjectType') });
  for (const path of PATHS) {
    r.get(path, (req, res) => {
      const { from, to } = pair(req);
      res.json({ results: store.labels.list(from, to) });
    });
    r.post(path, (req, res) => {
      const { from, to } = pair(req);
      const input = createSchema.parse(req.body);
      const [forward, back] = store.labels.create(from, to, input.name, input.label, input.inverseLabel);
      res.status(200).json({
        results: [forward, back].map((l) => ({ category: l.category, typeId: l.typeId, label: l.label })),
      });
    });
    r.put(path, (req, res) => {
      const { from, to } = pair(req);
      const input = updateSchema.parse(req.body);
      store.labels.rename(from, to, input.associationTypeId, input.label, input.inverseLabel);
      res.status(204).end();
    });
  }
  return r;
}
