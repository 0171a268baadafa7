/**
 * Webhook settings and subscriptions, shaped like HubSpot's Webhooks API v3
 * (settings: targetUrl + throttling; subscriptions: { id, eventType, propertyName,
 * active, createdAt, updatedAt }), plus the client secret HubSpot keeps on the app.
 *
 * Event types: the legacy per-object ones for contact, company, deal and ticket
 * ("company.propertyChange", "deal.creation", "contact.associationChange" …) and the
 * generic "object.*" ones with an objectTypeId ("0-19" for feedback submissions …),
 * limited to what the store reports: creation, propertyChange, associationChange.
 */
import { z } from 'zod';
import { OBJECT_TYPES, type ObjectType } from '../types';

export const EVENT_KINDS = ['creation', 'propertyChange', 'associationChange'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The object types with legacy event types, by their singular name. */
export const LEGACY_OBJECTS: Partial<Record<ObjectType, string>> = {
  contacts: 'contact',
  companies: 'company',
  deals: 'deal',
  tickets: 'ticket',
};

export const OBJECT_TYPE_IDS: Record<ObjectType, string> = {
  contacts: '0-1',
  companies: '0-2',
  deals: '0-3',
  tickets: '0-5',
  feedback_submissions: '0-19',
  tasks: '0-27',
  notes: '0-46',
  meetings: '0-47',
  calls: '0-48',
  emails: '0-49',
};

const LEGACY_EVENT_TYPES = Object.values(LEGACY_OBJECTS).flatMap((o) => EVENT_KINDS.map((k) => `${o}.${k}`));
const GENERIC_EVENT_TYPES = EVENT_KINDS.map((k) => `object.${k}`);
const EVENT_TYPES = [...LEGACY_EVENT_TYPES, ...GENERIC_EVENT_TYPES];

export const settingsInput = z.object({
  targetUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  clientSecret: z.string().min(8, 'must be at least 8 characters'),
  throttling: z
    .object({ maxConcurrentRequests: z.number().int().min(1).max(100), period: z.literal('SECONDLY').default('SECONDLY') })
    .optional(),
}).strict();

export const subscriptionInput = z
  .object({
    eventType: z.string().refine((t) => EVENT_TYPES.includes(t), { message: `must be one of ${EVENT_TYPES.join(', ')}` }),
    propertyName: z.string().regex(/^[a-z0-9_]+$/, 'must be a property’s internal name').optional(),
    objectTypeId: z.string().refine((id) => Object.values(OBJECT_TYPE_IDS).includes(id), { message: 'is not an object type the sandbox serves' }).optional(),
    active: z.boolean().default(true),
  })
  .strict()
  .superRefine((s, ctx) => {
    const kind = s.eventType.split('.')[1];
    if (kind === 'propertyChange' && !s.propertyName) {
      ctx.addIssue({ code: 'custom', path: ['propertyName'], message: 'is required for propertyChange subscriptions' });
    }
    if (kind !== 'propertyChange' && s.propertyName) {
      ctx.addIssue({ code: 'custom', path: ['propertyName'], message: 'is only allowed on propertyChange subscriptions' });
    }
    const generic = s.eventType.startsWith('object.');
    if (generic && !s.objectTypeId) ctx.addIssue({ code: 'custom', path: ['objectTypeId'], message: 'is required for object.* subscriptions' });
    if (!generic && s.objectTypeId) ctx.addIssue({ code: 'custom', path: ['objectTypeId'], message: 'is only allowed on object.* subscriptions' });
  });

export const subscriptionPatch = z.object({ active: z.boolean() }).strict();

export type SettingsInput = z.infer<typeof settingsInput>;
export type SubscriptionInput = z.infer<typeof subscriptionInput>;
/** What a caller sends (active defaults to true). */
export type SubscriptionRequest = z.input<typeof subscriptionInput>;

export interface Settings {
  targetUrl: string;
  clientSecret: string;
  maxConcurrentRequests: number;
  createdAt: string;
  updatedAt: string;
}

export interface Subscription {
  id: number;
  eventType: string;
  propertyName?: string;
  objectTypeId?: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Which object type and kind of change a subscription listens to. */
export function subscriptionTarget(s: Pick<Subscription, 'eventType' | 'objectTypeId'>): { objectType: ObjectType; kind: EventKind } {
  const [prefix, kind] = s.eventType.split('.') as [string, EventKind];
  const objectType = prefix === 'object'
    ? OBJECT_TYPES.find((t) => OBJECT_TYPE_IDS[t] === s.objectTypeId)
    : OBJECT_TYPES.find((t) => LEGACY_OBJECTS[t] === prefix);
  if (!objectType) throw new Error(`subscription ${s.eventType} names no object type`);
  return { objectType, kind };
}

export const DEFAULT_MAX_CONCURRENT_REQUESTS = 10;

/** Settings and subscriptions of the one sandbox app. */
export class SubscriptionStore {
  private settings: Settings | undefined;
  private subs = new Map<number, Subscription>();
  private nextId = 1;

  constructor(private readonly now: () => number) {}

  getSettings(): Settings | undefined {
    return this.settings;
  }

  putSettings(input: SettingsInput): Settings {
    const at = new Date(this.now()).toISOString();
    this.settings = {
      targetUrl: new URL(input.targetUrl).href,
      clientSecret: input.clientSecret,
      maxConcurrentRequests: input.throttling?.maxConcurrentRequests ?? DEFAULT_MAX_CONCURRENT_REQUESTS,
      createdAt: this.settings?.createdAt ?? at,
      updatedAt: at,
    };
    return this.settings;
  }

  clearSettings(): void {
    this.settings = undefined;
  }

  list(): Subscription[] {
    return [...this.subs.values()];
  }

  get(id: number): Subscription | undefined {
    return this.subs.get(id);
  }

  create(input: SubscriptionInput): Subscription {
    const at = new Date(this.now()).toISOString();
    const sub: Subscription = { id: this.nextId++, eventType: input.eventType, active: input.active, createdAt: at, updatedAt: at };
    if (input.propertyName) sub.propertyName = input.propertyName;
    if (input.objectTypeId) sub.objectTypeId = input.objectTypeId;
    this.subs.set(sub.id, sub);
    return sub;
  }

  setActive(id: number, active: boolean): Subscription | undefined {
    const sub = this.subs.get(id);
    if (sub) {
      sub.active = active;
      sub.updatedAt = new Date(this.now()).toISOString();
    }
    return sub;
  }

  remove(id: number): boolean {
    return this.subs.delete(id);
  }
}
