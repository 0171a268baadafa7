/**
 * The standard HubSpot schema the sandbox starts from: property catalogue,
 * groups, pipelines, association types and per-object facts. The generator
 * fills records using exactly `STANDARD_PROPERTY_NAMES` plus its own custom
 * properties.
 */
import type { ObjectType, PropertyDefinition, PropertyGroup } from '../types';
import {
  CALL_PROPERTIES, EMAIL_PROPERTIES, FEEDBACK_SUBMISSION_PROPERTIES, MEETING_PROPERTIES, NOTE_PROPERTIES,
  TASK_PROPERTIES,
} from './activity-properties';
import { COMPANY_PROPERTIES, CONTACT_PROPERTIES, DEAL_PROPERTIES, TICKET_PROPERTIES } from './crm-properties';

export const STANDARD_PROPERTIES: Record<ObjectType, PropertyDefinition[]> = {
  companies: COMPANY_PROPERTIES,
  contacts: CONTACT_PROPERTIES,
  deals: DEAL_PROPERTIES,
  tickets: TICKET_PROPERTIES,
  feedback_submissions: FEEDBACK_SUBMISSION_PROPERTIES,
  meetings: MEETING_PROPERTIES,
  emails: EMAIL_PROPERTIES,
  calls: CALL_PROPERTIES,
  notes: NOTE_PROPERTIES,
  tasks: TASK_PROPERTIES,
};

/** Names of the standard properties per object type. */
export const STANDARD_PROPERTY_NAMES = Object.fromEntries(
  Object.entries(STANDARD_PROPERTIES).map(([t, defs]) => [t, defs.map((d) => d.name)]),
) as Record<ObjectType, string[]>;

/** Standard groups: every group a standard property names, labelled for humans. */
export const STANDARD_GROUPS: Record<ObjectType, PropertyGroup[]> = Object.fromEntries(
  Object.entries(STANDARD_PROPERTIES).map(([t, defs]) => {
    const names = [...new Set(defs.map((d) => d.groupName))];
    return [t, names.map((name, displayOrder) => ({ name, label: groupLabel(name), displayOrder, archived: false }))];
  }),
) as Record<ObjectType, PropertyGroup[]>;

function groupLabel(name: string): string {
  const known: Record<string, string> = {
    companyinformation: 'Company information',
    company_activity: 'Company activity',
    contactinformation: 'Contact information',
    contact_activity: 'Contact activity',
    sales_properties: 'Sales properties',
    dealinformation: 'Deal information',
    deal_information: 'Deal information',
    ticketinformation: 'Ticket information',
    feedbacksubmissioninformation: 'Feedback submission information',
  };
  return known[name] ?? name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, ' ');
}

export { DEFAULT_PIPELINES, PIPELINE_PROPERTIES, type PipelineObjectType } from './pipelines';
export { defaultAssociationTypes, reverseHubspotTypeId, isHubspotTypeFor } from './association-types';
export { OBJECT_META, alwaysReturned, resolveObjectType, type ObjectMeta } from './objects';
export { LIFECYCLE_STAGES } from './crm-properties';
