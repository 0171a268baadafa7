import { STANDARD_PROPERTIES } from '../schema';
import { createStore } from '../store';
import { OBJECT_TYPES, type ObjectType, type PropertyDefinition } from '../types';
import { generatePortfolio } from './index';
import { INPUT_PROPERTIES } from './input-properties';

const seed = generatePortfolio({ companies: 240, seed: 'shape' });
const asOf = Date.parse(seed.asOf);

/** The HubSpot standard properties the generator may fill (the team's agreed list). */
const ALLOWED_STANDARD: Record<ObjectType, string[]> = {
  companies: ['name', 'domain', 'industry', 'numberofemployees', 'annualrevenue', 'lifecyclestage', 'hubspot_owner_id', 'city', 'country', 'hs_lifecyclestage_customer_date', 'notes_last_contacted'],
  contacts: ['firstname', 'lastname', 'email', 'jobtitle', 'lifecyclestage', 'hubspot_owner_id', 'hs_lead_status'],
  deals: ['dealname', 'amount', 'dealstage', 'pipeline', 'closedate', 'dealtype', 'hubspot_owner_id', 'closed_lost_reason'],
  tickets: ['subject', 'content', 'hs_pipeline', 'hs_pipeline_stage', 'hs_ticket_priority', 'hs_ticket_category', 'closed_date', 'hubspot_owner_id'],
  feedback_submissions: ['hs_survey_type', 'hs_survey_name', 'hs_value', 'hs_response_group', 'hs_content', 'hs_submission_timestamp', 'hs_survey_channel'],
  meetings: ['hs_timestamp', 'hs_meeting_title', 'hs_meeting_body', 'hs_meeting_start_time', 'hs_meeting_end_time', 'hs_meeting_outcome', 'hubspot_owner_id'],
  emails: ['hs_timestamp', 'hs_email_direction', 'hs_email_subject', 'hs_email_text', 'hs_email_status', 'hubspot_owner_id'],
  calls: ['hs_timestamp', 'hs_call_title', 'hs_call_body', 'hs_call_direction', 'hs_call_disposition', 'hs_call_duration', 'hubspot_owner_id'],
  notes: ['hs_timestamp', 'hs_note_body', 'hubspot_owner_id'],
  tasks: ['hs_timestamp', 'hs_task_subject', 'hs_task_body', 'hs_task_status', 'hs_task_priority', 'hs_task_type', 'hubspot_owner_id'],
};

function definitions(type: ObjectType): Map<string, PropertyDefinition> {
  const defs = new Map<string, PropertyDefinition>();
  for (const d of STANDARD_PROPERTIES[type]) if (ALLOWED_STANDARD[type].includes(d.name)) defs.set(d.name, d);
  for (const d of seed.customProperties[type] ?? []) defs.set(d.name, d);
  return defs;
}

function allowedOptions(type: ObjectType, def: PropertyDefinition): Set<string> | undefined {
  if (def.referencedObjectType === 'OWNER') return new Set(seed.owners.map((o) => o.id));
  const stages = (pipes: { id: string; stages: { id: string }[] }[]) => new Set(pipes.flatMap((p) => p.stages.map((s) => s.id)));
  if (type === 'deals' && def.name === 'pipeline') return new Set(['default', ...(seed.pipelines.deals ?? []).map((p) => p.id)]);
  if (type === 'deals' && def.name === 'dealstage') {
    return new Set([...stages(seed.pipelines.deals ?? []), 'appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent', 'closedwon', 'closedlost']);
  }
  if (type === 'tickets' && def.name === 'hs_pipeline') return new Set(['0']);
  if (type === 'tickets' && def.name === 'hs_pipeline_stage') return new Set(['1', '2', '3', '4']);
  return def.options && def.options.length > 0 ? new Set(def.options.map((o) => o.value)) : undefined;
}

/** Why a value is not valid for its definition, or null. */
function problem(type: ObjectType, def: PropertyDefinition, value: string): string | null {
  if (typeof value !== 'string') return 'not a string';
  switch (def.type) {
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(value) && Number.isFinite(Number(value)) ? null : 'not a number';
    case 'datetime':
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'not an ISO datetime';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'not a date';
    case 'bool':
      return value === 'true' || value === 'false' ? null : 'not a bool';
    case 'enumeration': {
      const allowed = allowedOptions(type, def);
      if (!allowed) return null;
      const parts = def.fieldType === 'checkbox' ? value.split(';') : [value];
      return parts.every((p) => allowed.has(p)) ? null : `"${value}" is not an option`;
    }
    default:
      return value.length > 0 ? null : 'empty string';
  }
}

