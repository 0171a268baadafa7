/**
 * Fills a store from a SandboxSeed: owners, pipelines, custom groups and
 * properties, association labels, records with their property history, and
 * associations (the store adds HubSpot's default types and the reverse
 * direction). A seed value HubSpot would reject stops the load with an error
 * naming the record and the property.
 */
import { OBJECT_TYPES, type ObjectType, type PropertyVersion, type SandboxSeed, type SeedRecord } from '../types';
import { associate } from './associate';
import { recomputeAll } from './calculated';
import { PropertyValidationError } from './errors';
import { IMPORTED, type Writer, writeValue } from './records';
import type { Store } from './store';
import { CANONICAL_INSTANT, parseInstant } from './time';
import { checkValue } from './validate';

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed has ${problems.length} invalid entr${problems.length === 1 ? 'y' : 'ies'}:\n${problems.slice(0, 20).join('\n')}`);
    this.name = 'SeedError';
  }
}

export function loadSeed(store: Store, seed: SandboxSeed): void {
  store.silently(() => load(store, seed));
}

function load(store: Store, seed: SandboxSeed): void {
  const problems: string[] = [];
  store.owners = [...store.owners, ...seed.owners];
  for (const type of ['deals', 'tickets'] as const) for (const p of seed.pipelines[type] ?? []) store.registry.addPipeline(type, p);
  for (const type of OBJECT_TYPES) {
    for (const g of seed.customGroups[type] ?? []) store.registry.defineGroup(type, g, { replace: true });
    for (const def of seed.customProperties[type] ?? []) {
      try {
        store.registry.define(type, def, { replace: true });
      } catch (e) {
        problems.push(`${type} property ${def.name}: ${(e as Error).message}`);
      }
    }
  }
  for (const label of seed.labels) store.labels.register(label);
  store.labels.completePairs();
  for (const type of OBJECT_TYPES) for (const rec of seed.records[type] ?? []) loadRecord(store, type, rec, problems);
  for (const a of seed.associations) {
    try {
      associate(store, a.fromType, a.fromId, a.toType, a.toId, a.types, IMPORTED, { primaryIfFirst: true });
    } catch (e) {
      problems.push(`association ${a.fromType}/${a.fromId} → ${a.toType}/${a.toId}: ${(e as Error).message}`);
    }
  }
  if (problems.length > 0) throw new SeedError(problems);
  recomputeAll(store);
}

function loadRecord(store: Store, type: ObjectType, seed: SeedRecord, problems: string[]): void {
  const created = parseInstant(seed.createdAt);
  const updated = seed.updatedAt === undefined ? created : parseInstant(seed.updatedAt);
  if (created === undefined || updated === undefined) {
    problems.push(`${type}/${seed.id}: createdAt/updatedAt must be ISO-8601 instants`);
    return;
  }
  let current: Map<string, string>;
  try {
    current = store.validate(type, seed.properties, { allowReadOnly: true });
  } catch (e) {
    if (!(e instanceof PropertyValidationError)) throw e;
    for (const err of e.errors) problems.push(`${type}/${seed.id} property ${err.name}: ${err.message}`);
    return;
  }
  const rec = store.insert(type, seed.id, updated, IMPORTED, created);
  for (const [name, versions] of Object.entries(seed.history ?? {})) {
    for (const v of versions) {
      const canonical = CANONICAL_INSTANT.test(v.timestamp);
      const at = canonical ? 0 : parseInstant(v.timestamp);
      const value = normalised(store, type, name, v.value);
      if (at === undefined || value === undefined) {
        problems.push(`${type}/${seed.id} history of ${name}: bad version ${JSON.stringify(v)}`);
        continue;
      }
      // A canonical ISO timestamp is kept as the seed wrote it (formatting 10^5 of them again is the load's cost).
      writeValue(rec, name, value, at, writerOf(v), canonical ? v.timestamp : undefined);
    }
  }
  for (const [name, value] of current) {
    if (['hs_object_id', 'createdate', 'hs_createdate', 'lastmodifieddate', 'hs_lastmodifieddate'].includes(name)) continue;
    const earlier = rec.history.get(name);
    const last = earlier?.[earlier.length - 1];
    if (last && last.value === value) continue;
    // A value without history was set when the record was created; one with history, at its last update.
    writeValue(rec, name, value, earlier ? updated : created, last ? writerOf(last) : IMPORTED);
  }
  if (seed.archived) store.archive(type, rec.id, IMPORTED);
}

function normalised(store: Store, type: ObjectType, name: string, value: string): string | undefined {
  const def = store.registry.get(type, name);
  if (!def) return undefined;
  const checked = checkValue(def, value, { ownerExists: (id) => store.owners.some((o) => o.id === id) });
  return checked.ok ? checked.value : undefined;
}

function writerOf(v: PropertyVersion): Writer {
  const w: Writer = { sourceType: v.sourceType };
  if (v.sourceId !== undefined) w.sourceId = v.sourceId;
  if (v.updatedByUserId !== undefined) w.userId = v.updatedByUserId;
  return w;
}
