/**
 * Fluent builders of HubSpot records as @hubspot/api-client returns them, for
 * the mapper tests: aRecord('7').with({ hs_value: '9' }).withHistory('jobtitle', [...]).build().
 */
import type { HsRecord } from '../../src/hubspot/mappers/records';

export class RecordBuilder {
  private readonly rec: HsRecord;
  constructor(id: string) {
    this.rec = { id, properties: {}, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
  }

  with(properties: Record<string, string | null>): this {
    Object.assign(this.rec.properties, properties);
    return this;
  }

  /** Versions oldest first, as [timestamp, value]; HubSpot returns them newest first, so do we. */
  withHistory(property: string, versions: [string, string][]): this {
    const list = versions.map(([timestamp, value]) => ({ value, timestamp, sourceType: 'INTEGRATION' })).reverse();
    this.rec.propertiesWithHistory = { ...(this.rec.propertiesWithHistory ?? {}), [property]: list };
    const newest = versions[versions.length - 1];
    if (newest && !(property in this.rec.properties)) this.rec.properties[property] = newest[1];
    return this;
  }

  build(): HsRecord {
    return structuredClone(this.rec);
  }
}

export const aRecord = (id: string) => new RecordBuilder(id);

export const aMeeting = (id: string, title: string, outcome: string | null, at: string) =>
  aRecord(id).with({ hs_meeting_title: title, hs_meeting_outcome: outcome, hs_timestamp: at });

export const aTicket = (id: string, createdAt: string, subject: string, content: string) =>
  aRecord(id).with({ createdate: createdAt, subject, content, hs_pipeline: '0', hs_pipeline_stage: '1' });

export const aNote = (id: string, at: string, body: string) => aRecord(id).with({ hs_timestamp: at, hs_note_body: body });

export const aContact = (id: string, first: string, last: string, createdAt = '2025-01-10T00:00:00.000Z') =>
  aRecord(id).with({ firstname: first, lastname: last, createdate: createdAt });
