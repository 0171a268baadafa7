/**
 * StoreChange → HubSpot webhook events, one per matching active subscription.
 * Payload fields as HubSpot's Webhooks docs list them: eventId, subscriptionId,
 * portalId, appId, occurredAt, subscriptionType, attemptNumber, changeSource,
 * sourceId; objectId for creation and propertyChange, plus propertyName /
 * propertyValue for propertyChange and changeFlag "CREATED" for creation.
 * Generic ("object.*") creation / propertyChange events add objectTypeId.
 *
 * Association events carry no objectId (HubSpot's don't): the legacy form
 * ("contact.associationChange") has associationType ("CONTACT_TO_COMPANY"),
 * fromObjectId, toObjectId, associationRemoved, isPrimaryAssociation; the generic
 * form ("object.associationChange") names the type by fromObjectTypeId,
 * toObjectTypeId, associationTypeId and associationCategory instead. HubSpot
 * reports a user's association change with changeSource "USER" (not "CRM_UI").
 *
 * The store reports each direction of an association as its own change, so an
 * associationChange event goes to subscriptions of the `from` side only (HubSpot
 * fires one event per side).
 */
import { isHubspotTypeFor } from '../schema/association-types';
import type { AssociationCategory, ObjectType, StoreChange } from '../types';
import { OBJECT_TYPE_IDS, subscriptionTarget, type Subscription } from './subscriptions';

export interface WebhookEvent {
  eventId: number;
  subscriptionId: number;
  portalId: number;
  appId: number;
  occurredAt: number;
  subscriptionType: string;
  attemptNumber: number;
  /** Absent on association events, as on HubSpot. */
  objectId?: number | string;
  objectTypeId?: string;
  propertyName?: string;
  propertyValue?: string;
  changeFlag?: 'CREATED';
  changeSource: string;
  sourceId?: string;
  associationType?: string;
  fromObjectTypeId?: string;
  toObjectTypeId?: string;
  associationTypeId?: number;
  associationCategory?: AssociationCategory;
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

function categoryOf(c: Extract<StoreChange, { kind: 'associationChange' }>): AssociationCategory {
  if (c.associationCategory) return c.associationCategory;
  return isHubspotTypeFor(c.fromObjectType, c.toObjectType, c.associationTypeId) ? 'HUBSPOT_DEFINED' : 'USER_DEFINED';
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
      changeSource: c.changeSource,
    };
    if (c.kind === 'associationChange') {
      const category = categoryOf(c);
      if (sub.objectTypeId) {
        e.fromObjectTypeId = OBJECT_TYPE_IDS[c.fromObjectType];
        e.toObjectTypeId = OBJECT_TYPE_IDS[c.toObjectType];
        e.associationTypeId = c.associationTypeId;
        e.associationCategory = category;
      } else {
        e.associationType = `${SINGULAR_UPPER[c.fromObjectType]}_TO_${SINGULAR_UPPER[c.toObjectType]}`;
      }
      e.fromObjectId = idOf(c.fromObjectId);
      e.toObjectId = idOf(c.toObjectId);
      e.associationRemoved = c.removed;
      e.isPrimaryAssociation = category === 'HUBSPOT_DEFINED' && PRIMARY_TYPE_IDS.has(c.associationTypeId);
      if (c.changeSource === 'CRM_UI') e.changeSource = 'USER';
    } else {
      e.objectId = idOf(c.objectId);
      if (sub.objectTypeId) e.objectTypeId = OBJECT_TYPE_IDS[c.objectType];
      if (c.kind === 'propertyChange') {
        e.propertyName = c.propertyName;
        e.propertyValue = c.propertyValue;
      } else {
        e.changeFlag = 'CREATED';
      }
    }
    if (c.sourceId !== undefined) e.sourceId = c.sourceId;
    events.push(e);
  }
  return events;
}
