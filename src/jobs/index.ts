/** Scoring runs over a HubSpot portal (or the sandbox): full, incremental, single company. */
export { runFull, runIncremental, runSingle, type JobDeps, type RunOptions } from './run';
export { SummaryBuilder, ATTENTION_SIZE, type RunSummary, type RunFailure, type AttentionItem, type RunMode } from './summary';
export { renderSummary, renderAttention } from './render';
export { terminalProgress, silentProgress, renderBar, type Progress } from './progress';
