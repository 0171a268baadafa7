/**
 * Associations between records, stored per direction: every association is
 * kept from A to B and from B to A, each with its own type ids (HubSpot's
 * 279 contact→company is 280 company→contact).
 */
import type { AssociationCategory, AssociationType, ObjectType } from '../types';

type TypeMap = Map<number, AssociationCategory>;

export interface AssociatedRecord {
  toId: string;
  types: AssociationType[];
}

export class AssociationIndex {
  // from "type:id" → to type → to id → type id → category
  private readonly edges = new Map<string, Map<ObjectType, Map<string, TypeMap>>>();

  /** Adds one type to one direction; true when it was not there before. */
  add(fromType: ObjectType, fromId: string, toType: ObjectType, toId: string, type: AssociationType): boolean {
    const key = `${fromType}:${fromId}`;
    let byType = this.edges.get(key);
    if (!byType) this.edges.set(key, (byType = new Map()));
    let byId = byType.get(toType);
    if (!byId) byType.set(toType, (byId = new Map()));
    let types = byId.get(toId);
    if (!types) byId.set(toId, (types = new Map()));
    if (types.has(type.typeId)) return false;
    types.set(type.typeId, type.category);
    return true;
  }

  /** Removes one type (or, without a type id, every type) from one direction; returns the removed types. */
  remove(fromType: ObjectType, fromId: string, toType: ObjectType, toId: string, typeId?: number): AssociationType[] {
    const byId = this.edges.get(`${fromType}:${fromId}`)?.get(toType);
    const types = byId?.get(toId);
    if (!byId || !types) return [];
    const removed: AssociationType[] = [];
    for (const [id, category] of [...types]) {
      if (typeId === undefined || id === typeId) {
        types.delete(id);
        removed.push({ category, typeId: id });
      }
    }
    if (types.size === 0) byId.delete(toId);
    return removed;
  }

  /** Records of one type associated with a record, ordered by id, with their types. */
  list(fromType: ObjectType, fromId: string, toType: ObjectType): AssociatedRecord[] {
    const byId = this.edges.get(`${fromType}:${fromId}`)?.get(toType);
    if (!byId) return [];
    return [...byId.entries()]
      .map(([toId, types]) => ({
        toId,
        types: [...types.entries()].map(([typeId, category]) => ({ category, typeId })).sort((a, b) => a.typeId - b.typeId),
      }))
      .sort((a, b) => compareIds(a.toId, b.toId));
  }

  /** The types between two records in one direction, ordered by type id. */
  typesBetween(fromType: ObjectType, fromId: string, toType: ObjectType, toId: string): AssociationType[] {
    const types = this.edges.get(`${fromType}:${fromId}`)?.get(toType)?.get(toId);
    if (!types) return [];
    return [...types.entries()].map(([typeId, category]) => ({ category, typeId })).sort((a, b) => a.typeId - b.typeId);
  }

  has(fromType: ObjectType, fromId: string, toType: ObjectType, toId: string, typeId?: number): boolean {
    const types = this.edges.get(`${fromType}:${fromId}`)?.get(toType)?.get(toId);
    return !!types && (typeId === undefined ? types.size > 0 : types.has(typeId));
  }

  count(fromType: ObjectType, fromId: string, toType: ObjectType): number {
    return this.edges.get(`${fromType}:${fromId}`)?.get(toType)?.size ?? 0;
  }

  /** Whether any association of the type (e.g. a primary) leaves this record towards toType. */
  hasType(fromType: ObjectType, fromId: string, toType: ObjectType, typeId: number): boolean {
    const byId = this.edges.get(`${fromType}:${fromId}`)?.get(toType);
    if (!byId) return false;
    for (const types of byId.values()) if (types.has(typeId)) return true;
    return false;
  }

  total(): number {
    let n = 0;
    for (const byType of this.edges.values()) for (const byId of byType.values()) n += byId.size;
    return n;
  }
}

/** HubSpot ids are numeric strings: compare them as numbers when both are. */
export function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return a < b ? -1 : a > b ? 1 : 0;
}
