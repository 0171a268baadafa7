/**
 * Collects generated records and associations and hands out HubSpot-like
 * numeric ids (one sequence per object type, far above the ids a store hands
 * out for records created later through the API).
 */
import type { AssociationType, ObjectType, PropertyVersion, SeedAssociation, SeedRecord } from '../types';
import { isoInstant } from './time';

const ID_BASE: Record<ObjectType, number> = {
  companies: 30_000_000_000,
  contacts: 40_000_000_000,
  deals: 50_000_000_000,
  tickets: 60_000_000_000,
  feedback_submissions: 70_000_000_000,
  meetings: 80_000_000_000,
  emails: 81_000_000_000,
  calls: 82_000_000_000,
  notes: 83_000_000_000,
  tasks: 84_000_000_000,
};

export type Value = string | number | boolean | undefined;

/** A property's path over time, oldest first; the last entry is the current value. */
export type Versions = [at: number, value: Value][];

export interface RecordInput {
  createdAt: number;
  /** Defaults to the newest version timestamp, else createdAt. */
  updatedAt?: number;
  /** Values set once (at creation). undefined values are left out. */
  properties: Record<string, Value>;
  /** Values that changed over time; the last version is the current value. */
  versions?: Record<string, Versions>;
}

/** A property value as HubSpot stores it: always a string. */
export function text(v: Exclude<Value, undefined>): string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`generator produced a non-finite number: ${v}`);
    return String(Math.round(v * 100) / 100);
  }
  return String(v);
}

export class Sink {
  readonly records: Record<ObjectType, SeedRecord[]> = {
    companies: [], contacts: [], deals: [], tickets: [], feedback_submissions: [],
    meetings: [], emails: [], calls: [], notes: [], tasks: [],
  };
  readonly associations: SeedAssociation[] = [];
  private readonly counters = new Map<ObjectType, number>();

  /** HubSpot's sourceType of the writes that made the history (a sync app writes as INTEGRATION). */
  constructor(private readonly sourceType = 'INTEGRATION') {}

  add(type: ObjectType, input: RecordInput): string {
    const n = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, n);
    const id = String(ID_BASE[type] + n);
    const properties: Record<string, string> = {};
    for (const [k, v] of Object.entries(input.properties)) if (v !== undefined) properties[k] = text(v);
    const kept: [string, [number, string][]][] = [];
    let latest = input.createdAt;
    for (const [name, versions] of Object.entries(input.versions ?? {})) {
      const list = dedupe(versions);
      if (list.length === 0) continue;
      kept.push([name, list]);
      latest = Math.max(latest, list[list.length - 1]![0]);
    }
    const updatedAt = input.updatedAt ?? latest;
    let history: Record<string, PropertyVersion[]> | undefined;
    for (const [name, list] of kept) {
      const [currentAt, current] = list[list.length - 1]!;
      properties[name] = current;
      // The store stamps a current value that is missing from the history with
      // the record's updatedAt. A value that changed earlier keeps its own
      // timestamp by ending the history (the store does not repeat an equal value).
      const upTo = currentAt < updatedAt && currentAt > input.createdAt ? list.length : list.length - 1;
      if (upTo === 0) continue;
      history ??= {};
      history[name] = list.slice(0, upTo).map(([at, v]) => ({ value: v, timestamp: isoInstant(at), sourceType: this.sourceType }));
    }
    const rec: SeedRecord = { id, properties, createdAt: isoInstant(input.createdAt), updatedAt: isoInstant(updatedAt) };
    if (history) rec.history = history;
    this.records[type].push(rec);
    return id;
  }

  /** A record added earlier (searched from the newest: callers look up what they just made). */
  find(type: ObjectType, id: string): SeedRecord | undefined {
    const list = this.records[type];
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.id === id) return list[i];
    return undefined;
  }

  associate(fromType: ObjectType, fromId: string, toType: ObjectType, toId: string, types: AssociationType[] = []): void {
    this.associations.push({ fromType, fromId, toType, toId, types });
  }
}

/** Drops undefined values and repeats of the previous value (HubSpot keeps a version per change). */
function dedupe(versions: Versions): [number, string][] {
  let sorted = true;
  for (let i = 1; i < versions.length; i++) if (versions[i]![0] < versions[i - 1]![0]) sorted = false;
  const ordered = sorted ? versions : [...versions].sort((a, b) => a[0] - b[0]);
  const out: [number, string][] = [];
  let prev: string | undefined;
  for (const [at, v] of ordered) {
    if (v === undefined) continue;
    const t = text(v);
    if (t === prev) continue;
    out.push([at, t]);
    prev = t;
  }
  return out;
}
