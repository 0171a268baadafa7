/**
 * The sandbox's custom workflow action definitions, in memory, per app:
 * numeric ids, a revision per create and update (GET …/revisions lists them),
 * archive on delete, and serverless functions per function type.
 */
import { HubSpotHttpError } from '../http/errors';
import { formatInstant } from '../store';
import type { DefinitionEgg, DefinitionPatch, FunctionType } from './action-schema';

type Body = Omit<DefinitionEgg, 'functions' | 'archivedAt'>;

export interface ActionFunctionRecord {
  functionType: FunctionType;
  id: string;
  functionSource: string;
}

export interface ActionRevision {
  id: string;
  revisionId: string;
  createdAt: string;
  definition: Record<string, unknown>;
}

interface StoredDefinition {
  appId: string;
  id: string;
  revision: number;
  body: Body;
  functions: ActionFunctionRecord[];
  archivedAt?: number;
  revisions: ActionRevision[];
}

const notFound = (appId: string, id: string) =>
  new HubSpotHttpError(404, `Unable to find action definition ${id} for app ${appId}`, 'OBJECT_NOT_FOUND', { context: { id: [id] } });

export class ActionDefinitions {
  private readonly defs = new Map<string, StoredDefinition>();
  // HubSpot's ids are opaque numeric strings; these only need to be unique.
  private nextId = 8_100_001;
  private nextFunctionId = 700_001;

  constructor(private readonly now: () => number) {}

  create(appId: string, egg: DefinitionEgg): Record<string, unknown> {
    const { functions, archivedAt: _ignored, ...body } = egg;
    const def: StoredDefinition = { appId, id: String(this.nextId++), revision: 0, body, functions: [], revisions: [] };
    def.functions = functions.map((f) => ({ functionType: f.functionType, functionSource: f.functionSource, id: f.id ?? this.functionId() }));
    this.defs.set(key(appId, def.id), def);
    return this.revise(def);
  }

  /** Live definitions, or with `archived` only the archived ones (HubSpot's archived=true). */
  list(appId: string, archived: boolean): Record<string, unknown>[] {
    return [...this.defs.values()].filter((d) => d.appId === appId && (d.archivedAt !== undefined) === archived).map(definitionJson);
  }

  get(appId: string, id: string, archived = false): Record<string, unknown> {
    return definitionJson(this.find(appId, id, archived));
  }

  update(appId: string, id: string, patch: DefinitionPatch): Record<string, unknown> {
    const def = this.find(appId, id);
    def.body = { ...def.body, ...stripUndefined(patch) };
    return this.revise(def);
  }

  archive(appId: string, id: string): void {
    this.find(appId, id).archivedAt = this.now();
  }

  revisions(appId: string, id: string): ActionRevision[] {
    return this.find(appId, id, true).revisions;
  }

  revision(appId: string, id: string, revisionId: string): ActionRevision {
    const rev = this.revisions(appId, id).find((r) => r.revisionId === revisionId);
    if (!rev) throw new HubSpotHttpError(404, `Unable to find revision ${revisionId} of action definition ${id}`, 'OBJECT_NOT_FOUND');
    return rev;
  }

  functions(appId: string, id: string): ActionFunctionRecord[] {
    return this.find(appId, id).functions;
  }

  /** Creates or replaces the function of a type (with `functionId`, that one). */
  putFunction(appId: string, id: string, functionType: FunctionType, functionSource: string, functionId?: string): ActionFunctionRecord {
    const def = this.find(appId, id);
    const existing = def.functions.find((f) => f.functionType === functionType && (functionId === undefined || f.id === functionId));
    const record = { functionType, functionSource, id: functionId ?? existing?.id ?? this.functionId() };
    def.functions = [...def.functions.filter((f) => f !== existing), record];
    return record;
  }

  findFunction(appId: string, id: string, functionType: FunctionType, functionId?: string): ActionFunctionRecord {
    const f = this.functions(appId, id).find((x) => x.functionType === functionType && (functionId === undefined || x.id === functionId));
    if (!f) throw new HubSpotHttpError(404, `Unable to find ${functionType} function of action definition ${id}`, 'OBJECT_NOT_FOUND');
    return f;
  }

  deleteFunction(appId: string, id: string, functionType: FunctionType, functionId?: string): void {
    const gone = this.findFunction(appId, id, functionType, functionId);
    const def = this.find(appId, id);
    def.functions = def.functions.filter((f) => f !== gone);
  }

  private find(appId: string, id: string, includeArchived = false): StoredDefinition {
    const def = this.defs.get(key(appId, id));
    if (!def || (def.archivedAt !== undefined && !includeArchived)) throw notFound(appId, id);
    return def;
  }

  private revise(def: StoredDefinition): Record<string, unknown> {
    def.revision += 1;
    const definition = definitionJson(def);
    def.revisions.push({ id: def.id, revisionId: String(def.revision), createdAt: formatInstant(this.now()), definition });
    return definition;
  }

  private functionId(): string {
    return String(this.nextFunctionId++);
  }
}

const key = (appId: string, id: string) => `${appId}/${id}`;

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** PublicActionDefinition: functions appear as identifiers, without their source. */
function definitionJson(def: StoredDefinition): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: def.id,
    revisionId: String(def.revision),
    ...structuredClone(def.body),
    functions: def.functions.map((f) => ({ functionType: f.functionType, id: f.id })),
  };
  if (def.archivedAt !== undefined) json.archivedAt = def.archivedAt;
  return json;
}
