/**
 * The sandbox's own control API under /_sandbox (same token): counts, fault
 * and rate-limit knobs at run time, and writes "as a user in the CRM UI" so
 * tests can make changes the app did not make (webhooks then carry CRM_UI).
 */
import { Router } from 'express';
import { z } from 'zod';
import { HubSpotHttpError } from '../http/errors';
import { objectTypeParam, propertiesSchema } from '../http/params';
import { publicObject } from '../http/serialize';
import { crmUiWriter } from '../store';
import { OBJECT_TYPES } from '../types';
import type { RouteContext } from './context';

export interface FaultControl {
  get(): unknown;
  set(p: Record<string, number>): void;
}

export interface LimitControl {
  setLimits(p: { perTenSeconds?: number; searchPerSecond?: number }): void;
}

export interface AdminDeps extends RouteContext {
  appId: number;
  faults?: FaultControl;
  limits?: LimitControl;
}

const share = z.number().min(0).max(1);
const faultsSchema = z.object({ rate429: share, rate5xx: share, latencyMs: z.number().int().min(0), dropRate: share }).partial().strict();
const limitsSchema = z.object({ perTenSeconds: z.number().int().min(1), searchPerSecond: z.number().int().min(1) }).partial().strict();
const actSchema = z.object({ userId: z.number().int().optional(), properties: propertiesSchema });

export function adminRoutes({ store, appId, faults, limits }: AdminDeps): Router {
  const r = Router();

  r.get('/state', (_req, res) => {
    const counts = Object.fromEntries(OBJECT_TYPES.map((t) => [t, store.count(t)]));
    res.json({ appId, counts, associations: store.associations.total(), owners: store.owners.length, faults: faults?.get() ?? null });
  });

  r.put('/faults', (req, res) => {
    if (!faults) throw new HubSpotHttpError(501, 'Fault injection is not available in this sandbox.');
    faults.set(faultsSchema.parse(req.body));
    res.json(faults.get());
  });

  r.put('/limits', (req, res) => {
    if (!limits) throw new HubSpotHttpError(501, 'Rate limits are not available in this sandbox.');
    const input = limitsSchema.parse(req.body);
    limits.setLimits(input);
    res.json(input);
  });

  const userOf = (userId?: number) => {
    const id = userId ?? store.owners[0]?.userId;
    if (id === undefined) throw new HubSpotHttpError(400, 'No userId given and the portal has no owners to act as.', 'VALIDATION_ERROR');
    return crmUiWriter(id);
  };

  r.post('/act-as-user/:objectType', (req, res) => {
    const type = objectTypeParam(req);
    const input = actSchema.parse(req.body);
    const rec = store.create(type, input.properties, userOf(input.userId));
    res.status(201).json(publicObject(store, rec, { all: true }));
  });

  r.post('/act-as-user/:objectType/:objectId', (req, res) => {
    const type = objectTypeParam(req);
    const input = actSchema.parse(req.body);
    const rec = store.update(type, req.params.objectId!, input.properties, userOf(input.userId));
    res.json(publicObject(store, rec, { all: true }));
  });

  return r;
}
