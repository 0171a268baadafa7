/**
 * Association type definitions per direction: HubSpot's own (the unlabeled
 * default, "Primary" towards companies) and the portal's USER_DEFINED labels
 * (Champion, Executive Sponsor …). A label exists in both directions with two
 * type ids; this registry knows which id answers which.
 */
import { defaultAssociationTypes, reverseHubspotTypeId } from '../schema';
import type { AssociationCategory, AssociationLabel, ObjectType } from '../types';
import { StoreError } from './errors';

export interface LabelSpec {
  category: AssociationCategory;
  typeId: number;
  label: string | null;
}

const pairKey = (from: ObjectType, to: ObjectType) => `${from}|${to}`;

export class AssociationLabels {
  private readonly user = new Map<string, AssociationLabel[]>();
  private readonly reverse = new Map<string, number>();
  private nextTypeId = 100;

  /** Every type defined from one object type to another: HubSpot's first, then the portal's labels. */
  list(from: ObjectType, to: ObjectType): LabelSpec[] {
    const d = defaultAssociationTypes(from, to);
    const hubspot: LabelSpec[] = [];
    if (d?.primary !== undefined) hubspot.push({ category: 'HUBSPOT_DEFINED', typeId: d.primary, label: 'Primary' });
    if (d) hubspot.push({ category: 'HUBSPOT_DEFINED', typeId: d.unlabeled, label: null });
    const users = (this.user.get(pairKey(from, to)) ?? []).map((l) => ({ category: l.category, typeId: l.typeId, label: l.label }));
    return [...hubspot, ...users];
  }

  find(from: ObjectType, to: ObjectType, category: AssociationCategory, typeId: number): LabelSpec | undefined {
    if (category === 'HUBSPOT_DEFINED') {
      const d = defaultAssociationTypes(from, to);
      if (d?.primary === typeId) return { category, typeId, label: 'Primary' };
      return d?.unlabeled === typeId ? { category, typeId, label: null } : undefined;
    }
    const l = this.user.get(pairKey(from, to))?.find((x) => x.typeId === typeId && x.category === category);
    return l && { category: l.category, typeId: l.typeId, label: l.label };
  }

  /** The type id of the same association seen from the other side. */
  reverseOf(from: ObjectType, to: ObjectType, category: AssociationCategory, typeId: number): number | undefined {
    if (category === 'HUBSPOT_DEFINED') return reverseHubspotTypeId(from, to, typeId);
    return this.reverse.get(`${pairKey(from, to)}|${typeId}`);
  }

  /**
   * Registers a label (from a seed). Its reverse direction is the label of the
   * same name from `to` to `from` when the seed has one; otherwise it is made here.
   */
  register(label: AssociationLabel): void {
    this.addOne(label);
    const back = (this.user.get(pairKey(label.toObjectType, label.fromObjectType)) ?? []).find(
      (l) => l.name === label.name && !this.reverse.has(`${pairKey(l.fromObjectType, l.toObjectType)}|${l.typeId}`),
    );
    if (back && !(label.fromObjectType === label.toObjectType && back.typeId === label.typeId)) {
      this.pair(label, back);
    }
  }

  /** After registering a seed's labels: give every unpaired label its reverse. */
  completePairs(): void {
    for (const labels of [...this.user.values()]) {
      for (const l of [...labels]) {
        if (this.reverse.has(`${pairKey(l.fromObjectType, l.toObjectType)}|${l.typeId}`)) continue;
        // HubSpot numbers a label's two directions consecutively; keep that when the next id is free.
        const taken = this.userLabels().some((x) => x.typeId === l.typeId + 1);
        const back = this.addOne({ ...l, fromObjectType: l.toObjectType, toObjectType: l.fromObjectType, typeId: taken ? this.nextTypeId : l.typeId + 1 });
        this.pair(l, back);
      }
    }
  }

  /** Creates a label (Associations v4 labels POST): both directions, returns [forward, reverse]. */
  create(from: ObjectType, to: ObjectType, name: string, label: string, inverseLabel?: string): [AssociationLabel, AssociationLabel] {
    const clash = (this.user.get(pairKey(from, to)) ?? []).find((l) => l.name === name || l.label === label);
    if (clash) throw new StoreError('CONFLICT', `An association label named '${name}' already exists between ${from} and ${to}.`, { name: [name] });
    const forward = this.addOne({ fromObjectType: from, toObjectType: to, category: 'USER_DEFINED', typeId: this.nextTypeId, label, name });
    const back = this.addOne({
      fromObjectType: to, toObjectType: from, category: 'USER_DEFINED', typeId: this.nextTypeId,
      label: inverseLabel ?? label, name: inverseLabel ? `${name}_inverse` : name,
    });
    this.pair(forward, back);
    return [forward, back];
  }

  /** Renames a user label (Associations v4 labels PUT). */
  rename(from: ObjectType, to: ObjectType, typeId: number, label: string, inverseLabel?: string): void {
    const l = (this.user.get(pairKey(from, to)) ?? []).find((x) => x.typeId === typeId);
    if (!l) throw new StoreError('NOT_FOUND', `No USER_DEFINED association type ${typeId} between ${from} and ${to}.`);
    l.label = label;
    const backId = this.reverse.get(`${pairKey(from, to)}|${typeId}`);
    const back = (this.user.get(pairKey(to, from)) ?? []).find((x) => x.typeId === backId);
    if (back && inverseLabel) back.label = inverseLabel;
    else if (back && back.name === l.name) back.label = label;
  }

  userLabels(): AssociationLabel[] {
    return [...this.user.values()].flat();
  }

  private addOne(label: AssociationLabel): AssociationLabel {
    const key = pairKey(label.fromObjectType, label.toObjectType);
    const list = this.user.get(key) ?? [];
    const copy = { ...label };
    list.push(copy);
    this.user.set(key, list);
    this.nextTypeId = Math.max(this.nextTypeId, label.typeId + 1);
    return copy;
  }

  private pair(a: AssociationLabel, b: AssociationLabel): void {
    this.reverse.set(`${pairKey(a.fromObjectType, a.toObjectType)}|${a.typeId}`, b.typeId);
    this.reverse.set(`${pairKey(b.fromObjectType, b.toObjectType)}|${b.typeId}`, a.typeId);
  }
}
