/** One CRM record as the store keeps it, and how writes land in its history. */
import type { ObjectType, PropertyVersion } from '../types';
import { formatInstant } from './time';

export interface StoredRecord {
  id: string;
  type: ObjectType;
  values: Map<string, string>;
  /** Every write per property, oldest first. */
  history: Map<string, PropertyVersion[]>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
}

/** Who writes: HubSpot's `sourceType` / webhook `changeSource` and the writer's id. */
export interface Writer {
  sourceType: string;
  sourceId?: string;
  userId?: number;
}

/** A write through the API with the sandbox app's token. */
export function integrationWriter(appId: number): Writer {
  return { sourceType: 'INTEGRATION', sourceId: String(appId) };
}

/** A write a HubSpot user makes in the CRM UI. */
export function crmUiWriter(userId: number): Writer {
  return { sourceType: 'CRM_UI', sourceId: `userId:${userId}`, userId };
}

export const CALCULATED: Writer = { sourceType: 'CALCULATED' };
export const IMPORTED: Writer = { sourceType: 'IMPORT' };

/** Sets a value and records the version; false when the value did not change. */
export function writeValue(rec: StoredRecord, name: string, value: string, at: number, writer: Writer, timestamp?: string): boolean {
  if (rec.values.get(name) === value && rec.history.has(name)) return false;
  rec.values.set(name, value);
  const version: PropertyVersion = { value, timestamp: timestamp ?? formatInstant(at), sourceType: writer.sourceType };
  if (writer.sourceId !== undefined) version.sourceId = writer.sourceId;
  if (writer.userId !== undefined) version.updatedByUserId = writer.userId;
  const list = rec.history.get(name);
  if (list) list.push(version);
  else rec.history.set(name, [version]);
  return true;
}

/** The webhook fields naming a writer. */
export function source(writer: Writer): { changeSource: string; sourceId?: string } {
  return writer.sourceId === undefined ? { changeSource: writer.sourceType } : { changeSource: writer.sourceType, sourceId: writer.sourceId };
}
