/**
 * What `che provision` creates, as data: the fields of HubSpot's Properties v3
 * and Associations v4 label create requests that we set.
 */
import { z } from 'zod';

export const PROPERTY_TYPES = ['string', 'number', 'date', 'datetime', 'enumeration', 'bool'] as const;
export const FIELD_TYPES = ['text', 'textarea', 'number', 'date', 'select', 'checkbox', 'booleancheckbox'] as const;

export type PropertyType = (typeof PROPERTY_TYPES)[number];
export type FieldType = (typeof FIELD_TYPES)[number];

export interface PropertyOption {
  label: string;
  value: string;
  displayOrder: number;
  hidden: boolean;
}

export interface PropertySpec {
  name: string;
  label: string;
  type: PropertyType;
  fieldType: FieldType;
  groupName: string;
  description: string;
  options?: PropertyOption[];
}

export interface GroupSpec {
  name: string;
  label: string;
  displayOrder: number;
}

/** A USER_DEFINED association label (both directions are created by HubSpot). */
export interface AssociationLabelSpec {
  fromObjectType: 'contacts';
  toObjectType: 'companies';
  /** The label's internal name (Associations v4 `name`). */
  name: string;
  label: string;
}

/** The object types we define properties on. */
export const OBJECT_TYPES = ['companies', 'contacts', 'tickets'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

export function options(pairs: ReadonlyArray<readonly [string, string]>): PropertyOption[] {
  return pairs.map(([value, label], displayOrder) => ({ value, label, displayOrder, hidden: false }));
}

/** The catalogue is data we ship; a schema check catches a typo before HubSpot does. */
export const PropertySpecSchema = z.object({
  name: z.string().regex(/^che_[a-z0-9_]+$/, 'must be che_ followed by a-z, 0-9 and _'),
  label: z.string().min(1),
  type: z.enum(PROPERTY_TYPES),
  fieldType: z.enum(FIELD_TYPES),
  groupName: z.string().min(1),
  description: z.string().min(20, 'must tell an admin what the property means'),
  options: z.array(z.object({ label: z.string().min(1), value: z.string().min(1), displayOrder: z.number().int(), hidden: z.boolean() })).optional(),
});
