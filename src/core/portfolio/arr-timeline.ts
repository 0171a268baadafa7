/**
 * An account's ARR over time, rebuilt from what a snapshot carries: its ARR on
 * the day it was taken (`snapshot.arr` at `snapshot.asOf`), its dated contract
 * changes (`billing.contractChanges[].arrDelta`) and, for labeled records, the
 * churn date (`outcome.renewed === false` → ARR falls to 0 on `outcome.date`).
 *
 * Sign of a change: an upsell always adds |arrDelta| and a downgrade always
 * removes |arrDelta| (whichever sign the source wrote); a renewal or discount
 * change counts as written (+ uplift, − concession). A change without arrDelta
 * moves no ARR.
 */
import type { AccountSnapshot } from '../contract';
import { toMs } from '../dates';
import type { PortfolioRecord } from './record';

type Change = NonNullable<NonNullable<AccountSnapshot['billing']>['contractChanges']>[number];

export function signedDelta(change: Change): number {
  const delta = change.arrDelta ?? 0;
  if (change.kind === 'upsell') return Math.abs(delta);
  if (change.kind === 'downgrade') return -Math.abs(delta);
  return delta;
}

/** The churn instant of a labeled record, or undefined when it renewed or carries no outcome. */
export function churnMs(record: PortfolioRecord): number | undefined {
  return record.outcome && !record.outcome.renewed ? toMs(record.outcome.date) : undefined;
}

/**
 * ARR at the end of day `atMs` before any churn: snapshot ARR, minus the changes
 * dated after `atMs` up to the snapshot, plus those dated after the snapshot up
 * to `atMs`. Never below 0; undefined when the snapshot has no ARR.
 */
export function arrAt(snapshot: AccountSnapshot, atMs: number): number | undefined {
  if (snapshot.arr === undefined) return undefined;
  const asOfMs = toMs(snapshot.asOf);
  let arr = snapshot.arr;
  for (const c of snapshot.billing?.contractChanges ?? []) {
    const when = toMs(c.date);
    if (when > atMs && when <= asOfMs) arr -= signedDelta(c);
    else if (when > asOfMs && when <= atMs) arr += signedDelta(c);
  }
  return Math.max(0, arr);
}

export interface Movements {
  /** ARR at the start of the window (end of day `fromMs`), 0 when unknown. */
  startArr: number;
  expansion: number;
  contraction: number;
  /** ARR lost at churn: the ARR the account had just before it churned in the window. */
  churned: number;
  didChurn: boolean;
  /** startArr + expansion − contraction − churned. */
  endArr: number;
}

/** One account's ARR movements in the window (fromMs, toMs]; nothing moves after a churn (an account churned before the window has none). */
export function movementsIn(record: PortfolioRecord, fromMs: number, toMs_: number): Movements {
  const churnAt = churnMs(record);
  if (churnAt !== undefined && churnAt <= fromMs) return { startArr: 0, expansion: 0, contraction: 0, churned: 0, didChurn: false, endArr: 0 };
  const didChurn = churnAt !== undefined && churnAt > fromMs && churnAt <= toMs_;
  const until = didChurn ? churnAt : toMs_;
  const startArr = arrAt(record.snapshot, fromMs) ?? 0;
  let expansion = 0;
  let contraction = 0;
  if (record.snapshot.arr !== undefined) {
    for (const c of record.snapshot.billing?.contractChanges ?? []) {
      const when = toMs(c.date);
      if (when <= fromMs || when > until) continue;
      const delta = signedDelta(c);
      if (delta > 0) expansion += delta;
      else contraction -= delta;
    }
  }
  const beforeChurn = Math.max(0, startArr + expansion - contraction);
  const churned = didChurn ? beforeChurn : 0;
  return { startArr, expansion, contraction, churned, didChurn, endArr: beforeChurn - churned };
}
