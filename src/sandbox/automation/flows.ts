/**
 * The sandbox's Automation v4 flows, in memory: numeric ids, revisionId
 * starting at "1" and moving on with every replace (a replace must name the
 * current one, else 409), createdAt / updatedAt, nextAvailableActionId, delete.
 * A replace (PUT) replaces the whole flow: what it leaves out (say,
 * enrollmentCriteria) is gone, except the name, which is kept, and
 * objectTypeId / flowType / dataSources, which a PUT cannot carry.
 */
import { HubSpotHttpError } from '../http/errors';
import { formatInstant } from '../store';
import type { FlowCreate, FlowPut } from './flow-schema';

export interface StoredFlow {
  id: string;
  revision: number;
  createdAt: number;
  updatedAt: number;
  /** The flow as created or last replaced (without id, revision, times). */
  body: FlowCreate;
}

const notFound = (id: string) =>
  new HubSpotHttpError(404, `Could not find flow with id ${id}`, 'OBJECT_NOT_FOUND', { context: { flowId: [id] } });

export class Flows {
  private readonly flows = new Map<string, StoredFlow>();
  // Flow ids in HubSpot are numeric strings; these only need to be unique.
  private nextId = 1_600_000_001;

  constructor(private readonly now: () => number) {}

  create(body: FlowCreate): Record<string, unknown> {
    const at = this.now();
    const flow: StoredFlow = { id: String(this.nextId++), revision: 1, createdAt: at, updatedAt: at, body };
    this.flows.set(flow.id, flow);
    return flowJson(flow);
  }

  /** Listings (ApiFlowListing) in creation order. */
  list(): Record<string, unknown>[] {
    return [...this.flows.values()].map(listingJson);
  }

  get(id: string): Record<string, unknown> {
    return flowJson(this.find(id));
  }

  replace(id: string, put: FlowPut): Record<string, unknown> {
    const flow = this.find(id);
    if (put.type !== flow.body.type) {
      throw new HubSpotHttpError(400, `Flow ${id} is a ${flow.body.type}; its type cannot change to ${put.type}`, 'VALIDATION_ERROR', {
        errors: [{ message: 'type cannot change', code: 'INVALID_INPUT', context: { field: ['type'] } }],
      });
    }
    if (put.revisionId !== String(flow.revision)) {
      throw new HubSpotHttpError(409, `revisionId ${put.revisionId} is not the current revision ${flow.revision} of flow ${id}`, 'CONFLICT');
    }
    const { revisionId: _old, ...content } = put;
    const { objectTypeId, flowType, dataSources } = flow.body;
    flow.body = { ...content, name: content.name ?? flow.body.name, objectTypeId, flowType, dataSources } as FlowCreate;
    flow.revision += 1;
    flow.updatedAt = this.now();
    return flowJson(flow);
  }

  delete(id: string): void {
    this.find(id);
    this.flows.delete(id);
  }

  private find(id: string): StoredFlow {
    const flow = this.flows.get(id);
    if (!flow) throw notFound(id);
    return flow;
  }
}

/** ApiPlatformFlow / ApiContactFlow. */
function flowJson(flow: StoredFlow): Record<string, unknown> {
  const maxId = Math.max(0, ...flow.body.actions.map((a) => Number(a.actionId)));
  return {
    id: flow.id,
    revisionId: String(flow.revision),
    createdAt: formatInstant(flow.createdAt),
    updatedAt: formatInstant(flow.updatedAt),
    crmObjectCreationStatus: 'COMPLETE',
    nextAvailableActionId: String(maxId + 1),
    ...structuredClone(flow.body),
  };
}

function listingJson(flow: StoredFlow): Record<string, unknown> {
  const { name, uuid, isEnabled, flowType, objectTypeId } = flow.body;
  return {
    id: flow.id, revisionId: String(flow.revision), createdAt: formatInstant(flow.createdAt), updatedAt: formatInstant(flow.updatedAt),
    isEnabled, flowType, objectTypeId, ...(name !== undefined ? { name } : {}), ...(uuid !== undefined ? { uuid } : {}),
  };
}
