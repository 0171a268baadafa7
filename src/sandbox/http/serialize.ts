/**
 * Records in HubSpot's response shape (SimplePublicObject and friends):
 * string values, `null` for requested but unset properties, history newest
 * first, ISO dates, v3 association lists.
 */
import { alwaysReturned, defaultAssociationTypes, OBJECT_META } from '../schema';
import type { Store, StoredRecord } from '../store';
import type { AssociationType, ObjectType } from '../types';

export interface View {
  /** Requested properties; the type's defaults when absent. */
  properties?: string[];
  propertiesWithHistory?: string[];
  associations?: ObjectType[];
  /** Return every property that has a value (create and update responses). */
  all?: boolean;
}

export function publicObject(store: Store, rec: StoredRecord, view: View = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: rec.id,
    properties: propertiesOf(store, rec, view),
    createdAt: rec.createdAt,
    updatedAt: rec.updatedAt,
    archived: rec.archived,
  };
  if (rec.archivedAt) out.archivedAt = rec.archivedAt;
  if (view.propertiesWithHistory && view.propertiesWithHistory.length > 0) {
    out.propertiesWithHistory = historyOf(store, rec, view.propertiesWithHistory);
  }
  if (view.associations && view.associations.length > 0) {
    const assoc = associationsOf(store, rec, view.associations);
    if (Object.keys(assoc).length > 0) out.associations = assoc;
  }
  return out;
}

function propertiesOf(store: Store, rec: StoredRecord, view: View): Record<string, string | null> {
  let names: string[];
  if (view.all) names = [...rec.values.keys()];
  else if (view.properties) names = [...view.properties, ...alwaysReturned(rec.type)];
  else names = OBJECT_META[rec.type].defaultProperties;
  const props: Record<string, string | null> = {};
  for (const name of [...new Set(names)].sort()) {
    // HubSpot leaves out names it does not know instead of failing the read.
    if (!store.registry.get(rec.type, name)) continue;
    props[name] = rec.values.get(name) ?? null;
  }
  return props;
}

function historyOf(store: Store, rec: StoredRecord, names: string[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const name of [...new Set(names)].sort()) {
    if (!store.registry.get(rec.type, name)) continue;
    out[name] = [...(rec.history.get(name) ?? [])].reverse();
  }
  return out;
}

function associationsOf(store: Store, rec: StoredRecord, toTypes: ObjectType[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const toType of [...new Set(toTypes)]) {
    const results = store.associations.list(rec.type, rec.id, toType).flatMap((a) =>
      a.types.map((t) => ({ id: a.toId, type: v3TypeName(store, rec.type, toType, t) })),
    );
    if (results.length > 0) out[toType] = { results };
  }
  return out;
}

/** v3's association type names: "contact_to_company" (primary), "contact_to_company_unlabeled", label names. */
export function v3TypeName(store: Store, from: ObjectType, to: ObjectType, t: AssociationType): string {
  const base = `${OBJECT_META[from].singular}_to_${OBJECT_META[to].singular}`;
  if (t.category === 'HUBSPOT_DEFINED') {
    const d = defaultAssociationTypes(from, to);
    return d?.primary !== undefined && t.typeId === d.unlabeled ? `${base}_unlabeled` : base;
  }
  const label = store.labels.find(from, to, t.category, t.typeId)?.label;
  return (label ?? String(t.typeId)).toLowerCase().replace(/\s+/g, '_');
}

/** Batch envelope timestamps: HubSpot reports when it received, started and finished the batch. */
export function batchTimes(store: Store, startedAtMs: number): { requestedAt: string; startedAt: string; completedAt: string } {
  const startedAt = new Date(startedAtMs).toISOString();
  return { requestedAt: startedAt, startedAt, completedAt: new Date(store.now()).toISOString() };
}
