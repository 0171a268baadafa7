/**
 * The sandbox's in-memory CRM: records per object type with string values and
 * a full history per property, associations in both directions, property
 * definitions, labels, owners and pipelines. Every successful write is
 * reported to listeners as StoreChange events (webhook delivery listens).
 */
import { OBJECT_META } from '../schema';
import { OBJECT_TYPES, type ObjectType, type Owner, type SandboxSeed, type StoreChange } from '../types';
import { AssociationIndex, compareIds } from './associations';
import { installCalculations } from './calculated';
import { notFound, PropertyValidationError } from './errors';
import { loadSeed } from './load-seed';
import { AssociationLabels } from './labels';
import { CALCULATED, source, type StoredRecord, type Writer, writeValue } from './records';
import { PropertyRegistry } from './registry';
import { formatInstant } from './time';
import { checkValue, readOnlyProperty, unknownProperty, type PropertyError } from './validate';

export type ChangeListener = (change: StoreChange) => void;

export interface StoreOptions {
  now?: () => number;
}

export class Store {
  readonly now: () => number;
  readonly registry: PropertyRegistry;
  readonly associations = new AssociationIndex();
  readonly labels = new AssociationLabels();
  owners: Owner[] = [];
  private readonly records = new Map<ObjectType, Map<string, StoredRecord>>();
  /** Records per type in ascending id order, for paging. */
  private readonly order = new Map<ObjectType, StoredRecord[]>();
  private archivedCount = 0;
  private readonly listeners = new Set<ChangeListener>();
  private nextId = 1001;
  /** Changes of the write in progress, emitted once it succeeded. */
  private pending: StoreChange[] = [];
  private depth = 0;
  private muted = 0;

  constructor(options: StoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.registry = new PropertyRegistry(this.now);
    for (const t of OBJECT_TYPES) {
      this.records.set(t, new Map());
      this.order.set(t, []);
    }
    installCalculations(this);
  }

