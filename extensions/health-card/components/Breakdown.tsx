/**
 * Why the score is what it is: the biggest drivers, then each dimension with
 * its score, weight and trend. A dimension without data is shown as a gap
 * (scored neutral 50, never 0) with the data to connect; each dimension's
 * evidence opens on demand.
 */
import { Accordion, Flex, Heading, ProgressBar, Tag, Text, Tile } from '@hubspot/ui-extensions';
import type { DimensionAssessment, HealthAssessment } from '../../../src/core/contract';
import { trendText } from '../format';

export interface BreakdownProps {
  assessment: HealthAssessment;
}

function barVariant(score: number): 'success' | 'warning' | 'danger' {
  if (score >= 60) return 'success';
  if (score >= 40) return 'warning';
  return 'danger';
}

function DimensionRow({ dimension }: { dimension: DimensionAssessment }) {
  const { key, label, weight, score, trend, dataGap, evidence } = dimension;
  return (
    <Tile compact testId={`dimension-${key}`}>
      <Flex direction="column" gap="xs">
        <Flex direction="row" justify="between" align="center" wrap>
          <Text format={{ fontWeight: 'demibold' }}>{label}</Text>
          <Text variant="microcopy">{`weight ${weight}% · ${trendText(trend)}`}</Text>
        </Flex>
        {dataGap ? (
          <Flex direction="row" gap="xs" align="center" wrap testId={`gap-${key}`}>
            <Tag variant="warning">Data gap</Tag>
            <Text>{`No data, counted as a neutral ${score ?? 50}. Connect: ${dimension.missing ?? 'a data source for this dimension'}`}</Text>
          </Flex>
        ) : (
          <Flex direction="row" gap="xs" align="center">
            <ProgressBar
              title={`${label} score`}
              value={score ?? 0}
              maxValue={100}
              valueDescription={`${score ?? '—'} / 100`}
              variant={barVariant(score ?? 0)}
            />
            {dimension.inferred && <Tag variant="info">Inferred</Tag>}
          </Flex>
        )}
        {evidence.length > 0 && (
          <Accordion title={`Evidence (${evidence.length})`} size="sm" defaultOpen={false} testId={`evidence-${key}`}>
            <Flex direction="column" gap="xs">
              {evidence.map((line, i) => <Text key={i} variant="microcopy">{`• ${line}`}</Text>)}
            </Flex>
          </Accordion>
        )}
      </Flex>
    </Tile>
  );
}

export function Breakdown({ assessment }: BreakdownProps) {
  const topDrivers = assessment.drivers.slice(0, 3);
  return (
    <Flex direction="column" gap="sm">
      <Heading>Breakdown</Heading>
      {topDrivers.length > 0 && (
        <Flex direction="column" gap="xs" testId="drivers">
          <Text format={{ fontWeight: 'demibold' }}>What moves the score most</Text>
          {topDrivers.map((driver) => <Text key={driver.dimension}>{driver.text}</Text>)}
        </Flex>
      )}
      {assessment.dimensions.map((dimension) => <DimensionRow key={dimension.key} dimension={dimension} />)}
      {assessment.dataGaps.length > 0 && (
        <Text variant="microcopy" testId="data-gaps">
          {`${assessment.dataGaps.length} of ${assessment.dimensions.length} dimensions have no data; each gap lowers the confidence.`}
        </Text>
      )}
    </Flex>
  );
}
