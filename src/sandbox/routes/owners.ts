/** CRM Owners v3: list with email filter and paging, get one by id or userId. */
import { Router } from 'express';
import { HubSpotHttpError } from '../http/errors';
import { boolParam, intParam, stringParam } from '../http/params';
import type { Owner } from '../types';
import type { RouteContext } from './context';

const MAX = 500;

export function ownerRoutes({ store }: RouteContext): Router {
  const r = Router();
  r.get('/crm/v3/owners', (req, res) => {
    const email = stringParam(req.query.email)?.toLowerCase();
    const archived = boolParam(req.query.archived);
    const owners = store.owners.filter((o) => o.archived === archived && (!email || o.email.toLowerCase() === email));
    const limit = Math.min(intParam(req.query.limit, 'limit', 100), MAX);
    const after = stringParam(req.query.after);
    const offset = after && /^\d+$/.test(after) ? Number(after) : 0;
    const body: Record<string, unknown> = { results: owners.slice(offset, offset + limit).map(ownerJson) };
    if (offset + limit < owners.length) body.paging = { next: { after: String(offset + limit) } };
    res.json(body);
  });
  r.get('/crm/v3/owners/:ownerId', (req, res) => {
    const byUser = stringParam(req.query.idProperty) === 'userId';
    const id = req.params.ownerId!;
    const owner = store.owners.find((o) => (byUser ? String(o.userId) === id : o.id === id) && o.archived === boolParam(req.query.archived));
    if (!owner) throw new HubSpotHttpError(404, `Owner ${id} not found`, 'OBJECT_NOT_FOUND', { context: { id: [id] } });
    res.json(ownerJson(owner));
  });
  return r;
}

function ownerJson(o: Owner): Record<string, unknown> {
  return {
    id: o.id, email: o.email, type: 'PERSON', firstName: o.firstName, lastName: o.lastName,
    userId: o.userId, userIdIncludingInactive: o.userId, createdAt: o.createdAt, updatedAt: o.updatedAt,
    archived: o.archived, teams: o.teams ?? [],
  };
}
