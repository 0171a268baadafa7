/**
 * The provisioning plan: catalogue vs what the portal has. Pure.
 *
 * | the portal has                                    | plan                                                   |
 * |---------------------------------------------------|--------------------------------------------------------|
 * | no such group / property / label                  | create it                                              |
 * | our group with another label                      | update the label                                       |
 * | our property, same type and fieldType             | update label / description when they differ; add missing options and restore our options' labels (HubSpot replaces the whole list on update, so we send theirs + ours: nothing is removed) |
 * | our property with another type or fieldType       | conflict: reported, never changed (existing values would be converted or lost) |
 * | a label of that name (compared case-insensitively) | nothing (HubSpot does not return a label's internal name) |
 *
 * The property's group is left alone: an admin may have moved it.
 */
import type { AssociationLabelSpec, GroupSpec, PropertyOption, PropertySpec } from '../properties';
import type { ExistingGroup, ExistingLabel, ExistingOption, ExistingProperty } from './read';

export type Step =
  | { kind: 'create-group'; objectType: string; group: GroupSpec }
  | { kind: 'update-group'; objectType: string; name: string; label: string }
  | { kind: 'create-property'; objectType: string; property: PropertySpec }
  | { kind: 'update-property'; objectType: string; name: string; fields: string[]; patch: { label?: string; description?: string; options?: PropertyOption[] } }
  | { kind: 'create-label'; label: AssociationLabelSpec };

export interface Conflict {
  objectType: string;
  name: string;
  reason: string;
}

export function planGroups(objectType: string, wanted: GroupSpec[], existing: ExistingGroup[]): Step[] {
  const steps: Step[] = [];
  for (const g of wanted) {
    const have = existing.find((e) => e.name === g.name);
    if (!have) steps.push({ kind: 'create-group', objectType, group: g });
    else if (have.label !== g.label) steps.push({ kind: 'update-group', objectType, name: g.name, label: g.label });
  }
  return steps;
}

/** Their options with ours merged in: theirs kept in place, our labels restored, ours missing appended. */
function mergedOptions(ours: PropertyOption[], theirs: ExistingOption[]): PropertyOption[] | undefined {
  let changed = false;
  const merged: PropertyOption[] = theirs.map((t, i) => {
    const mine = ours.find((o) => o.value === t.value);
    if (mine && mine.label !== t.label) changed = true;
    return { value: t.value, label: mine?.label ?? t.label, displayOrder: t.displayOrder ?? i, hidden: t.hidden ?? false };
  });
  let next = Math.max(-1, ...merged.map((o) => o.displayOrder)) + 1;
  for (const o of ours) {
    if (theirs.some((t) => t.value === o.value)) continue;
    merged.push({ ...o, displayOrder: next++ });
    changed = true;
  }
  return changed ? merged : undefined;
}

export function planProperties(objectType: string, wanted: PropertySpec[], existing: ExistingProperty[]): { steps: Step[]; conflicts: Conflict[] } {
  const steps: Step[] = [];
  const conflicts: Conflict[] = [];
  const byName = new Map(existing.map((p) => [p.name, p]));
  for (const p of wanted) {
    const have = byName.get(p.name);
    if (!have) {
      steps.push({ kind: 'create-property', objectType, property: p });
      continue;
    }
    if (have.type !== p.type || have.fieldType !== p.fieldType) {
      conflicts.push({
        objectType, name: p.name,
        reason: `exists as ${have.type}/${have.fieldType}, expected ${p.type}/${p.fieldType}; left unchanged (rename or delete it in HubSpot, then run che provision again)`,
      });
      continue;
    }
    const patch: { label?: string; description?: string; options?: PropertyOption[] } = {};
    if (have.label !== p.label) patch.label = p.label;
    if ((have.description ?? '') !== p.description) patch.description = p.description;
    const options = p.options ? mergedOptions(p.options, have.options ?? []) : undefined;
    if (options) patch.options = options;
    const fields = Object.keys(patch);
    if (fields.length > 0) steps.push({ kind: 'update-property', objectType, name: p.name, fields, patch });
  }
  return { steps, conflicts };
}

export function planLabels(wanted: AssociationLabelSpec[], existing: ExistingLabel[]): Step[] {
  const have = new Set(existing.map((l) => (l.label ?? '').trim().toLowerCase()));
  return wanted.filter((l) => !have.has(l.label.toLowerCase())).map((label) => ({ kind: 'create-label' as const, label }));
}
