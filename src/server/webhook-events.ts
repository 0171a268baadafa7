/**
 * HubSpot webhook events (Webhooks API v3 payloads): parsed with zod, then
 * turned into the CRM records whose companies must be rescored.
 *
 * | event                                           | record(s) named                                   |
 * |-------------------------------------------------|---------------------------------------------------|
 * | company.* (creation, propertyChange, restore …) | the company                                       |
 * | contact/deal/ticket.*, object.* (0-19 feedback, | the record; its companies come from associations  |
 * |   meetings, emails, calls, notes)               |                                                   |
 * | *.associationChange                             | the company side if there is one, else the `from` record |
 * | *.deletion, other object types                  | nothing (ignored)                                 |
 * | the app's own write (changeSource INTEGRATION + sourceId = app id), or a change of one of its output properties | nothing (ignored): our writes never re-trigger a run |
 */
import { z } from 'zod';
import { OWNED_OUTPUT_PROPERTIES } from '../hubspot/properties';
import type { RecordRef } from '../jobs/companies';

const id = z.union([z.number().int().nonnegative(), z.string().regex(/^\d{1,19}$/)]).transform(String);

export const WebhookEvent = z.looseObject({
  eventId: id,
  subscriptionType: z.string().min(1),
  occurredAt: z.number().optional(),
  objectId: id.optional(),
  objectTypeId: z.string().optional(),
  propertyName: z.string().optional(),
  changeSource: z.string().optional(),
  sourceId: z.string().optional(),
  associationType: z.string().optional(),
  fromObjectTypeId: z.string().optional(),
  toObjectTypeId: z.string().optional(),
  fromObjectId: id.optional(),
  toObjectId: id.optional(),
});
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/** A malformed event of a batch: its position and what is wrong (field: message). */
export interface RejectedEvent {
  index: number;
  problems: string;
}

/**
 * A delivery: HubSpot sends up to 100 events per request (a little slack for
 * batched replays). Events are checked one by one: the valid ones are kept and
 * the malformed ones listed, so one bad event never costs the others. A batch
 * with no valid event at all fails, naming each event's fields (`3.eventId`).
 */
export const WebhookBatch = z.array(z.unknown()).min(1, 'expected at least one event').max(1000, 'expected at most 1000 events')
  .transform((items, ctx) => {
    const events: WebhookEvent[] = [];
    const rejected: RejectedEvent[] = [];
    const issues: z.core.$ZodIssue[] = [];
    items.forEach((item, index) => {
      const parsed = WebhookEvent.safeParse(item);
      if (parsed.success) {
        events.push(parsed.data);
        return;
      }
      issues.push(...parsed.error.issues.map((i) => ({ ...i, path: [index, ...i.path] })));
      rejected.push({ index, problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'event'}: ${i.message}`).join('; ') });
    });
    if (events.length === 0) {
      for (const issue of issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      return z.NEVER;
    }
    return { events, rejected };
  });
export type WebhookBatch = z.infer<typeof WebhookBatch>;

/** Object types whose changes can move a score, by the prefix of legacy event types and by object type id. */
const LEGACY_TYPES: Record<string, string> = { company: 'companies', contact: 'contacts', deal: 'deals', ticket: 'tickets' };
const TYPE_IDS: Record<string, string> = {
  '0-1': 'contacts', '0-2': 'companies', '0-3': 'deals', '0-5': 'tickets', '0-19': 'feedback_submissions',
  '0-46': 'notes', '0-47': 'meetings', '0-48': 'calls', '0-49': 'emails',
};
const ASSOCIATION_SIDES: Record<string, string> = {
  CONTACT: 'contacts', COMPANY: 'companies', DEAL: 'deals', TICKET: 'tickets', FEEDBACK_SUBMISSION: 'feedback_submissions',
  MEETING: 'meetings', EMAIL: 'emails', CALL: 'calls', NOTE: 'notes',
};

const OUTPUTS = new Set(OWNED_OUTPUT_PROPERTIES);

export type Routed = { refs: RecordRef[] } | { ignored: string };

function objectTypeOf(e: WebhookEvent): string | undefined {
  const prefix = e.subscriptionType.split('.')[0] ?? '';
  return prefix === 'object' ? TYPE_IDS[e.objectTypeId ?? ''] : LEGACY_TYPES[prefix];
}

function associationRefs(e: WebhookEvent): RecordRef[] {
  let from: string | undefined;
  let to: string | undefined;
  if (e.associationType) {
    const [a, b] = e.associationType.split('_TO_');
    from = ASSOCIATION_SIDES[a ?? ''];
    to = ASSOCIATION_SIDES[b ?? ''];
  } else {
    from = TYPE_IDS[e.fromObjectTypeId ?? ''];
    to = TYPE_IDS[e.toObjectTypeId ?? ''];
  }
  if (from === 'companies' && e.fromObjectId) return [{ objectType: 'companies', id: e.fromObjectId }];
  if (to === 'companies' && e.toObjectId) return [{ objectType: 'companies', id: e.toObjectId }];
  return from && e.fromObjectId ? [{ objectType: from, id: e.fromObjectId }] : [];
}

/** Which records an event names, or why it is ignored. `appId`: the app whose writes are its own. */
export function routeEvent(e: WebhookEvent, appId: string | undefined): Routed {
  if (appId !== undefined && e.changeSource === 'INTEGRATION' && e.sourceId === appId) return { ignored: 'the app\'s own write' };
  if (e.propertyName && OUTPUTS.has(e.propertyName)) return { ignored: `${e.propertyName} is one of the app's outputs` };
  const kind = e.subscriptionType.split('.')[1] ?? '';
  if (kind === 'deletion' || kind === 'privacyDeletion') return { ignored: 'a deletion leaves nothing to score' };
  if (kind === 'associationChange') {
    const refs = associationRefs(e);
    return refs.length > 0 ? { refs } : { ignored: 'an association between records that do not move a score' };
  }
  const objectType = objectTypeOf(e);
  if (!objectType) return { ignored: `${e.subscriptionType}${e.objectTypeId ? ` (${e.objectTypeId})` : ''} does not move a score` };
  if (!e.objectId) return { ignored: 'no objectId' };
  return { refs: [{ objectType, id: e.objectId }] };
}
