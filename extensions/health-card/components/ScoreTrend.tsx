/**
 * The score over time: a line chart of the score history, coloured by tier so
 * tier changes show as a change of colour, the list of tier changes, and the
 * 30/90-day change as trend statistics.
 */
import { Flex, Heading, LineChart, Statistics, StatisticsItem, StatisticsTrend, Text } from '@hubspot/ui-extensions';
import type { CardHealth, ScorePoint } from '../../../src/jobs/card/contract';
import { daysBetween, formatChange, formatDate, TIER_CHART_COLORS, tierLabel, tierOf } from '../format';

export interface ScoreTrendProps {
  health: CardHealth;
}

export interface TierChange { at: string; from: string; to: string }

/** History oldest first, each point with its tier (from the point, else from the score). */
export function trendRows(history: ScorePoint[]): Array<{ date: string; score: number; tier: string }> {
  return [...history]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((point) => ({ date: formatDate(point.at), score: point.score, tier: tierLabel(point.tier ?? tierOf(point.score)) }));
}

export function tierChanges(rows: Array<{ date: string; tier: string }>): TierChange[] {
  const changes: TierChange[] = [];
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    if (previous && previous.tier !== row.tier) changes.push({ at: row.date, from: previous.tier, to: row.tier });
  });
  return changes;
}

/** Change over `days` measured from the newest point back to the newest point at least that old. */
export function changeOver(rows: Array<{ date: string; score: number }>, days: number): number | undefined {
  const latest = rows[rows.length - 1];
  if (!latest) return undefined;
  const base = [...rows].reverse().find((row) => daysBetween(row.date, latest.date) >= days);
  return base ? latest.score - base.score : undefined;
}

function ChangeStat({ label, change }: { label: string; change: number | undefined }) {
  if (change === undefined) return <StatisticsItem label={label} number="—" />;
  return (
    <StatisticsItem label={label} number={formatChange(change)}>
      {change !== 0 && (
        <StatisticsTrend
          direction={change > 0 ? 'increase' : 'decrease'}
          color={change > 0 ? 'green' : 'red'}
          value={`${Math.abs(Math.round(change))} points`}
        />
      )}
    </StatisticsItem>
  );
}

export function ScoreTrend({ health }: ScoreTrendProps) {
  const rows = trendRows(health.history);
  const changes = tierChanges(rows);
  const trajectory = health.assessment?.trajectory;
  const change30d = trajectory?.change30d ?? changeOver(rows, 30);
  const change90d = trajectory?.change90d ?? changeOver(rows, 90);

  return (
    <Flex direction="column" gap="sm">
      <Heading>Trend</Heading>
      <Statistics>
        <ChangeStat label="30-day change" change={change30d} />
        <ChangeStat label="90-day change" change={change90d} />
      </Statistics>
      {trajectory && <Text testId="trajectory">Direction: {trajectory.direction}</Text>}
      {rows.length >= 2 ? (
        <LineChart
          testId="score-history"
          data={rows}
          axes={{
            x: { field: 'date', fieldType: 'datetime', label: 'Date' },
            y: { field: 'score', fieldType: 'linear', label: 'Health score' },
            options: { groupFieldByColor: 'tier', colors: { ...TIER_CHART_COLORS } },
          }}
          options={{ showLegend: true, showTooltips: true }}
        />
      ) : (
        <Text testId="no-history">Not enough score history for a chart yet ({rows.length} point{rows.length === 1 ? '' : 's'}).</Text>
      )}
      {changes.length > 0 && (
        <Flex direction="column" gap="xs" testId="tier-changes">
          {changes.map((change) => (
            <Text key={`${change.at}-${change.to}`} variant="microcopy">{`${change.at}: ${change.from} → ${change.to}`}</Text>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