describe('generated portfolio shape', () => {
  it('has the requested companies, owners (1 per 40, min 3) and contacts (3–15 per company)', () => {
    expect(seed.records.companies).toHaveLength(240);
    expect(seed.owners).toHaveLength(6);
    expect(generatePortfolio({ companies: 20, seed: 1 }).owners).toHaveLength(3);
    const perCompany = new Map<string, number>();
    for (const a of seed.associations) if (a.fromType === 'contacts' && a.toType === 'companies') perCompany.set(a.toId, (perCompany.get(a.toId) ?? 0) + 1);
    for (const c of seed.records.companies!) {
      const n = perCompany.get(c.id) ?? 0;
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(15 + 4); // up to 15 at the start, plus replacements and a new department
    }
    for (const type of OBJECT_TYPES) expect((seed.records[type] ?? []).length).toBeGreaterThan(0);
  });

  it('mixes customers, former customers and a few prospects', () => {
    const stages = seed.records.companies!.map((c) => c.properties.lifecyclestage);
    const customers = stages.filter((s) => s === 'customer').length;
    expect(customers / stages.length).toBeGreaterThan(0.8);
    expect(stages.filter((s) => s === 'other').length).toBeGreaterThan(3);
    expect(stages.filter((s) => s === 'lead' || s === 'opportunity' || s === 'marketingqualifiedlead').length).toBeGreaterThan(2);
  });

  it('uses only known property names, every value a valid string for its type and options', () => {
    const problems: string[] = [];
    for (const type of OBJECT_TYPES) {
      const defs = definitions(type);
      for (const rec of seed.records[type] ?? []) {
        const values: [string, string][] = [
          ...Object.entries(rec.properties),
          ...Object.entries(rec.history ?? {}).flatMap(([n, vs]) => vs.map((v): [string, string] => [n, v.value])),
        ];
        for (const [name, value] of values) {
          const def = defs.get(name);
          const why = def ? problem(type, def, value) : 'unknown property';
          if (why) problems.push(`${type}/${rec.id} ${name}=${JSON.stringify(value)}: ${why}`);
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('defines the input properties in the group customer_health_inputs with descriptions', () => {
    for (const [type, defs] of Object.entries(INPUT_PROPERTIES)) {
      const seeded = seed.customProperties[type as ObjectType] ?? [];
      expect(seeded.map((d) => d.name)).toEqual(defs.map((d) => d.name));
      for (const d of seeded) {
        expect(d.name.startsWith('che_')).toBe(true);
        expect(d.groupName).toBe('customer_health_inputs');
        expect((d.description ?? '').length).toBeGreaterThan(20);
        if (d.type === 'enumeration' || d.type === 'bool') expect(d.options!.length).toBeGreaterThan(1);
      }
      expect(seed.customGroups[type as ObjectType]).toEqual([expect.objectContaining({ name: 'customer_health_inputs', label: 'Customer Health inputs' })]);
    }
  });

  it('points every association at existing records, with labels defined for that direction', () => {
    const ids = new Set(OBJECT_TYPES.flatMap((t) => (seed.records[t] ?? []).map((r) => `${t}/${r.id}`)));
    const labels = new Set(seed.labels.map((l) => `${l.fromObjectType}>${l.toObjectType}:${l.category}:${l.typeId}`));
    const problems: string[] = [];
    for (const a of seed.associations) {
      if (!ids.has(`${a.fromType}/${a.fromId}`)) problems.push(`missing ${a.fromType}/${a.fromId}`);
      if (!ids.has(`${a.toType}/${a.toId}`)) problems.push(`missing ${a.toType}/${a.toId}`);
      for (const t of a.types) if (!labels.has(`${a.fromType}>${a.toType}:${t.category}:${t.typeId}`)) problems.push(`undefined label ${t.typeId} on ${a.fromType}>${a.toType}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(seed.labels.map((l) => [l.name, l.label])).toEqual([
      ['champion', 'Champion'], ['executive_sponsor', 'Executive Sponsor'], ['decision_maker', 'Decision Maker'],
    ]);
    const labelled = seed.associations.filter((a) => a.types.length > 0);
    const unlabelled = seed.associations.filter((a) => a.fromType === 'contacts' && a.types.length === 0);
    expect(labelled.length).toBeGreaterThan(240);
    expect(unlabelled.length).toBeGreaterThan(240);
  });

  it('keeps history ascending, after creation and never past asOf; ids unique', () => {
    const problems: string[] = [];
    for (const type of OBJECT_TYPES) {
      const seen = new Set<string>();
      for (const rec of seed.records[type] ?? []) {
        if (seen.has(rec.id)) problems.push(`duplicate id ${type}/${rec.id}`);
        seen.add(rec.id);
        const created = Date.parse(rec.createdAt);
        const updated = Date.parse(rec.updatedAt ?? rec.createdAt);
        if (!(created <= updated && updated <= asOf)) problems.push(`${type}/${rec.id} created ${rec.createdAt} updated ${rec.updatedAt}`);
        for (const [name, versions] of Object.entries(rec.history ?? {})) {
          let prev = created;
          for (const v of versions) {
            const at = Date.parse(v.timestamp);
            if (!(at >= prev && at <= updated)) problems.push(`${type}/${rec.id} ${name} version ${v.timestamp} out of order`);
            prev = at;
          }
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('loads into the sandbox store without a single rejected value', () => {
    const store = createStore({ seed, now: () => asOf });
    expect(store.list('companies')).toHaveLength(240);
    expect(store.list('emails').length).toBe(seed.records.emails!.length);
  });
});
