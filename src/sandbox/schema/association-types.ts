/**
 * HubSpot-defined association type ids (Associations v4), per direction. The
 * "primary" types exist only towards companies (a record's primary company);
 * every pair also has its unlabeled default type. Source: HubSpot's published
 * association type id table (also in the official clients' AssociationType helpers).
 */
import type { ObjectType } from '../types';

interface DefaultTypes {
  /** The unlabeled type: what `PUT …/associations/default/…` creates. */
  unlabeled: number;
  /** The "Primary" type, where HubSpot has one for this direction. */
  primary?: number;
}

const T: Partial<Record<ObjectType, Partial<Record<ObjectType, DefaultTypes>>>> = {
  contacts: {
    companies: { unlabeled: 279, primary: 1 },
    deals: { unlabeled: 4 },
    tickets: { unlabeled: 15 },
    feedback_submissions: { unlabeled: 97 },
    calls: { unlabeled: 193 },
    emails: { unlabeled: 197 },
    meetings: { unlabeled: 199 },
    notes: { unlabeled: 201 },
    tasks: { unlabeled: 203 },
    contacts: { unlabeled: 449 },
  },
  companies: {
    contacts: { unlabeled: 280, primary: 2 },
    deals: { unlabeled: 342, primary: 6 },
    tickets: { unlabeled: 340, primary: 25 },
    calls: { unlabeled: 181 },
    emails: { unlabeled: 185 },
    meetings: { unlabeled: 187 },
    notes: { unlabeled: 189 },
    tasks: { unlabeled: 191 },
    feedback_submissions: { unlabeled: 929 },
    companies: { unlabeled: 450 },
  },
  deals: {
    contacts: { unlabeled: 3 },
    companies: { unlabeled: 341, primary: 5 },
    tickets: { unlabeled: 27 },
    calls: { unlabeled: 205 },
    emails: { unlabeled: 209 },
    meetings: { unlabeled: 211 },
    notes: { unlabeled: 213 },
    tasks: { unlabeled: 215 },
    feedback_submissions: { unlabeled: 985 },
    deals: { unlabeled: 451 },
  },
  tickets: {
    contacts: { unlabeled: 16 },
    companies: { unlabeled: 339, primary: 26 },
    deals: { unlabeled: 28 },
    calls: { unlabeled: 219 },
    emails: { unlabeled: 223 },
    meetings: { unlabeled: 225 },
    notes: { unlabeled: 227 },
    tasks: { unlabeled: 229 },
    feedback_submissions: { unlabeled: 99 },
    tickets: { unlabeled: 452 },
  },
  feedback_submissions: {
    contacts: { unlabeled: 98 },
    tickets: { unlabeled: 100 },
    companies: { unlabeled: 928 },
    deals: { unlabeled: 984 },
  },
  calls: { contacts: { unlabeled: 194 }, companies: { unlabeled: 182 }, deals: { unlabeled: 206 }, tickets: { unlabeled: 220 } },
  emails: { contacts: { unlabeled: 198 }, companies: { unlabeled: 186 }, deals: { unlabeled: 210 }, tickets: { unlabeled: 224 } },
  meetings: { contacts: { unlabeled: 200 }, companies: { unlabeled: 188 }, deals: { unlabeled: 212 }, tickets: { unlabeled: 226 } },
  notes: { contacts: { unlabeled: 202 }, companies: { unlabeled: 190 }, deals: { unlabeled: 214 }, tickets: { unlabeled: 228 } },
  tasks: { contacts: { unlabeled: 204 }, companies: { unlabeled: 192 }, deals: { unlabeled: 216 }, tickets: { unlabeled: 230 } },
};

/** HubSpot's default types from one object type to another, or undefined when HubSpot has no such pair. */
export function defaultAssociationTypes(from: ObjectType, to: ObjectType): DefaultTypes | undefined {
  return T[from]?.[to];
}

/** The direction-reversed HubSpot-defined type id (e.g. 279 ↔ 280, 1 ↔ 2, 341 ↔ 342). */
export function reverseHubspotTypeId(from: ObjectType, to: ObjectType, typeId: number): number | undefined {
  const forward = T[from]?.[to];
  const back = T[to]?.[from];
  if (!forward || !back) return undefined;
  if (forward.unlabeled === typeId) return back.unlabeled;
  if (forward.primary === typeId) return back.primary;
  return undefined;
}

/** Whether a HubSpot-defined type id belongs to this direction. */
export function isHubspotTypeFor(from: ObjectType, to: ObjectType, typeId: number): boolean {
  const t = T[from]?.[to];
  return !!t && (t.unlabeled === typeId || t.primary === typeId);
}
