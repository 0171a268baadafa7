/**
 * StoreChange → HubSpot webhook events, one per matching active subscription.
 * Payload fields as HubSpot's Webhooks docs list them: eventId, subscriptionId,
 * portalId, appId, occurredAt, subscriptionType, attemptNumber, objectId,
 * changeSource, sourceId; plus propertyName / propertyValue for propertyChange,
 * changeFlag "CREATED" for creation, and associationType / fromObjectId /
 * toObjectId / associationRemoved / isPrimaryAssociation for associationChange.
 * Generic ("object.*") subscriptions add objectTypeId.
 *
 * The store reports each direction of an association as its own change, so an
 * associationChange event goes to subscriptions of the `from` side only (HubSpot
 * fires one event per side).
 */
import type { ObjectType, StoreChange } from '../types';
import { OBJECT_TYPE_IDS, subscriptionTarget, type Subscription } from './subscriptions';

export interface WebhookEvent {
  eventId: number;
  subscriptionId: number;
  portalId: number;
  appId: number;
  occurredAt: number;
  subscriptionType: string;
  attemptNumber: number;
  objectId: number | string;
  objectTypeId?: string;
  propertyName?: string;
  propertyValue?: string;
  changeFlag?: 'CREATED';
  changeSource: string;
  sourceId?: string;
  associationType?: string;
  fromObjectId?: number | string;
  toObjectId?: number | string;
  associationRemoved?: boolean;
  isPrimaryAssociation?: boolean;
}

const SINGULAR_UPPER: Record<ObjectType, string> = {
  contacts: 'CONTACT',
  companies: 'COMPANY',
  deals: 'DEAL',
  tickets: 'TICKET',
  feedback_submissions: 'FEEDBACK_SUBMISSION',
  meetings: 'MEETING',
  emails: 'EMAIL',
  calls: 'CALL',
  notes: 'NOTE',
  tasks: 'TASK',
};

/** HubSpot-defined "Primary" association type ids (contact/deal/ticket ↔ company). */
const PRIMARY_TYPE_IDS = new Set([1, 2, 5, 6, 25, 26]);

/** HubSpot sends record ids as numbers. */
const idOf = (id: string): number | string => (/^\d{1,15}$/.test(id) ? Number(id) : id);

export interface EventContext {
  portalId: number;
  appId: number;
  nextEventId(): number;
}

function changedObjectType(c: StoreChange): ObjectType {
  return c.kind === 'associationChange' ? c.fromObjectType : c.objectType;
}

function matches(sub: Subscription, c: StoreChange): boolean {
  if (!sub.active) return false;
  const target = subscriptionTarget(sub);
  if (target.kind !== c.kind || target.objectType !== changedObjectType(c)) return false;
  return c.kind !== 'propertyChange' || sub.propertyName === c.propertyName;
}

export function eventsFor(c: StoreChange, subs: Iterable<Subscription>, ctx: EventContext): WebhookEvent[] {
  const events: WebhookEvent[] = [];
  for (const sub of subs) {
    if (!matches(sub, c)) continue;
    const e: WebhookEvent = {
      eventId: ctx.nextEventId(),
      subscriptionId: sub.id,
      portalId: ctx.portalId,
      appId: ctx.appId,
      occurredAt: c.occurredAt,
      subscriptionType: sub.eventType,
      attemptNumber: 0,
      objectId: idOf(c.kind === 'associationChange' ? c.fromObjectId : c.objectId),
      changeSource: c.changeSource,
    };
    if (sub.objectTypeId) e.objectTypeId = OBJECT_TYPE_IDS[changedObjectType(c)];
    if (c.kind === 'propertyChange') {
      e.propertyName = c.propertyName;
      e.propertyValue = c.propertyValue;
    } else if (c.kind === 'creation') {
      e.changeFlag = 'CREATED';
    } else {
      e.associationType = `${SINGULAR_UPPER[c.fromObjectType]}_TO_${SINGULAR_UPPER[c.toObjectType]}`;
      e.fromObjectId = idOf(c.fromObjectId);
      e.toObjectId = idOf(c.toObjectId);
      e.associationRemoved = c.removed;
      e.isPrimaryAssociation = PRIMARY_TYPE_IDS.has(c.associationTypeId);
    }
    if (c.sourceId !== undefined) e.sourceId = c.sourceId;
    events.push(e);
  }
  return events;
}
