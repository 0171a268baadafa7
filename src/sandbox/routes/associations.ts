/** Associations v4: batch read (≤ 1,000 ids), per-record list, create (labelled and default), archive. */
import { Router, type Request } from 'express';
import { z } from 'zod';
import { checkBatchSize } from '../http/batch';
import { associationSpecSchema, idSchema, intParam, objectTypeParam, stringParam } from '../http/params';
import { batchTimes } from '../http/serialize';
import { defaultAssociationTypes, OBJECT_META } from '../schema';
import { associate, dissociate, StoreError, type Store } from '../store';
import type { AssociationType, ObjectType } from '../types';
import { validationError } from '../http/errors';
import type { RouteContext } from './context';

const READ_MAX = 1000;
const PAGE = 500;

const readSchema = z.object({ inputs: z.array(z.object({ id: idSchema, after: idSchema.optional() })) });
const specsSchema = z.array(associationSpecSchema);
const createSchema = z.object({
  inputs: z.array(z.object({ from: z.object({ id: idSchema }), to: z.object({ id: idSchema }), types: specsSchema })),
});
const defaultSchema = z.object({ inputs: z.array(z.object({ from: z.object({ id: idSchema }), to: z.object({ id: idSchema }) })) });
const archiveSchema = z.object({
  inputs: z.array(z.object({ from: z.object({ id: idSchema }), to: z.array(z.object({ id: idSchema })) })),
});

export function associationRoutes({ store, apiWriter }: RouteContext): Router {
  const r = Router();
  const pair = (req: Request) => ({ from: objectTypeParam(req, 'fromObjectType'), to: objectTypeParam(req, 'toObjectType') });

  r.post('/crm/v4/associations/:fromObjectType/:toObjectType/batch/read', (req, res) => {
    const started = store.now();
    const { from, to } = pair(req);
    const input = readSchema.parse(req.body);
    checkBatchSize(input.inputs.length, READ_MAX);
    const results: unknown[] = [];
    const errors: unknown[] = [];
    const seen = new Set<string>();
    for (const { id, after } of input.inputs) {
      if (seen.has(id)) continue;
      seen.add(id);
      const all = store.get(from, id) ? store.associations.list(from, id, to) : [];
      if (all.length === 0) {
        errors.push(noAssociations(from, to, id));
        continue;
      }
      const offset = after && /^\d+$/.test(after) ? Number(after) : 0;
      const entry: Record<string, unknown> = { from: { id }, to: all.slice(offset, offset + PAGE).map((a) => toJson(store, from, to, a.toId, a.types)) };
      if (offset + PAGE < all.length) entry.paging = { next: { after: String(offset + PAGE) } };
      results.push(entry);
    }
    const body: Record<string, unknown> = { status: 'COMPLETE', results, ...batchTimes(store, started) };
    if (errors.length > 0) Object.assign(body, { numErrors: errors.length, errors });
    res.status(errors.length > 0 ? 207 : 200).json(body);
  });

  r.get('/crm/v4/objects/:fromObjectType/:objectId/associations/:toObjectType', (req, res) => {
    const { from, to } = pair(req);
    const all = store.associations.list(from, req.params.objectId!, to);
    const limit = Math.min(intParam(req.query.limit, 'limit', PAGE), PAGE);
    const after = stringParam(req.query.after);
    const offset = after && /^\d+$/.test(after) ? Number(after) : 0;
    const body: Record<string, unknown> = { results: all.slice(offset, offset + limit).map((a) => toJson(store, from, to, a.toId, a.types)) };
    if (offset + limit < all.length) body.paging = { next: { after: String(offset + limit) } };
    res.json(body);
  });

  r.put('/crm/v4/objects/:fromObjectType/:objectId/associations/default/:toObjectType/:toObjectId', (req, res) => {
    const started = store.now();
    const { from, to } = pair(req);
    const result = createDefault(store, from, req.params.objectId!, to, req.params.toObjectId!);
    res.json({ status: 'COMPLETE', results: [result], ...batchTimes(store, started) });
  });

  r.put('/crm/v4/objects/:fromObjectType/:objectId/associations/:toObjectType/:toObjectId', (req, res) => {
    const { from, to } = pair(req);
    const types = specsSchema.parse(req.body).map(specToType);
    const fromId = req.params.objectId!;
    const toId = req.params.toObjectId!;
    const present = associate(store, from, fromId, to, toId, types, apiWriter);
    res.status(201).json(labelsBetween(store, from, fromId, to, toId, present));
  });

  r.delete('/crm/v4/objects/:fromObjectType/:objectId/associations/:toObjectType/:toObjectId', (req, res) => {
    const { from, to } = pair(req);
    dissociate(store, from, req.params.objectId!, to, req.params.toObjectId!, apiWriter);
    res.status(204).end();
  });

  r.post('/crm/v4/associations/:fromObjectType/:toObjectType/batch/create', (req, res) => {
    const started = store.now();
    const { from, to } = pair(req);
    const input = createSchema.parse(req.body);
    checkBatchSize(input.inputs.length);
    const results: unknown[] = [];
    const errors: unknown[] = [];
    for (const i of input.inputs) {
      try {
        const present = associate(store, from, i.from.id, to, i.to.id, i.types.map(specToType), apiWriter);
        results.push(labelsBetween(store, from, i.from.id, to, i.to.id, present));
      } catch (e) {
        if (!(e instanceof StoreError)) throw e;
        errors.push({ status: 'error', category: e.kind === 'NOT_FOUND' ? 'OBJECT_NOT_FOUND' : 'VALIDATION_ERROR', message: e.message, context: e.context ?? {}, errors: [], links: {} });
      }
    }
    const body: Record<string, unknown> = { status: 'COMPLETE', results, ...batchTimes(store, started) };
    if (errors.length > 0) Object.assign(body, { numErrors: errors.length, errors });
    res.status(errors.length > 0 ? 207 : 201).json(body);
  });

  r.post('/crm/v4/associations/:fromObjectType/:toObjectType/batch/associate/default', (req, res) => {
    const started = store.now();
    const { from, to } = pair(req);
    const input = defaultSchema.parse(req.body);
    checkBatchSize(input.inputs.length);
    const results = input.inputs.map((i) => createDefault(store, from, i.from.id, to, i.to.id));
    res.json({ status: 'COMPLETE', results, ...batchTimes(store, started) });
  });

  r.post('/crm/v4/associations/:fromObjectType/:toObjectType/batch/archive', (req, res) => {
    const { from, to } = pair(req);
    const input = archiveSchema.parse(req.body);
    checkBatchSize(input.inputs.length);
    for (const i of input.inputs) for (const t of i.to) dissociate(store, from, i.from.id, to, t.id, apiWriter);
    res.status(204).end();
  });

  r.post('/crm/v4/associations/:fromObjectType/:toObjectType/batch/labels/archive', (req, res) => {
    const { from, to } = pair(req);
    const input = createSchema.parse(req.body);
    checkBatchSize(input.inputs.length);
    for (const i of input.inputs) for (const t of i.types) dissociate(store, from, i.from.id, to, i.to.id, apiWriter, t.associationTypeId);
    res.status(204).end();
  });

  function createDefault(s: Store, from: ObjectType, fromId: string, to: ObjectType, toId: string) {
    const d = defaultAssociationTypes(from, to);
    if (!d) throw validationError(`There is no default association from ${from} to ${to}.`);
    associate(s, from, fromId, to, toId, [], apiWriter, { primaryIfFirst: true });
    return { from: { id: fromId }, to: { id: toId }, associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: d.unlabeled } };
  }

  return r;
}

