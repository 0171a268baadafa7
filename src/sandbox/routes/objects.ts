/** CRM v3 objects: get, list with paging, create, update, archive. */
import { Router } from 'express';
import { z } from 'zod';
import { associate, compareIds } from '../store';
import { OBJECT_TYPES, type ObjectType } from '../types';
import { HubSpotHttpError } from '../http/errors';
import { associationSpecSchema, boolParam, idSchema, intParam, listParam, objectTypeParam, propertiesSchema, stringParam } from '../http/params';
import { publicObject, type View } from '../http/serialize';
import { resolveObjectType } from '../schema';
import type { RouteContext } from './context';

const createSchema = z.object({
  properties: propertiesSchema,
  associations: z.array(z.object({ to: z.object({ id: idSchema }), types: z.array(associationSpecSchema) })).optional(),
});
const updateSchema = z.object({ properties: propertiesSchema });

const LIST_MAX = 100;
/** HubSpot serves at most 50 records a page when their property history is asked for. */
const HISTORY_LIST_MAX = 50;

export function objectRoutes({ store, apiWriter }: RouteContext): Router {
  const r = Router();

  r.get('/crm/v3/objects/:objectType', (req, res) => {
    const type = objectTypeParam(req);
    const view = viewOf(req.query);
    const max = view.propertiesWithHistory?.length ? HISTORY_LIST_MAX : LIST_MAX;
    const limit = Math.min(intParam(req.query.limit, 'limit', 10), max);
    const after = stringParam(req.query.after);
    // `archived=true` lists only archived records, as HubSpot does.
    const records = boolParam(req.query.archived) ? store.listArchived(type) : store.list(type);
    const start = after === undefined ? 0 : records.findIndex((rec) => compareIds(rec.id, after) >= 0);
    const from = start < 0 ? records.length : start;
    const page = records.slice(from, from + limit);
    const body: Record<string, unknown> = { results: page.map((rec) => publicObject(store, rec, view)) };
    const next = records[from + limit];
    if (next) body.paging = { next: { after: next.id, link: `${req.baseUrl}${req.path}?after=${next.id}` } };
    res.json(body);
  });

  r.get('/crm/v3/objects/:objectType/:objectId', (req, res) => {
    const type = objectTypeParam(req);
    const id = req.params.objectId!;
    const rec = boolParam(req.query.archived)
      ? store.getArchived(type, id) ?? notFound(id)
      : findRecord(id, type, stringParam(req.query.idProperty));
    res.json(publicObject(store, rec, viewOf(req.query)));
  });

  r.post('/crm/v3/objects/:objectType', (req, res) => {
    const type = writableType(req.params.objectType!);
    const input = createSchema.parse(req.body);
    const values = store.validate(type, input.properties);
    const rec = store.commit(() => {
      const created = store.createValidated(type, values, apiWriter);
      for (const a of input.associations ?? []) {
        const toType = associationTarget(type, a.types[0]?.associationTypeId, a.to.id);
        associate(store, type, created.id, toType, a.to.id,
          a.types.map((t) => ({ category: t.associationCategory, typeId: t.associationTypeId })), apiWriter);
      }
      return created;
    });
    res.status(201).location(`${req.baseUrl}/crm/v3/objects/${type}/${rec.id}`).json(publicObject(store, rec, { all: true }));
  });

  r.patch('/crm/v3/objects/:objectType/:objectId', (req, res) => {
    const type = writableType(req.params.objectType!);
    const input = updateSchema.parse(req.body);
    const rec = findRecord(req.params.objectId!, type, stringParam(req.query.idProperty));
    store.update(type, rec.id, input.properties, apiWriter);
    res.json(publicObject(store, rec, { all: true }));
  });

  r.delete('/crm/v3/objects/:objectType/:objectId', (req, res) => {
    const type = writableType(req.params.objectType!);
    const rec = store.get(type, req.params.objectId!);
    if (rec) store.archive(type, rec.id, apiWriter);
    res.status(204).end();
  });

  function findRecord(id: string, type: ObjectType, idProperty?: string) {
    const rec = idProperty ? store.findBy(type, idProperty, id) : store.get(type, id);
    return rec ?? notFound(id);
  }

  function notFound(id: string): never {
    throw new HubSpotHttpError(404, 'resource not found', 'OBJECT_NOT_FOUND', { context: { id: [id] } });
  }

  /** Which object type an inline association on create points at: the one whose records hold that id and accept the type id. */
  function associationTarget(from: ObjectType, typeId: number | undefined, toId: string): ObjectType {
    const candidates = OBJECT_TYPES.filter((t) => store.labels.list(from, t).some((l) => l.typeId === typeId));
    const hit = candidates.find((t) => store.get(t, toId));
    if (!hit) {
      throw new HubSpotHttpError(400, 'One or more associations are invalid', 'VALIDATION_ERROR', {
        subCategory: 'crm.associations.INVALID_OBJECT_IDS', context: { objectId: [toId] },
      });
    }
    return hit;
  }

  return r;
}

/** The object type of a write; feedback submissions are read-only in HubSpot's API. */
export function writableType(segment: string): ObjectType {
  const type = resolveObjectType(segment);
  if (!type) throw new HubSpotHttpError(400, `Unable to infer object type from: ${segment}`, 'VALIDATION_ERROR');
  if (type === 'feedback_submissions') {
    throw new HubSpotHttpError(405, 'Feedback submissions are read-only through the API.', 'METHOD_NOT_ALLOWED');
  }
  return type;
}

export function viewOf(q: Record<string, unknown>): View {
  const view: View = {};
  const properties = listParam(q.properties);
  if (properties) view.properties = properties;
  const history = listParam(q.propertiesWithHistory);
  if (history) view.propertiesWithHistory = history;
  const associations = listParam(q.associations)?.flatMap((a) => resolveObjectType(a) ?? []);
  if (associations) view.associations = associations;
  return view;
}