  /** Fills the store from a seed; listeners hear nothing of it. */
  loadSeed(seed: SandboxSeed): void {
    loadSeed(this, seed);
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(type: ObjectType, id: string): StoredRecord | undefined {
    const r = this.records.get(type)!.get(id);
    return r && !r.archived ? r : undefined;
  }

  /** Looks a record up by a unique property (`idProperty`), e.g. a contact's email. */
  findBy(type: ObjectType, property: string, value: string): StoredRecord | undefined {
    if (property === 'hs_object_id') return this.get(type, value);
    const v = value.toLowerCase();
    return this.list(type).find((r) => (r.values.get(property) ?? '').toLowerCase() === v);
  }

  /** Live records of a type, ordered by id. */
  list(type: ObjectType): StoredRecord[] {
    const all = this.order.get(type)!;
    return this.archivedCount === 0 ? all.slice() : all.filter((r) => !r.archived);
  }

  /** Archived records of a type, ordered by id (what `?archived=true` reads). */
  listArchived(type: ObjectType): StoredRecord[] {
    return this.archivedCount === 0 ? [] : this.order.get(type)!.filter((r) => r.archived);
  }

  getArchived(type: ObjectType, id: string): StoredRecord | undefined {
    const r = this.records.get(type)!.get(id);
    return r?.archived ? r : undefined;
  }

  count(type: ObjectType): number {
    return this.list(type).length;
  }

  /**
   * Checks values the way HubSpot does and returns them normalised. Throws
   * PropertyValidationError listing every bad property of the request.
   */
  validate(type: ObjectType, properties: Record<string, unknown>, { allowReadOnly = false } = {}): Map<string, string> {
    const errors: PropertyError[] = [];
    const values = new Map<string, string>();
    const ctx = { ownerExists: (id: string) => this.owners.some((o) => o.id === id) };
    for (const [name, raw] of Object.entries(properties)) {
      const def = this.registry.get(type, name);
      if (!def) {
        errors.push(unknownProperty(name, raw));
        continue;
      }
      if (def.readOnlyValue && !allowReadOnly) {
        errors.push(readOnlyProperty(name, raw));
        continue;
      }
      const checked = checkValue(def, raw, ctx);
      if (checked.ok) values.set(name, checked.value);
      else errors.push(checked.error);
    }
    if (errors.length > 0) throw new PropertyValidationError(errors);
    return values;
  }

  create(type: ObjectType, properties: Record<string, unknown>, writer: Writer): StoredRecord {
    return this.createValidated(type, this.validate(type, properties), writer);
  }

  /** Creates from values already passed through `validate` (batch routes validate every input first). */
  createValidated(type: ObjectType, values: Map<string, string>, writer: Writer, at = this.now()): StoredRecord {
    return this.commit(() => {
      const rec = this.insert(type, String(this.nextId++), at, writer);
      this.pending.push({ kind: 'creation', objectType: type, objectId: rec.id, occurredAt: at, ...source(writer) });
      this.applyValues(rec, values, at, writer);
      return rec;
    });
  }

  update(type: ObjectType, id: string, properties: Record<string, unknown>, writer: Writer): StoredRecord {
    const values = this.validate(type, properties);
    return this.updateValidated(type, id, values, writer);
  }

  updateValidated(type: ObjectType, id: string, values: Map<string, string>, writer: Writer): StoredRecord {
    const rec = this.get(type, id);
    if (!rec) throw notFound(type, id);
    return this.commit(() => {
      this.applyValues(rec, values, this.now(), writer);
      return rec;
    });
  }

  archive(type: ObjectType, id: string, writer: Writer): void {
    const rec = this.get(type, id);
    if (!rec) throw notFound(type, id);
    // StoreChange has no deletion event yet, so archiving is silent to listeners.
    void writer;
    rec.archived = true;
    rec.archivedAt = formatInstant(this.now());
    this.archivedCount++;
  }

  /** Adds a record with its computed identity properties (used by creates and by seed loading). */
  insert(type: ObjectType, id: string, at: number, writer: Writer, createdAt = at): StoredRecord {
    const meta = OBJECT_META[type];
    const created = formatInstant(createdAt);
    const updated = at === createdAt ? created : formatInstant(at);
    const rec: StoredRecord = { id, type, values: new Map(), history: new Map(), createdAt: created, updatedAt: updated, archived: false };
    writeValue(rec, 'hs_object_id', id, createdAt, writer, created);
    writeValue(rec, meta.createdProperty, created, createdAt, writer, created);
    writeValue(rec, meta.modifiedProperty, updated, at, CALCULATED, updated);
    this.records.get(type)!.set(id, rec);
    const order = this.order.get(type)!;
    const last = order[order.length - 1];
    order.push(rec);
    if (last && compareIds(last.id, id) >= 0) order.sort((a, b) => compareIds(a.id, b.id));
    if (/^\d+$/.test(id)) this.nextId = Math.max(this.nextId, Number(id) + 1);
    return rec;
  }

  /** Writes values, keeps the modification date, queues one propertyChange per changed value. */
  applyValues(rec: StoredRecord, values: Map<string, string>, at: number, writer: Writer): void {
    let changed = false;
    for (const [name, value] of values) {
      if (!writeValue(rec, name, value, at, writer)) continue;
      changed = true;
      this.pending.push({
        kind: 'propertyChange', objectType: rec.type, objectId: rec.id, propertyName: name, propertyValue: value,
        occurredAt: at, ...source(writer),
      });
    }
    if (changed) this.touch(rec, at);
  }

  /** Marks a record modified at `at`. */
  touch(rec: StoredRecord, at: number): void {
    rec.updatedAt = formatInstant(at);
    writeValue(rec, OBJECT_META[rec.type].modifiedProperty, rec.updatedAt, at, CALCULATED);
  }

  /** Queues a change for the write in progress. */
  queue(change: StoreChange): void {
    this.pending.push(change);
  }

  /** Runs a write and emits its changes once it has succeeded. Nested writes emit with the outermost. */
  commit<T>(work: () => T): T {
    this.depth++;
    let ok = false;
    try {
      const result = work();
      ok = true;
      return result;
    } finally {
      this.depth--;
      if (this.depth === 0) {
        const changes = this.pending;
        this.pending = [];
        if (ok) this.emit(changes);
      }
    }
  }

  /** Runs writes that listeners must not hear about (loading a seed is not a change). */
  silently<T>(work: () => T): T {
    this.muted++;
    try {
      return this.commit(work);
    } finally {
      this.muted--;
    }
  }

  private emit(changes: StoreChange[]): void {
    if (this.muted > 0) return;
    for (const change of changes) {
      for (const listener of this.listeners) {
        try {
          listener(change);
        } catch {
          // A failing listener (e.g. a webhook dispatcher) must not undo or fail the write.
        }
      }
    }
  }
}
