/** HubSpot's default pipelines: the deals "Sales Pipeline" and the tickets "Support Pipeline". */
import type { Pipeline } from '../types';

function dealStage(id: string, label: string, displayOrder: number, probability: string, isClosed = false) {
  return { id, label, displayOrder, metadata: { isClosed: String(isClosed), probability } };
}

function ticketStage(id: string, label: string, displayOrder: number, state: 'OPEN' | 'CLOSED') {
  return { id, label, displayOrder, metadata: { ticketState: state, isClosed: String(state === 'CLOSED') } };
}

export const DEFAULT_DEAL_PIPELINE: Pipeline = {
  id: 'default',
  label: 'Sales Pipeline',
  displayOrder: 0,
  stages: [
    dealStage('appointmentscheduled', 'Appointment Scheduled', 0, '0.2'),
    dealStage('qualifiedtobuy', 'Qualified To Buy', 1, '0.4'),
    dealStage('presentationscheduled', 'Presentation Scheduled', 2, '0.6'),
    dealStage('decisionmakerboughtin', 'Decision Maker Bought-In', 3, '0.8'),
    dealStage('contractsent', 'Contract Sent', 4, '0.9'),
    dealStage('closedwon', 'Closed Won', 5, '1.0', true),
    dealStage('closedlost', 'Closed Lost', 6, '0.0', true),
  ],
};

export const DEFAULT_TICKET_PIPELINE: Pipeline = {
  id: '0',
  label: 'Support Pipeline',
  displayOrder: 0,
  stages: [
    ticketStage('1', 'New', 0, 'OPEN'),
    ticketStage('2', 'Waiting on contact', 1, 'OPEN'),
    ticketStage('3', 'Waiting on us', 2, 'OPEN'),
    ticketStage('4', 'Closed', 3, 'CLOSED'),
  ],
};

export type PipelineObjectType = 'deals' | 'tickets';

export const DEFAULT_PIPELINES: Record<PipelineObjectType, Pipeline[]> = {
  deals: [DEFAULT_DEAL_PIPELINE],
  tickets: [DEFAULT_TICKET_PIPELINE],
};

/** Which properties of a record name its pipeline and its stage. */
export const PIPELINE_PROPERTIES: Record<PipelineObjectType, { pipeline: string; stage: string }> = {
  deals: { pipeline: 'pipeline', stage: 'dealstage' },
  tickets: { pipeline: 'hs_pipeline', stage: 'hs_pipeline_stage' },
};
