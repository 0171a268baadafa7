/**
 * A fluent builder of small SandboxSeeds for the CRM endpoint tests:
 * aSeed().withCompanies(25).withContact('c1', {...}).associated(...).build().
 */
import type {
  AssociationLabel, ObjectType, Owner, PropertyDefinition, PropertyVersion, SandboxSeed, SeedRecord,
} from '../../../src/sandbox/types';

const BASE = Date.parse('2025-01-01T00:00:00Z');
const DAY = 86_400_000;

export class SeedBuilder {
  private readonly seed: SandboxSeed = {
    asOf: '2025-06-30T00:00:00Z',
    customProperties: {},
    customGroups: {},
    records: {},
    associations: [],
    labels: [],
    owners: [],
    pipelines: {},
    truth: [],
  };

  withOwner(id: string, userId: number, email = `owner${id}@example.com`): this {
    const owner: Owner = {
      id, userId, email, firstName: 'Olive', lastName: `Owner${id}`,
      createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z', archived: false,
    };
    this.seed.owners.push(owner);
    return this;
  }

  withRecord(
    type: ObjectType,
    id: string,
    properties: Record<string, string>,
    opts: { createdAt?: string; updatedAt?: string; history?: Record<string, PropertyVersion[]> } = {},
  ): this {
    const rec: SeedRecord = { id, properties, createdAt: opts.createdAt ?? new Date(BASE + Number(id) * 1000).toISOString() };
    if (opts.updatedAt) rec.updatedAt = opts.updatedAt;
    if (opts.history) rec.history = opts.history;
    (this.seed.records[type] ??= []).push(rec);
    return this;
  }

  withCompany(id: string, properties: Record<string, string> = {}, opts = {}): this {
    return this.withRecord('companies', id, { name: `Company ${id}`, domain: `c${id}.example.com`, lifecyclestage: 'customer', ...properties }, opts);
  }

  withContact(id: string, properties: Record<string, string> = {}, opts = {}): this {
    return this.withRecord('contacts', id, { firstname: 'Casey', lastname: `Contact${id}`, email: `contact${id}@example.com`, ...properties }, opts);
  }

  withDeal(id: string, properties: Record<string, string> = {}, opts = {}): this {
    return this.withRecord('deals', id, { dealname: `Deal ${id}`, pipeline: 'default', dealstage: 'appointmentscheduled', ...properties }, opts);
  }

  /** Companies with ids from `firstId`, numbered names, employees and ARR growing with the index. */
  withCompanies(count: number, firstId = 1): this {
    for (let i = 0; i < count; i++) {
      const id = String(firstId + i);
      this.withCompany(id, {
        numberofemployees: String(10 * (i + 1)),
        annualrevenue: String(100_000 * (i + 1)),
        city: i % 2 === 0 ? 'Berlin' : 'Paris',
      }, { createdAt: new Date(BASE + i * DAY).toISOString() });
    }
    return this;
  }

  associated(fromType: ObjectType, fromId: string, toType: ObjectType, toId: string, userTypeIds: number[] = []): this {
    this.seed.associations.push({
      fromType, fromId, toType, toId, types: userTypeIds.map((typeId) => ({ category: 'USER_DEFINED' as const, typeId })),
    });
    return this;
  }

  withLabel(fromObjectType: ObjectType, toObjectType: ObjectType, typeId: number, label: string, name = label.toLowerCase().replace(/\s+/g, '_')): this {
    const l: AssociationLabel = { fromObjectType, toObjectType, category: 'USER_DEFINED', typeId, label, name };
    this.seed.labels.push(l);
    return this;
  }

  withCustomProperty(type: ObjectType, def: PropertyDefinition): this {
    (this.seed.customProperties[type] ??= []).push(def);
    return this;
  }

  build(): SandboxSeed {
    return structuredClone(this.seed);
  }
}

export const aSeed = () => new SeedBuilder();
