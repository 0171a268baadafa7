/**
 * The computed properties HubSpot maintains itself and the app reads:
 * deal closed flags from the stage, and a company's contact/deal counts.
 * They are rewritten after the writes they depend on, as CALCULATED versions.
 */
import type { StoreChange } from '../types';
import { CALCULATED, type StoredRecord } from './records';
import type { Store } from './store';

export function dealFlags(store: Store, deal: StoredRecord): Map<string, string> {
  const pipelineId = deal.values.get('pipeline') || 'default';
  const stageId = deal.values.get('dealstage') ?? '';
  const stage = store.registry.getPipeline('deals', pipelineId)?.stages.find((s) => s.id === stageId)
    ?? store.registry.listPipelines('deals').flatMap((p) => p.stages).find((s) => s.id === stageId);
  const closed = stage?.metadata.isClosed === 'true';
  const won = closed && Number(stage?.metadata.probability) === 1;
  return new Map([['hs_is_closed', String(closed)], ['hs_is_closed_won', String(won)]]);
}

export function companyCounts(store: Store, company: StoredRecord): Map<string, string> {
  const deals = store.associations.list('companies', company.id, 'deals');
  const open = deals.filter((d) => {
    const deal = store.get('deals', d.toId);
    return deal !== undefined && deal.values.get('hs_is_closed') !== 'true';
  });
  return new Map([
    ['num_associated_contacts', String(store.associations.count('companies', company.id, 'contacts'))],
    ['num_associated_deals', String(deals.length)],
    ['hs_num_open_deals', String(open.length)],
  ]);
}

/** Keeps calculated properties current after every write (registered as a store listener). */
export function installCalculations(store: Store): void {
  store.onChange((c) => {
    if (c.changeSource === 'CALCULATED') return;
    for (const company of affectedCompanies(store, c)) {
      store.commit(() => store.applyValues(company, onlyChanged(company, companyCounts(store, company)), store.now(), CALCULATED));
    }
  });
}

function affectedCompanies(store: Store, c: StoreChange): StoredRecord[] {
  if (c.kind === 'propertyChange' && c.objectType === 'deals' && c.propertyName === 'dealstage') {
    const deal = store.get('deals', c.objectId);
    if (!deal) return [];
    store.commit(() => store.applyValues(deal, onlyChanged(deal, dealFlags(store, deal)), store.now(), CALCULATED));
    return store.associations.list('deals', deal.id, 'companies').flatMap((a) => store.get('companies', a.toId) ?? []);
  }
  if (c.kind === 'associationChange' && c.fromObjectType === 'companies' && (c.toObjectType === 'contacts' || c.toObjectType === 'deals')) {
    const company = store.get('companies', c.fromObjectId);
    return company ? [company] : [];
  }
  return [];
}

function onlyChanged(rec: StoredRecord, values: Map<string, string>): Map<string, string> {
  return new Map([...values].filter(([k, v]) => rec.values.get(k) !== v));
}

/** After a seed load: computes every calculated property once, silently. */
export function recomputeAll(store: Store): void {
  for (const deal of store.list('deals')) setSilently(deal, dealFlags(store, deal));
  for (const company of store.list('companies')) setSilently(company, companyCounts(store, company));
}

function setSilently(rec: StoredRecord, values: Map<string, string>): void {
  for (const [k, v] of values) {
    if (rec.values.get(k) === v) continue;
    rec.values.set(k, v);
    rec.history.set(k, [...(rec.history.get(k) ?? []), { value: v, timestamp: rec.updatedAt, sourceType: 'CALCULATED' }]);
  }
}
