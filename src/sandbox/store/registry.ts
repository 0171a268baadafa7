/**
 * The portal's property definitions, property groups and pipelines per object
 * type: HubSpot's standard catalogue plus whatever the seed or the API adds.
 * Pipeline and stage enumerations take their options from the pipelines.
 */
import { DEFAULT_PIPELINES, PIPELINE_PROPERTIES, STANDARD_GROUPS, STANDARD_PROPERTIES, type PipelineObjectType } from '../schema';
import { OBJECT_TYPES, type ObjectType, type Pipeline, type PropertyDefinition, type PropertyGroup } from '../types';
import { StoreError } from './errors';
import { formatInstant } from './time';

export interface StoredProperty extends PropertyDefinition {
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

export interface StoredPipeline extends Pipeline {
  createdAt: string;
  updatedAt: string;
}

export class PropertyRegistry {
  private readonly props = new Map<ObjectType, Map<string, StoredProperty>>();
  private readonly groups = new Map<ObjectType, Map<string, PropertyGroup>>();
  private readonly pipelines = new Map<PipelineObjectType, StoredPipeline[]>();

  constructor(private readonly now: () => number) {
    const at = formatInstant(0);
    for (const type of OBJECT_TYPES) {
      this.props.set(type, new Map(STANDARD_PROPERTIES[type].map((d) => [d.name, { ...d, createdAt: at, updatedAt: at, archived: false }])));
      this.groups.set(type, new Map(STANDARD_GROUPS[type].map((g) => [g.name, { ...g }])));
    }
    for (const type of ['deals', 'tickets'] as const) {
      this.pipelines.set(type, []);
      for (const p of DEFAULT_PIPELINES[type]) this.addPipeline(type, p);
    }
  }

  get(type: ObjectType, name: string): StoredProperty | undefined {
    const p = this.props.get(type)?.get(name);
    return p && !p.archived ? p : undefined;
  }

  list(type: ObjectType, archived = false): StoredProperty[] {
    return [...(this.props.get(type)?.values() ?? [])].filter((p) => p.archived === archived);
  }

  /** Adds a property; a seed may also redefine a standard one (e.g. to add options). */
  define(type: ObjectType, def: PropertyDefinition, { replace = false } = {}): StoredProperty {
    const map = this.props.get(type)!;
    const existing = map.get(def.name);
    if (existing && !existing.archived && !replace) {
      throw new StoreError('CONFLICT', `A property named '${def.name}' already exists.`, { name: [def.name] }, 'PropertyValidationError.PROPERTY_EXISTS');
    }
    if (!this.groups.get(type)!.has(def.groupName)) {
      throw new StoreError('VALIDATION', `Property group '${def.groupName}' does not exist.`, { groupName: [def.groupName] });
    }
    const at = formatInstant(this.now());
    const stored: StoredProperty = { ...(existing ?? {}), ...def, createdAt: existing?.createdAt ?? at, updatedAt: at, archived: false };
    map.set(def.name, stored);
    return stored;
  }

  update(type: ObjectType, name: string, patch: Partial<PropertyDefinition>): StoredProperty {
    const existing = this.get(type, name);
    if (!existing) throw new StoreError('NOT_FOUND', `Unable to find property ${name} for object type ${type}`, { name: [name] });
    if (existing.hubspotDefined && (patch.type || patch.fieldType)) {
      throw new StoreError('VALIDATION', `Property ${name} is HubSpot-defined; its type cannot be changed.`, { name: [name] });
    }
    if (patch.groupName && !this.groups.get(type)!.has(patch.groupName)) {
      throw new StoreError('VALIDATION', `Property group '${patch.groupName}' does not exist.`, { groupName: [patch.groupName] });
    }
    const updated: StoredProperty = { ...existing, ...patch, name, updatedAt: formatInstant(this.now()) };
    this.props.get(type)!.set(name, updated);
    return updated;
  }

  listGroups(type: ObjectType): PropertyGroup[] {
    return [...this.groups.get(type)!.values()].filter((g) => !g.archived);
  }

  getGroup(type: ObjectType, name: string): PropertyGroup | undefined {
    const g = this.groups.get(type)!.get(name);
    return g && !g.archived ? g : undefined;
  }

  defineGroup(type: ObjectType, group: PropertyGroup, { replace = false } = {}): PropertyGroup {
    const map = this.groups.get(type)!;
    if (map.get(group.name) && !map.get(group.name)!.archived && !replace) {
      throw new StoreError('CONFLICT', `A property group named '${group.name}' already exists.`, { name: [group.name] });
    }
    const stored = { displayOrder: -1, archived: false, ...group };
    map.set(group.name, stored);
    return stored;
  }

  updateGroup(type: ObjectType, name: string, patch: Partial<PropertyGroup>): PropertyGroup {
    const existing = this.getGroup(type, name);
    if (!existing) throw new StoreError('NOT_FOUND', `Unable to find property group ${name} for object type ${type}`, { name: [name] });
    const updated = { ...existing, ...patch, name };
    this.groups.get(type)!.set(name, updated);
    return updated;
  }

  listPipelines(type: PipelineObjectType): StoredPipeline[] {
    return this.pipelines.get(type)!;
  }

  getPipeline(type: PipelineObjectType, id: string): StoredPipeline | undefined {
    return this.pipelines.get(type)!.find((p) => p.id === id);
  }

  /** Adds or replaces a pipeline and refreshes the pipeline/stage options. */
  addPipeline(type: PipelineObjectType, pipeline: Pipeline): void {
    const at = formatInstant(0);
    const list = this.pipelines.get(type)!.filter((p) => p.id !== pipeline.id);
    list.push({ ...pipeline, createdAt: at, updatedAt: at });
    list.sort((a, b) => a.displayOrder - b.displayOrder);
    this.pipelines.set(type, list);
    const names = PIPELINE_PROPERTIES[type];
    const map = this.props.get(type)!;
    map.set(names.pipeline, { ...map.get(names.pipeline)!, options: list.map((p, i) => ({ value: p.id, label: p.label, displayOrder: i, hidden: false })) });
    const stages = list.flatMap((p) => p.stages.map((s) => ({ value: s.id, label: s.label, displayOrder: s.displayOrder, hidden: false })));
    map.set(names.stage, { ...map.get(names.stage)!, options: stages });
  }
}
