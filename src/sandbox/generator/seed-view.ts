/**
 * Read helpers over a generated SandboxSeed, for tests and evaluations: a
 * property's value at an instant (from its history), records by id, and a
 * company's associated records. Pure functions over the seed.
 */
import type { ObjectType, SandboxSeed, SeedAssociation, SeedRecord } from '../types';

export class SeedView {
  private readonly byId = new Map<string, SeedRecord>();
  private readonly links = new Map<string, SeedAssociation[]>();

  constructor(readonly seed: SandboxSeed) {
    for (const [type, recs] of Object.entries(seed.records)) for (const r of recs ?? []) this.byId.set(`${type}/${r.id}`, r);
    for (const a of seed.associations) {
      const key = `${a.toType}/${a.toId}>${a.fromType}`;
      const list = this.links.get(key) ?? [];
      list.push(a);
      this.links.set(key, list);
    }
  }

  get(type: ObjectType, id: string): SeedRecord | undefined {
    return this.byId.get(`${type}/${id}`);
  }

  /** Records of `type` associated to a company (every seed association points from the record to its company). */
  related(companyId: string, type: ObjectType): { record: SeedRecord; association: SeedAssociation }[] {
    return (this.links.get(`companies/${companyId}>${type}`) ?? []).map((association) => ({ record: this.get(type, association.fromId)!, association }));
  }

  /**
   * The value a property had at `at`, as `propertiesWithHistory` shows it once
   * the store loaded the seed: the history, then the current value stamped
   * with updatedAt (createdAt when there is no history) unless the history
   * already ends with it.
   */
  static valueAt(rec: SeedRecord, name: string, at: number): string | undefined {
    const current = rec.properties[name];
    const history = rec.history?.[name] ?? [];
    let value: string | undefined;
    for (const v of history) if (Date.parse(v.timestamp) <= at) value = v.value;
    const last = history[history.length - 1];
    if (current === undefined || (last && last.value === current)) return value;
    const currentAt = Date.parse(history.length > 0 ? rec.updatedAt ?? rec.createdAt : rec.createdAt);
    return currentAt <= at ? current : value;
  }

  static numberAt(rec: SeedRecord, name: string, at: number): number | undefined {
    const v = SeedView.valueAt(rec, name, at);
    return v === undefined || v === '' ? undefined : Number(v);
  }
}
