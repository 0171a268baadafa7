/**
 * The catalogue of everything `che provision` creates and the writer writes:
 * property groups and properties per object type, and association labels.
 */
import { INPUT_PROPERTY_GROUP, INPUT_PROPERTIES } from './inputs';
import { STAKEHOLDER_LABELS } from './labels';
import { OUTPUT_GROUP, OUTPUT_PROPERTIES, OVERRIDE_PROPERTIES } from './output';
import type { AssociationLabelSpec, GroupSpec, ObjectType, PropertySpec } from './types';

export interface Catalogue {
  groups: Record<ObjectType, GroupSpec[]>;
  properties: Record<ObjectType, PropertySpec[]>;
  labels: AssociationLabelSpec[];
}

export const CATALOGUE: Catalogue = {
  groups: {
    companies: [OUTPUT_GROUP, INPUT_PROPERTY_GROUP],
    contacts: [INPUT_PROPERTY_GROUP],
    tickets: [INPUT_PROPERTY_GROUP],
  },
  properties: {
    companies: [...OUTPUT_PROPERTIES, ...OVERRIDE_PROPERTIES, ...INPUT_PROPERTIES.companies],
    contacts: [...INPUT_PROPERTIES.contacts],
    tickets: [...INPUT_PROPERTIES.tickets],
  },
  labels: STAKEHOLDER_LABELS,
};

export { assessmentProperties, TOP_DRIVERS } from './values';
export {
  OUTPUT_GROUP, OUTPUT_PROPERTIES, OVERRIDE_PROPERTIES, OWNED_OUTPUT_PROPERTIES, dimensionCatalogue, dimensionProperty,
} from './output';
export {
  INPUT_PROPERTY_GROUP, INPUT_PROPERTIES, COMPANY_INPUT_PROPERTIES, CONTACT_INPUT_PROPERTIES, TICKET_INPUT_PROPERTIES,
  SEGMENT_OPTIONS, PAYMENT_STATUS_OPTIONS,
} from './inputs';
export { STAKEHOLDER_LABELS } from './labels';
export * from './types';
