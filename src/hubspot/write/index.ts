/** The writer: plan each company's changed output properties, then batch-write them. */
export { planUpdate } from './plan';
export { planChanges, assertOwned, TIER_ORDER, TIER_CHANGE_PROPERTIES, SCORED_AT, OVERRIDE_PREFIX, type PlanInput } from './plan-changes';
export { sameValue, MULTI_SELECT_OUTPUTS } from './same-value';
export { writeUpdates, hubspotMessage, BATCH_SIZE, BATCH_UPDATE_ENDPOINT, SINGLE_UPDATE_ENDPOINT } from './write-updates';
