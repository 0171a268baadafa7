/** CRM v3 batch read / create / update / archive, with HubSpot's limits and 207 partial answers. */
import { Router } from 'express';
import { z } from 'zod';
import { checkBatchSize, HISTORY_BATCH_MAX, notFoundError } from '../http/batch';
import { validationError } from '../http/errors';
import { associationSpecSchema, idSchema, objectTypeParam, propertiesSchema } from '../http/params';
import { batchTimes, publicObject, type View } from '../http/serialize';
import { associate } from '../store';
import { OBJECT_TYPES } from '../types';
import type { RouteContext } from './context';
import { writableType } from './objects';

const readSchema = z.object({
  inputs: z.array(z.object({ id: idSchema })),
  properties: z.array(z.string()).optional(),
  propertiesWithHistory: z.array(z.string()).optional(),
  idProperty: z.string().optional(),
});
const createSchema = z.object({
  inputs: z.array(z.object({
    properties: propertiesSchema,
    associations: z.array(z.object({ to: z.object({ id: idSchema }), types: z.array(associationSpecSchema) })).optional(),
  })),
});
const updateSchema = z.object({
  inputs: z.array(z.object({ id: idSchema, properties: propertiesSchema, idProperty: z.string().optional() })),
});
const archiveSchema = z.object({ inputs: z.array(z.object({ id: idSchema })) });

export function batchRoutes({ store, apiWriter }: RouteContext): Router {
  const r = Router();

  r.post('/crm/v3/objects/:objectType/batch/read', (req, res) => {
    const started = store.now();
    const type = objectTypeParam(req);
    const input = readSchema.parse(req.body);
    checkBatchSize(input.inputs.length);
    if ((input.propertiesWithHistory?.length ?? 0) > 0 && input.inputs.length > HISTORY_BATCH_MAX) {
      throw validationError(`The maximum number of inputs supported in a batch request for property histories is ${HISTORY_BATCH_MAX}. Please reduce the number of items and try again`);
    }
    const view: View = {};
    if (input.properties) view.properties = input.properties;
    if (input.propertiesWithHistory) view.propertiesWithHistory = input.propertiesWithHistory;
    const missing: string[] = [];
    const results = [];
    for (const id of [...new Set(input.inputs.map((i) => i.id))]) {
      const rec = input.idProperty ? store.findBy(type, input.idProperty, id) : store.get(type, id);
      if (rec) results.push(publicObject(store, rec, view));
      else missing.push(id);
    }
    sendBatch(res, 200, results, missing.length ? [notFoundError(type, missing)] : [], started);
  });

  r.post('/crm/v3/objects/:objectType/batch/create', (req, res) => {
    const started = store.now();
    const type = writableType(req.params.objectType!);
    const input = createSchema.parse(req.body);
    checkBatchSize(input.inputs.length);
    // HubSpot rejects the whole batch when any input is invalid.
    const validated = input.inputs.map((i) => store.validate(type, i.properties));
    const created = store.commit(() =>
      validated.map((values, n) => {
        const rec = store.createValidated(type, values, apiWriter);
        for (const a of input.inputs[n]!.associations ?? []) {
          const typeId = a.types[0]?.associationTypeId;
          const toType = OBJECT_TYPES.find((t) => store.labels.list(type, t).some((l) => l.typeId === typeId) && store.get(t, a.to.id));
          if (!toType) throw validationError('One or more associations are invalid', { subCategory: 'crm.associations.INVALID_OBJECT_IDS', context: { objectId: [a.to.id] } });
          associate(store, type, rec.id, toType, a.to.id, a.types.map((t) => ({ category: t.associationCategory, typeId: t.associationTypeId })), apiWriter);
        }
        return rec;
      }),
    );
    sendBatch(res, 201, created.map((rec) => publicObject(store, rec, { all: true })), [], started);
  });

  r.post('/crm/v3/objects/:objectType/batch/update', (req, res) => {
    const started = store.now();
    const type = writableType(req.params.objectType!);
    const input = updateSchema.parse(req.body);
    checkBatchSize(input.inputs.length);
    const targets = input.inputs.map((i) => ({
      rec: i.idProperty ? store.findBy(type, i.idProperty, i.id) : store.get(type, i.id),
      id: i.id,
      values: store.validate(type, i.properties),
    }));
    const missing = targets.filter((t) => !t.rec).map((t) => t.id);
    store.commit(() => {
      for (const t of targets) if (t.rec) store.updateValidated(type, t.rec.id, t.values, apiWriter);
    });
    const results = targets.flatMap((t) => (t.rec ? [publicObject(store, t.rec, { all: true })] : []));
    sendBatch(res, 200, results, missing.length ? [notFoundError(type, missing, 'update')] : [], started);
  });

  r.post('/crm/v3/objects/:objectType/batch/archive', (req, res) => {
    const type = writableType(req.params.objectType!);
    const input = archiveSchema.parse(req.body);
    checkBatchSize(input.inputs.length);
    for (const i of input.inputs) if (store.get(type, i.id)) store.archive(type, i.id, apiWriter);
    res.status(204).end();
  });

  function sendBatch(res: import('express').Response, status: number, results: unknown[], errors: unknown[], started: number): void {
    const body: Record<string, unknown> = { status: 'COMPLETE', results, ...batchTimes(store, started) };
    if (errors.length > 0) {
      body.numErrors = errors.length;
      body.errors = errors;
    }
    res.status(errors.length > 0 ? 207 : status).json(body);
  }

  return r;
}

