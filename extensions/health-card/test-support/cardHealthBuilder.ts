/**
 * CardHealth fixtures built from a real assessment: an account from the test
 * builders is assessed with the default model, and the stored values, history
 * and status are derived from it, so the card is tested against what the
 * core really produces. Every fixture is checked against the card contract.
 */
import { assess, builtInModel } from '../../../src/core';
import { CardHealth, type ScorePoint } from '../../../src/jobs/card/contract';
import { anAccount, daysBefore, type AccountBuilder } from '../../../test/builders/account';
import { tierOf } from '../format';

export class CardHealthBuilder {
  private status: 'scored' | 'not_scored' = 'scored';
  private live = true;
  private warnings: string[] = [];
  private history: Array<[daysAgo: number, score: number]> | null = null;
  private storedOverride: CardHealth['stored']['override'] | undefined;
  private ownerId: string | null = '9001';

  constructor(private readonly account: AccountBuilder, private readonly companyId = '101') {}

  /** Score history as [days before asOf, score]; default: the account's own history plus today's score. */
  withHistory(points: Array<[daysAgo: number, score: number]>): this { this.history = points; return this; }
  notScored(): this { this.status = 'not_scored'; return this; }
  /** Only the stored values, as get-health answers without live. */
  withoutAssessment(): this { this.live = false; return this; }
  withWarnings(...warnings: string[]): this { this.warnings.push(...warnings); return this; }
  /** An override on the record that the assessment may not have applied (e.g. expired). */
  withStoredOverride(override: NonNullable<CardHealth['stored']['override']>): this { this.storedOverride = override; return this; }
  withoutOwner(): this { this.ownerId = null; return this; }

  build(): CardHealth {
    const snapshot = this.account.build();
    const assessment = assess(snapshot, builtInModel('renewal-7'));
    const scored = this.status === 'scored';
    const point = (daysAgo: number, score: number): ScorePoint => ({ at: daysBefore(snapshot.asOf, daysAgo), score, tier: tierOf(score) });
    const history = !scored ? [] : this.history
      ? this.history.map(([daysAgo, score]) => point(daysAgo, score))
      : [...(snapshot.history ?? []).map((h) => ({ at: h.date, score: h.score, tier: tierOf(h.score) })), point(0, assessment.score)];
    const override = snapshot.override
      ? { score: snapshot.override.score, reason: snapshot.override.reason, expiresAt: snapshot.override.expiresAt ?? null, by: snapshot.override.by ?? null }
      : null;
    const stored: CardHealth['stored'] = scored ? {
      score: assessment.score,
      tier: assessment.tier,
      prediction: assessment.prediction,
      renewalRisk: assessment.renewalRisk,
      confidence: assessment.confidence,
      playKey: assessment.play?.key ?? null,
      playPriority: assessment.play?.priority ?? null,
      previousTier: null,
      tierChange: null,
      tierChangedAt: null,
      scoredAt: `${snapshot.asOf}T02:00:00.000Z`,
      modelVersion: assessment.model,
      override: this.storedOverride !== undefined ? this.storedOverride : override,
    } : {
      score: null, tier: null, prediction: null, renewalRisk: null, confidence: null, playKey: null, playPriority: null,
      previousTier: null, tierChange: null, tierChangedAt: null, scoredAt: null, modelVersion: null,
      override: this.storedOverride ?? null,
    };
    return CardHealth.parse({
      companyId: this.companyId,
      name: snapshot.name,
      status: this.status,
      stored,
      history,
      assessment: this.live ? assessment : null,
      ownerId: this.ownerId,
      warnings: this.warnings,
    });
  }
}

export const aCardHealth = (account: AccountBuilder = anAccount('101', 'Acme Corp').thriving(), companyId = '101'): CardHealthBuilder =>
  new CardHealthBuilder(account, companyId);
