/** CRM v3 search: POST /crm/v3/objects/{type}/search. */
import { Router } from 'express';
import { objectTypeParam } from '../http/params';
import { publicObject, type View } from '../http/serialize';
import { runSearch } from '../search/engine';
import { searchRequestSchema } from '../search/request';
import type { RouteContext } from './context';

export function searchRoutes({ store }: RouteContext): Router {
  const r = Router();
  r.post('/crm/v3/objects/:objectType/search', (req, res) => {
    const type = objectTypeParam(req);
    const input = searchRequestSchema.parse(req.body ?? {});
    const result = runSearch(store, type, input);
    const view: View = input.properties && input.properties.length > 0 ? { properties: input.properties } : {};
    const body: Record<string, unknown> = {
      total: result.total,
      results: result.records.map((rec) => publicObject(store, rec, view)),
    };
    if (result.nextAfter) body.paging = { next: { after: result.nextAfter } };
    res.json(body);
  });
  return r;
}
