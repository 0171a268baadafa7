/** Backtest and calibration: how well renewal risk predicted churn, and fitting the model to outcomes. */
export { backtest, backtestOutcomes, DEFAULT_BACKTEST, METRIC_KEYS, type BacktestOptions, type BacktestReport, type Estimate, type MetricKey } from './backtest';
export { calibrate, CalibrateOptions, type CalibrationReport, type CalibrationResult } from './calibrate';
export { calibrationTable, type CalibrationRow } from './calibration-table';
export { auc, averagePrecision, topDecileLift, type Observation } from './metrics';
export type { LabeledInput } from './outcomes';
