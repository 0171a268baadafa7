/**
 * The card's header: the score in force, its tier in the tier's colour, the
 * renewal prediction with its confidence, the renewal date with days left and
 * ARR at risk, and — when a CSM override is in force — the override next to
 * the computed score with its reason, author and expiry.
 */
import { Flex, Heading, ScoreCircle, Statistics, StatisticsItem, Tag, Text } from '@hubspot/ui-extensions';
import type { CardHealth } from '../../../src/jobs/card/contract';
import { daysLeftText, formatDate, formatMoney, humanize, tierLabel, tierOf, tierTagVariant } from '../format';

export interface HeaderProps {
  health: CardHealth;
  /** The live assessment (renewal date, ARR) is still on its way. */
  detailsPending?: boolean;
}

interface OverrideView { score: number; reason: string; by?: string | null; expiresAt?: string | null }

function renewalText({ assessment }: CardHealth, detailsPending: boolean): string {
  // The stored values carry no renewal date: say where it comes from rather than "none on record".
  if (!assessment) return detailsPending ? 'Renewal date and ARR: loading…' : 'Renewal date and ARR come with the live details.';
  const { renewal } = assessment;
  const when = renewal?.date ? `Renews ${formatDate(renewal.date)} (${daysLeftText(renewal.daysUntil)})` : 'No renewal date on record';
  return renewal?.arr !== undefined ? `${when} · ARR ${formatMoney(renewal.arr)}` : when;
}

export function Header({ health, detailsPending = false }: HeaderProps) {
  const { assessment, stored } = health;
  const score = assessment?.score ?? stored.score;
  const tier = assessment?.tier ?? stored.tier ?? (score !== null ? tierOf(score) : null);
  const prediction = assessment?.prediction ?? stored.prediction;
  const confidence = assessment?.confidence ?? stored.confidence;
  const risk = assessment?.renewalRisk ?? stored.renewalRisk;
  const renewal = assessment?.renewal;
  // With a live assessment, only the override it applied is in force; the stored one may have expired.
  const override: OverrideView | null = assessment ? assessment.override ?? null : stored.override;
  const lapsedOverride = assessment && !assessment.override && stored.override ? stored.override : null;

  return (
    <Flex direction="column" gap="sm">
      <Flex direction="row" gap="md" align="center" wrap>
        {score !== null && <ScoreCircle score={score} testId="score-circle" />}
        <Flex direction="column" gap="xs">
          <Heading>{health.name}</Heading>
          <Flex direction="row" gap="xs" align="center" wrap>
            {tier && <Tag variant={tierTagVariant(tier)} testId="tier-tag">{tierLabel(tier)}</Tag>}
            <Text testId="prediction">
              {prediction ? humanize(prediction) : 'No prediction yet'}
              {confidence ? ` · ${humanize(confidence)} confidence` : ''}
            </Text>
          </Flex>
          {stored.scoredAt && (
            <Text variant="microcopy">Scored {formatDate(stored.scoredAt)}{stored.modelVersion ? ` with ${stored.modelVersion}` : ''}</Text>
          )}
        </Flex>
      </Flex>
      <Statistics>
        <StatisticsItem label={override ? 'Score in force (override)' : 'Health score'} number={score ?? '—'} />
        {assessment && override && <StatisticsItem label="Computed score" number={assessment.computedScore} />}
        <StatisticsItem label="Renewal risk" number={risk === null || risk === undefined ? '—' : `${risk}%`} />
        <StatisticsItem label="ARR at risk" number={formatMoney(renewal?.arrAtRisk)} />
      </Statistics>
      <Text testId="renewal">{renewalText(health, detailsPending)}</Text>
      {override && (
        <Text testId="override">
          {`Override ${override.score}`}
          {assessment ? ` (computed ${assessment.computedScore})` : ''}
          {override.by ? ` by ${override.by}` : ''}
          {override.expiresAt ? `, until ${formatDate(override.expiresAt)}` : ', no expiry'}
          {`: ${override.reason}`}
        </Text>
      )}
      {lapsedOverride && (
        <Text variant="microcopy" testId="lapsed-override">
          {`An override of ${lapsedOverride.score} is on record but not in force${lapsedOverride.expiresAt ? ` (expired ${formatDate(lapsedOverride.expiresAt)})` : ''}.`}
        </Text>
      )}
    </Flex>
  );
}