function specToType(s: z.infer<typeof associationSpecSchema>): AssociationType {
  return { category: s.associationCategory, typeId: s.associationTypeId };
}

function toJson(store: Store, from: ObjectType, to: ObjectType, toId: string, types: AssociationType[]) {
  return {
    // HubSpot sends toObjectId as a JSON number (while from.id is a string).
    toObjectId: Number(toId),
    associationTypes: types.map((t) => ({ category: t.category, typeId: t.typeId, label: store.labels.find(from, to, t.category, t.typeId)?.label ?? null })),
  };
}

function labelsBetween(store: Store, from: ObjectType, fromId: string, to: ObjectType, toId: string, types: AssociationType[]) {
  return {
    fromObjectTypeId: OBJECT_META[from].typeId,
    fromObjectId: Number(fromId),
    toObjectTypeId: OBJECT_META[to].typeId,
    toObjectId: Number(toId),
    labels: types.flatMap((t) => store.labels.find(from, to, t.category, t.typeId)?.label ?? []),
  };
}

function noAssociations(from: ObjectType, to: ObjectType, id: string) {
  const f = OBJECT_META[from].singular;
  const t = OBJECT_META[to].singular;
  return {
    status: 'error',
    category: 'OBJECT_NOT_FOUND',
    subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND',
    message: `No ${t} is associated with ${f} ${id}.`,
    context: { fromObjectId: [id], fromObjectType: [f], toObjectType: [t] },
    errors: [],
    links: {},
  };
}
