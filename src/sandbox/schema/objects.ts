/** Per-object-type facts HubSpot's API exposes: type ids, names, default properties. */
import type { ObjectType } from '../types';

export interface ObjectMeta {
  /** HubSpot's objectTypeId, e.g. "0-2" for companies. */
  typeId: string;
  /** Singular name as used in v3 association type names ("contact_to_company"). */
  singular: string;
  /** Property holding the creation instant. */
  createdProperty: 'createdate' | 'hs_createdate';
  /** Property holding the last modification instant. */
  modifiedProperty: 'lastmodifieddate' | 'hs_lastmodifieddate';
  /** Properties returned when a request names none. */
  defaultProperties: string[];
  /** Properties searched by a free-text `query`. */
  queryProperties: string[];
  /** HubSpot's API for this object is read-only (feedback submissions). */
  readOnly?: boolean;
}

const ENGAGEMENT_DEFAULTS = ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'];

function engagement(typeId: string, singular: string, queryProperties: string[]): ObjectMeta {
  return {
    typeId,
    singular,
    createdProperty: 'hs_createdate',
    modifiedProperty: 'hs_lastmodifieddate',
    defaultProperties: ENGAGEMENT_DEFAULTS,
    queryProperties,
  };
}

export const OBJECT_META: Record<ObjectType, ObjectMeta> = {
  contacts: {
    typeId: '0-1',
    singular: 'contact',
    createdProperty: 'createdate',
    modifiedProperty: 'lastmodifieddate',
    defaultProperties: ['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname'],
    queryProperties: ['firstname', 'lastname', 'email', 'phone', 'company'],
  },
  companies: {
    typeId: '0-2',
    singular: 'company',
    createdProperty: 'createdate',
    modifiedProperty: 'hs_lastmodifieddate',
    defaultProperties: ['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name'],
    queryProperties: ['name', 'domain', 'website', 'phone'],
  },
  deals: {
    typeId: '0-3',
    singular: 'deal',
    createdProperty: 'createdate',
    modifiedProperty: 'hs_lastmodifieddate',
    defaultProperties: ['amount', 'closedate', 'createdate', 'dealname', 'dealstage', 'hs_lastmodifieddate',
      'hs_object_id', 'pipeline'],
    queryProperties: ['dealname'],
  },
  tickets: {
    typeId: '0-5',
    singular: 'ticket',
    createdProperty: 'createdate',
    modifiedProperty: 'hs_lastmodifieddate',
    defaultProperties: ['content', 'createdate', 'hs_lastmodifieddate', 'hs_object_id', 'hs_pipeline',
      'hs_pipeline_stage', 'hs_ticket_category', 'hs_ticket_priority', 'subject'],
    queryProperties: ['subject', 'content'],
  },
  feedback_submissions: { ...engagement('0-19', 'feedback_submission', ['hs_content', 'hs_survey_name']), readOnly: true },
  meetings: engagement('0-47', 'meeting_event', ['hs_meeting_title', 'hs_meeting_body']),
  emails: engagement('0-49', 'email', ['hs_email_subject', 'hs_email_text']),
  calls: engagement('0-48', 'call', ['hs_call_title', 'hs_call_body']),
  notes: engagement('0-46', 'note', ['hs_note_body']),
  tasks: engagement('0-27', 'task', ['hs_task_subject', 'hs_task_body']),
};

/** The properties every response carries even when not asked for. */
export function alwaysReturned(type: ObjectType): string[] {
  const m = OBJECT_META[type];
  return [m.createdProperty, 'hs_object_id', m.modifiedProperty];
}

/** Resolve a path segment ("companies", "company", "0-2") to an object type, as HubSpot accepts all three. */
export function resolveObjectType(segment: string): ObjectType | undefined {
  const s = segment.toLowerCase();
  for (const [type, meta] of Object.entries(OBJECT_META) as [ObjectType, ObjectMeta][]) {
    if (type === s || meta.typeId === s || meta.singular === s) return type;
  }
  const aliases: Record<string, ObjectType> = { meeting: 'meetings', feedback_submission: 'feedback_submissions' };
  return aliases[s];
}
