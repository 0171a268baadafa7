/**
 * CRM search over the store: filter groups OR-ed, filters inside a group
 * AND-ed, `associations.<object>` pseudo-properties, free-text `query`,
 * sorts, offset paging with HubSpot's limits.
 */
import { OBJECT_META, resolveObjectType } from '../schema';
import { compareIds, type Store, type StoredRecord } from '../store';
import type { ObjectType } from '../types';
import { validationError } from '../http/errors';
import { comparable, matches } from './match';
import { checkLimits, filterGroupsOf, type Filter, type SearchRequest, type Sort } from './request';

export interface SearchResult {
  total: number;
  records: StoredRecord[];
  /** Offset of the next page, when more results remain. */
  nextAfter?: string;
}

export function runSearch(store: Store, type: ObjectType, req: SearchRequest): SearchResult {
  const { offset, limit } = checkLimits(req);
  const groups = filterGroupsOf(req).map((g) => g.map((f) => compile(store, type, f)));
  const sorts = (req.sorts ?? []).map((s) => sorter(store, type, s));
  const query = req.query?.trim().toLowerCase();
  const hits = candidates(store, type, filterGroupsOf(req)).filter(
    (rec) => (groups.length === 0 || groups.some((g) => g.every((test) => test(rec)))) && (!query || matchesQuery(rec, type, query)),
  );
  hits.sort((a, b) => {
    for (const s of sorts) {
      const d = s(a, b);
      if (d !== 0) return d;
    }
    return compareIds(a.id, b.id);
  });
  const result: SearchResult = { total: hits.length, records: hits.slice(offset, offset + limit) };
  if (offset + limit < hits.length) result.nextAfter = String(offset + limit);
  return result;
}

type Test = (rec: StoredRecord) => boolean;

/**
 * The records a search has to look at: when every filter group pins
 * hs_object_id (EQ or IN), only those records can match, so they are fetched
 * by id instead of scanning the whole type. Same results, index speed.
 */
function candidates(store: Store, type: ObjectType, groups: Filter[][]): StoredRecord[] {
  const pinned: string[] = [];
  for (const g of groups) {
    const f = g.find((x) => x.propertyName === 'hs_object_id' && (x.operator === 'EQ' || x.operator === 'IN'));
    if (!f) return store.list(type);
    pinned.push(...(f.operator === 'EQ' ? [f.value ?? ''] : f.values ?? []));
  }
  if (groups.length === 0) return store.list(type);
  const ids = [...new Set(pinned.map((v) => v.trim()))];
  return [...new Set(ids.flatMap((id) => (/^\d+$/.test(id) ? [String(Number(id))] : [])))].flatMap((id) => store.get(type, id) ?? []);
}

function compile(store: Store, type: ObjectType, f: Filter): Test {
  const assoc = /^associations\.(.+)$/.exec(f.propertyName);
  if (assoc) {
    const toType = resolveObjectType(assoc[1]!);
    if (!toType) throw unknownProperty(f.propertyName);
    const ids = f.operator === 'IN' || f.operator === 'NOT_IN' ? f.values ?? [] : [f.value ?? ''];
    return (rec) => {
      const linked = ids.some((id) => store.associations.has(type, rec.id, toType, id));
      const any = store.associations.count(type, rec.id, toType) > 0;
      if (f.operator === 'HAS_PROPERTY') return any;
      if (f.operator === 'NOT_HAS_PROPERTY') return !any;
      return f.operator === 'NEQ' || f.operator === 'NOT_IN' ? !linked : linked;
    };
  }
  const def = store.registry.get(type, f.propertyName);
  if (!def) throw unknownProperty(f.propertyName);
  if (f.operator === 'BETWEEN' && (f.value == null || f.highValue == null)) {
    throw validationError(`BETWEEN on ${f.propertyName} needs both value and highValue.`);
  }
  if ((f.operator === 'IN' || f.operator === 'NOT_IN') && !f.values) {
    throw validationError(`${f.operator} on ${f.propertyName} needs values.`);
  }
  if (f.operator === 'IN' && !(def.type === 'enumeration' && def.fieldType === 'checkbox')) {
    // Same answers as matches(): equality of comparable forms, looked up in a set
    // instead of compared value by value (a 100-id IN filter on 40k records).
    const wanted = new Set((f.values ?? []).map((v) => comparable(def, v)).filter((v) => v !== undefined));
    return (rec) => {
      const stored = rec.values.get(f.propertyName);
      if (stored === undefined || stored === '') return false;
      const c = comparable(def, stored);
      return c !== undefined && wanted.has(c);
    };
  }
  return (rec) => matches(def, rec.values.get(f.propertyName), f);
}

function sorter(store: Store, type: ObjectType, s: Sort): (a: StoredRecord, b: StoredRecord) => number {
  const def = store.registry.get(type, s.propertyName);
  if (!def) throw unknownProperty(s.propertyName);
  const sign = s.direction === 'DESCENDING' ? -1 : 1;
  return (a, b) => {
    const x = comparable(def, a.values.get(s.propertyName) ?? '');
    const y = comparable(def, b.values.get(s.propertyName) ?? '');
    const xEmpty = x === undefined || x === '';
    const yEmpty = y === undefined || y === '';
    // Records without a value come last in either direction.
    if (xEmpty || yEmpty) return xEmpty === yEmpty ? 0 : xEmpty ? 1 : -1;
    return x! < y! ? -sign : x! > y! ? sign : 0;
  };
}

function matchesQuery(rec: StoredRecord, type: ObjectType, query: string): boolean {
  return OBJECT_META[type].queryProperties.some((p) => (rec.values.get(p) ?? '').toLowerCase().includes(query));
}

function unknownProperty(name: string) {
  return validationError(`There was a problem with the request: property ${name} does not exist.`, {
    context: { propertyName: [name] },
  });
}
