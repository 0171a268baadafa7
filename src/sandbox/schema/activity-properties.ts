/**
 * HubSpot's standard properties for feedback submissions (survey responses)
 * and the engagement objects: meetings, emails, calls, notes and tasks.
 * Engagements name their creation date `hs_createdate`, not `createdate`.
 */
import type { PropertyDefinition } from '../types';
import { computed, ownerProperty, prop, recordIdProperty, valueOptions } from './define';

function engagementCommon(group: string): PropertyDefinition[] {
  return [
    prop('hs_timestamp', 'Activity date', 'datetime', 'date', group),
    ownerProperty(group, 'Activity assigned to'),
    computed('hs_createdate', 'Create date', 'datetime', 'date', group),
    computed('hs_lastmodifieddate', 'Last modified date', 'datetime', 'date', group),
    recordIdProperty(group),
  ];
}

const F = 'feedbacksubmissioninformation';
export const FEEDBACK_SUBMISSION_PROPERTIES: PropertyDefinition[] = [
  prop('hs_survey_type', 'Survey type', 'enumeration', 'select', F, {
    options: valueOptions(['NPS', 'CSAT', 'CES', 'CUSTOM'], ['NPS', 'CSAT', 'CES', 'Custom']),
  }),
  prop('hs_survey_name', 'Survey name', 'string', 'text', F),
  prop('hs_survey_id', 'Survey id', 'string', 'text', F),
  prop('hs_submission_name', 'Submission name', 'string', 'text', F),
  prop('hs_value', 'Response value', 'number', 'number', F),
  prop('hs_response_group', 'Response group', 'enumeration', 'select', F, {
    options: valueOptions(['PROMOTER', 'PASSIVE', 'DETRACTOR']),
  }),
  prop('hs_sentiment', 'Sentiment', 'enumeration', 'select', F, {
    options: valueOptions(['POSITIVE', 'NEUTRAL', 'NEGATIVE']),
  }),
  prop('hs_content', 'Response', 'string', 'textarea', F),
  prop('hs_submission_timestamp', 'Submitted at', 'datetime', 'date', F),
  prop('hs_survey_channel', 'Survey channel', 'enumeration', 'select', F, {
    options: valueOptions(['EMAIL', 'WEB', 'CHAT', 'LINK']),
  }),
  computed('hs_createdate', 'Create date', 'datetime', 'date', F),
  computed('hs_lastmodifieddate', 'Last modified date', 'datetime', 'date', F),
  recordIdProperty(F),
];

const M = 'meeting';
export const MEETING_PROPERTIES: PropertyDefinition[] = [
  ...engagementCommon(M),
  prop('hs_meeting_title', 'Meeting name', 'string', 'text', M),
  prop('hs_meeting_body', 'Meeting description', 'string', 'textarea', M),
  prop('hs_internal_meeting_notes', 'Internal meeting notes', 'string', 'textarea', M),
  prop('hs_meeting_location', 'Location', 'string', 'text', M),
  prop('hs_meeting_start_time', 'Meeting start time', 'datetime', 'date', M),
  prop('hs_meeting_end_time', 'Meeting end time', 'datetime', 'date', M),
  prop('hs_meeting_outcome', 'Meeting outcome', 'enumeration', 'select', M, {
    options: valueOptions(
      ['SCHEDULED', 'COMPLETED', 'RESCHEDULED', 'NO_SHOW', 'CANCELED'],
      ['Scheduled', 'Completed', 'Rescheduled', 'No Show', 'Canceled'],
    ),
  }),
  // The portal configures its own call and meeting types; these are a CS team's usual set.
  prop('hs_activity_type', 'Call and meeting type', 'enumeration', 'select', M, {
    options: valueOptions(['Discovery', 'Onboarding', 'Check-in', 'QBR', 'Renewal', 'Escalation', 'Training'],
      ['Discovery', 'Onboarding', 'Check-in', 'QBR', 'Renewal', 'Escalation', 'Training']),
  }),
];

const E = 'email';
export const EMAIL_PROPERTIES: PropertyDefinition[] = [
  ...engagementCommon(E),
  prop('hs_email_direction', 'Email direction', 'enumeration', 'select', E, {
    options: valueOptions(['EMAIL', 'INCOMING_EMAIL', 'FORWARDED_EMAIL'],
      ['Sent by CRM user', 'Reply from contact', 'Forwarded']),
  }),
  prop('hs_email_subject', 'Email subject', 'string', 'text', E),
  prop('hs_email_text', 'Email body', 'string', 'textarea', E),
  prop('hs_email_html', 'Email HTML body', 'string', 'html', E),
  prop('hs_email_status', 'Email send status', 'enumeration', 'select', E, {
    options: valueOptions(['BOUNCED', 'FAILED', 'SCHEDULED', 'SENDING', 'SENT']),
  }),
];

const K = 'call';
export const CALL_PROPERTIES: PropertyDefinition[] = [
  ...engagementCommon(K),
  prop('hs_call_title', 'Call title', 'string', 'text', K),
  prop('hs_call_body', 'Call notes', 'string', 'textarea', K),
  prop('hs_call_direction', 'Call direction', 'enumeration', 'select', K, {
    options: valueOptions(['INBOUND', 'OUTBOUND']),
  }),
  // HubSpot's dispositions are portal-specific GUIDs, so the value is free text here.
  prop('hs_call_disposition', 'Call outcome', 'string', 'text', K),
  prop('hs_call_duration', 'Call duration', 'number', 'number', K),
  prop('hs_call_status', 'Call status', 'enumeration', 'select', K, {
    options: valueOptions(['BUSY', 'CALLING_CRM_USER', 'CANCELED', 'COMPLETED', 'CONNECTING', 'FAILED',
      'IN_PROGRESS', 'NO_ANSWER', 'QUEUED', 'RINGING']),
  }),
];

const N = 'note';
export const NOTE_PROPERTIES: PropertyDefinition[] = [
  ...engagementCommon(N),
  prop('hs_note_body', 'Note body', 'string', 'html', N),
];

const K2 = 'task';
export const TASK_PROPERTIES: PropertyDefinition[] = [
  ...engagementCommon(K2),
  prop('hs_task_subject', 'Task title', 'string', 'text', K2),
  prop('hs_task_body', 'Task notes', 'string', 'textarea', K2),
  prop('hs_task_status', 'Task status', 'enumeration', 'select', K2, {
    options: valueOptions(['NOT_STARTED', 'IN_PROGRESS', 'WAITING', 'COMPLETED', 'DEFERRED']),
  }),
  prop('hs_task_priority', 'Priority', 'enumeration', 'select', K2, {
    options: valueOptions(['NONE', 'LOW', 'MEDIUM', 'HIGH']),
  }),
  prop('hs_task_type', 'Task type', 'enumeration', 'select', K2, {
    options: valueOptions(['CALL', 'EMAIL', 'LINKED_IN', 'MEETING', 'TODO'],
      ['Call', 'Email', 'LinkedIn', 'Meeting', 'To-do']),
  }),
];
