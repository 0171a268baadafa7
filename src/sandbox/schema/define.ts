/**
 * Small helpers to write HubSpot's standard property catalogue compactly. The
 * catalogue files read like the Properties v3 API's own listing.
 */
import type { FieldType, PropertyDefinition, PropertyOption, PropertyType } from '../types';

type Extra = Partial<Omit<PropertyDefinition, 'name' | 'label' | 'type' | 'fieldType' | 'groupName'>>;

export function prop(
  name: string,
  label: string,
  type: PropertyType,
  fieldType: FieldType,
  groupName: string,
  extra: Extra = {},
): PropertyDefinition {
  return { name, label, type, fieldType, groupName, hubspotDefined: true, ...extra };
}

/** A property HubSpot computes: its value cannot be written through the API. */
export function computed(
  name: string,
  label: string,
  type: PropertyType,
  fieldType: FieldType,
  groupName: string,
  extra: Extra = {},
): PropertyDefinition {
  return prop(name, label, type, fieldType, groupName, { readOnlyValue: true, calculated: true, ...extra });
}

/** Options from [value, label] pairs, in display order. */
export function options(pairs: [string, string][]): PropertyOption[] {
  return pairs.map(([value, label], displayOrder) => ({ value, label, displayOrder, hidden: false }));
}

/** Options whose label is the value itself (HubSpot's upper-case enumerations often look like this). */
export function valueOptions(values: string[], labels?: string[]): PropertyOption[] {
  return options(values.map((v, i) => [v, labels?.[i] ?? titleCase(v)]));
}

function titleCase(v: string): string {
  return v
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Properties every record of every type has. */
export function recordIdProperty(groupName: string): PropertyDefinition {
  return computed('hs_object_id', 'Record ID', 'number', 'number', groupName);
}

export function ownerProperty(groupName: string, label = 'Owner'): PropertyDefinition {
  // Owners are dynamic: HubSpot declares no options and references the OWNER object instead.
  return prop('hubspot_owner_id', label, 'enumeration', 'select', groupName, { options: [], referencedObjectType: 'OWNER' });
}
