/**
 * Creating and removing associations with HubSpot's rules: a type must be
 * defined for the direction, the unlabeled default type always accompanies a
 * label, the reverse direction is stored too, and a record has at most one
 * "Primary" company.
 */
import { defaultAssociationTypes } from '../schema';
import type { AssociationType, ObjectType } from '../types';
import { notFound, StoreError } from './errors';
import { source, type Writer } from './records';
import type { Store } from './store';

export interface AssociateOptions {
  /** Make this the primary company when the record has none yet (HubSpot does so for the first company). */
  primaryIfFirst?: boolean;
}

/** Associates two records with the given types (plus the default); returns the forward types now present. */
export function associate(
  store: Store,
  fromType: ObjectType,
  fromId: string,
  toType: ObjectType,
  toId: string,
  types: AssociationType[],
  writer: Writer,
  options: AssociateOptions = {},
): AssociationType[] {
  if (!store.get(fromType, fromId)) throw notFound(fromType, fromId);
  if (!store.get(toType, toId)) throw notFound(toType, toId);
  const defaults = defaultAssociationTypes(fromType, toType);
  for (const t of types) {
    if (!store.labels.find(fromType, toType, t.category, t.typeId)) {
      throw new StoreError('VALIDATION', `${t.category} association type ${t.typeId} is not defined from ${fromType} to ${toType}.`, {
        associationTypeId: [String(t.typeId)],
      }, 'crm.associations.INVALID_ASSOCIATION_TYPE');
    }
  }
  const wanted: AssociationType[] = [...types];
  if (defaults) wanted.push({ category: 'HUBSPOT_DEFINED', typeId: defaults.unlabeled });
  if (defaults?.primary !== undefined && options.primaryIfFirst && !store.associations.hasType(fromType, fromId, toType, defaults.primary)) {
    wanted.push({ category: 'HUBSPOT_DEFINED', typeId: defaults.primary });
  }
  return store.commit(() => {
    const at = store.now();
    for (const t of wanted) {
      if (defaults?.primary === t.typeId && t.category === 'HUBSPOT_DEFINED') movePrimary(store, fromType, fromId, toType, toId, defaults.primary, writer, at);
      addBothWays(store, fromType, fromId, toType, toId, t, writer, at);
    }
    return store.associations.typesBetween(fromType, fromId, toType, toId);
  });
}

/** Removes one type (or all types) between two records, in both directions. */
export function dissociate(
  store: Store,
  fromType: ObjectType,
  fromId: string,
  toType: ObjectType,
  toId: string,
  writer: Writer,
  typeId?: number,
): void {
  store.commit(() => {
    const at = store.now();
    const removed = store.associations.remove(fromType, fromId, toType, toId, typeId);
    for (const t of removed) {
      store.queue(change(fromType, fromId, toType, toId, t.typeId, true, writer, at));
      const back = store.labels.reverseOf(fromType, toType, t.category, t.typeId);
      if (back === undefined) continue;
      if (store.associations.remove(toType, toId, fromType, fromId, back).length > 0) {
        store.queue(change(toType, toId, fromType, fromId, back, true, writer, at));
      }
    }
    // Without its default type an association is gone: HubSpot keeps no label without it.
    const d = defaultAssociationTypes(fromType, toType);
    if (typeId !== undefined && d && typeId === d.unlabeled) dissociate(store, fromType, fromId, toType, toId, writer);
  });
}

function addBothWays(
  store: Store, fromType: ObjectType, fromId: string, toType: ObjectType, toId: string,
  t: AssociationType, writer: Writer, at: number,
): void {
  if (store.associations.add(fromType, fromId, toType, toId, t)) {
    store.queue(change(fromType, fromId, toType, toId, t.typeId, false, writer, at));
  }
  const back = store.labels.reverseOf(fromType, toType, t.category, t.typeId);
  if (back !== undefined && store.associations.add(toType, toId, fromType, fromId, { category: t.category, typeId: back })) {
    store.queue(change(toType, toId, fromType, fromId, back, false, writer, at));
  }
}

function movePrimary(
  store: Store, fromType: ObjectType, fromId: string, toType: ObjectType, toId: string,
  primary: number, writer: Writer, at: number,
): void {
  for (const other of store.associations.list(fromType, fromId, toType)) {
    if (other.toId === toId || !other.types.some((t) => t.typeId === primary)) continue;
    store.associations.remove(fromType, fromId, toType, other.toId, primary);
    store.queue(change(fromType, fromId, toType, other.toId, primary, true, writer, at));
    const back = store.labels.reverseOf(fromType, toType, 'HUBSPOT_DEFINED', primary);
    if (back !== undefined) {
      store.associations.remove(toType, other.toId, fromType, fromId, back);
      store.queue(change(toType, other.toId, fromType, fromId, back, true, writer, at));
    }
  }
}

function change(
  fromType: ObjectType, fromId: string, toType: ObjectType, toId: string,
  typeId: number, removed: boolean, writer: Writer, at: number,
) {
  return {
    kind: 'associationChange' as const,
    fromObjectType: fromType, fromObjectId: fromId, toObjectType: toType, toObjectId: toId,
    associationTypeId: typeId, removed, occurredAt: at, ...source(writer),
  };
}
