/**
 * The sandbox's shared vocabulary: what a seeded portfolio is made of (the
 * generator produces it, the store loads it) and what the store reports when
 * something changes (webhook delivery listens). Everything here is plain data
 * so the generator, the store and the webhook dispatcher stay independent.
 */

/** CRM object types the sandbox serves under /crm/v3/objects/{type}. */
export const OBJECT_TYPES = [
  'companies',
  'contacts',
  'deals',
  'tickets',
  'feedback_submissions',
  'meetings',
  'emails',
  'calls',
  'notes',
  'tasks',
] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

/** HubSpot's property types (`type`) with the field types the UI uses (`fieldType`). */
export type PropertyType = 'string' | 'number' | 'date' | 'datetime' | 'enumeration' | 'bool';
export type FieldType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'booleancheckbox'
  | 'calculation_equation'
  | 'phonenumber'
  | 'html';

export interface PropertyOption {
  label: string;
  value: string;
  displayOrder?: number;
  hidden?: boolean;
  description?: string;
}

/** A property definition as HubSpot's Properties v3 API returns it (the fields we keep). */
export interface PropertyDefinition {
  name: string;
  label: string;
  type: PropertyType;
  fieldType: FieldType;
  groupName: string;
  description?: string;
  options?: PropertyOption[];
  /** true for HubSpot's own properties: they cannot be deleted and some are read-only. */
  hubspotDefined?: boolean;
  /** HubSpot computes the value (createdate, hs_lastmodifieddate, hs_object_id …): writes are rejected. */
  readOnlyValue?: boolean;
  calculated?: boolean;
  hasUniqueValue?: boolean;
  formField?: boolean;
  displayOrder?: number;
  /** Money amounts (HubSpot shows the record's currency). */
  showCurrencySymbol?: boolean;
  /** The object a value points at, e.g. "OWNER" for hubspot_owner_id. */
  referencedObjectType?: string;
  hidden?: boolean;
}

export interface PropertyGroup {
  name: string;
  label: string;
  displayOrder?: number;
  archived?: boolean;
}

/** One earlier value of a property, as `propertiesWithHistory` returns it (newest first there). */
export interface PropertyVersion {
  value: string;
  /** ISO-8601 instant. */
  timestamp: string;
  /** HubSpot's `sourceType`: CRM_UI, API, INTEGRATION, IMPORT, CALCULATED … */
  sourceType: string;
  sourceId?: string;
  /** Set for CRM_UI writes: the HubSpot user who made the change. */
  updatedByUserId?: number;
}

/** A CRM record to load. Values are strings, exactly as HubSpot stores and returns them. */
export interface SeedRecord {
  id: string;
  properties: Record<string, string>;
  /**
   * Earlier values, oldest first. The store appends the current value at
   * `updatedAt` unless the last version already holds it, so a value set weeks
   * before the record's last change keeps its real timestamp (a "value 30 days
   * ago" read from `propertiesWithHistory` depends on that).
   */
  history?: Record<string, PropertyVersion[]>;
  /** ISO-8601; becomes `createdate` / `createdAt`. */
  createdAt: string;
  /** ISO-8601; becomes `hs_lastmodifieddate` / `updatedAt`. Defaults to createdAt. */
  updatedAt?: string;
  archived?: boolean;
}

export type AssociationCategory = 'HUBSPOT_DEFINED' | 'USER_DEFINED' | 'INTEGRATOR_DEFINED';

export interface AssociationType {
  category: AssociationCategory;
  typeId: number;
}

/** An association label definition (Associations v4 `labels` endpoints). */
export interface AssociationLabel {
  fromObjectType: ObjectType;
  toObjectType: ObjectType;
  category: AssociationCategory;
  typeId: number;
  /** null for the unlabeled default association. */
  label: string | null;
  /** internal name, e.g. "champion". */
  name: string;
}

/** One association between two records, with every type (labels) it carries. */
export interface SeedAssociation {
  fromType: ObjectType;
  fromId: string;
  toType: ObjectType;
  toId: string;
  types: AssociationType[];
}

/** A HubSpot user who can own records (CRM Owners v3). */
export interface Owner {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  userId: number;
  teams?: { id: string; name: string; primary: boolean }[];
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

/** Hidden trajectory of a generated account; known to the generator and to evaluations only. */
export type Trajectory =
  | 'steady'
  | 'declining'
  | 'recovering'
  | 'silent_churner'
  | 'expansion_ready'
  | 'new';

/** The ground truth for one generated company, written to a file for evaluation. */
export interface GroundTruth {
  companyId: string;
  name: string;
  trajectory: Trajectory;
  segment: 'enterprise' | 'mid_market' | 'smb' | 'self_serve';
  arr: number;
  /** Renewals that already closed, oldest first. */
  pastRenewals: { dealId: string; closeDate: string; outcome: 'won' | 'lost'; amount: number }[];
  /** The open renewal, when there is one. */
  nextRenewal?: { dealId: string; closeDate: string; amount: number; expectedOutcome: 'won' | 'lost' };
  /** When the first warning sign was planted, for churners. */
  firstWarningAt?: string;
}

/** Everything needed to fill a sandbox portal. */
export interface SandboxSeed {
  /** The instant the portfolio was generated "as of": history never goes past it. */
  asOf: string;
  /** Properties beyond HubSpot's standard catalogue (e.g. a product-analytics sync's usage fields). */
  customProperties: Partial<Record<ObjectType, PropertyDefinition[]>>;
  customGroups: Partial<Record<ObjectType, PropertyGroup[]>>;
  /** Extra options for standard enumerations, e.g. deal stages of a renewal pipeline. */
  records: Partial<Record<ObjectType, SeedRecord[]>>;
  associations: SeedAssociation[];
  /** USER_DEFINED labels (Champion, Executive Sponsor, Decision Maker …). */
  labels: AssociationLabel[];
  owners: Owner[];
  /** Deal pipelines with their stages (CRM Pipelines v3 shape, trimmed). */
  pipelines: Partial<Record<'deals' | 'tickets', Pipeline[]>>;
  truth: GroundTruth[];
}

export interface Pipeline {
  id: string;
  label: string;
  displayOrder: number;
  stages: { id: string; label: string; displayOrder: number; metadata: Record<string, string> }[];
}

/**
 * What the store reports after a successful write, for webhook delivery.
 * `changeSource` follows HubSpot's webhook payload ("CRM_UI", "API", "INTEGRATION" …);
 * `sourceId` names the writer, e.g. "userId:123" or the app id.
 */
export type StoreChange =
  | {
      kind: 'creation';
      objectType: ObjectType;
      objectId: string;
      occurredAt: number;
      changeSource: string;
      sourceId?: string;
    }
  | {
      kind: 'propertyChange';
      objectType: ObjectType;
      objectId: string;
      propertyName: string;
      propertyValue: string;
      occurredAt: number;
      changeSource: string;
      sourceId?: string;
    }
  | {
      kind: 'associationChange';
      fromObjectType: ObjectType;
      fromObjectId: string;
      toObjectType: ObjectType;
      toObjectId: string;
      associationTypeId: number;
      /** The type's category; webhooks infer it from the type id when absent. */
      associationCategory?: AssociationCategory;
      removed: boolean;
      occurredAt: number;
      changeSource: string;
      sourceId?: string;
    };
