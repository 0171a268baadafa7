/**
 * Early warnings and opportunities: churn signals, most severe first, and
 * expansion signals, strongest first — each with the evidence behind it.
 */
import { Flex, Heading, Tag, Text, Tile } from '@hubspot/ui-extensions';
import type { ChurnSignal, ExpansionSignal, HealthAssessment } from '../../../src/core/contract';
import { humanize } from '../format';

export interface SignalsProps {
  signals: HealthAssessment['signals'];
}

const SEVERITY_ORDER = { high: 0, medium: 1 } as const;
const STRENGTH_ORDER = { strong: 0, moderate: 1 } as const;

function Evidence({ lines }: { lines: string[] }) {
  return (
    <Flex direction="column" gap="xs">
      {lines.map((line, i) => <Text key={i} variant="microcopy">{`• ${line}`}</Text>)}
    </Flex>
  );
}

function ChurnRow({ signal }: { signal: ChurnSignal }) {
  return (
    <Tile compact testId={`churn-${signal.key}`}>
      <Flex direction="row" gap="xs" align="center" wrap>
        <Tag variant={signal.severity === 'high' ? 'error' : 'warning'}>{signal.severity === 'high' ? 'High' : 'Medium'}</Tag>
        <Text format={{ fontWeight: 'demibold' }}>{signal.label ?? humanize(signal.key)}</Text>
        {signal.leadTimeDays !== undefined && <Text variant="microcopy">{`typically ${signal.leadTimeDays} days before churn`}</Text>}
      </Flex>
      <Evidence lines={signal.evidence} />
    </Tile>
  );
}

function ExpansionRow({ signal }: { signal: ExpansionSignal }) {
  return (
    <Tile compact testId={`expansion-${signal.key}`}>
      <Flex direction="row" gap="xs" align="center" wrap>
        <Tag variant={signal.strength === 'strong' ? 'success' : 'info'}>{signal.strength === 'strong' ? 'Strong' : 'Moderate'}</Tag>
        <Text format={{ fontWeight: 'demibold' }}>{signal.label ?? humanize(signal.key)}</Text>
      </Flex>
      <Evidence lines={signal.evidence} />
    </Tile>
  );
}

export function Signals({ signals }: SignalsProps) {
  const churn = [...signals.churn].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const expansion = [...signals.expansion].sort((a, b) => STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength]);
  return (
    <Flex direction="column" gap="sm">
      <Heading>Signals</Heading>
      <Text format={{ fontWeight: 'demibold' }}>{`Churn signals (${churn.length})`}</Text>
      {churn.length > 0
        ? churn.map((signal) => <ChurnRow key={signal.key} signal={signal} />)
        : <Text testId="no-churn-signals">No churn signals.</Text>}
      <Text format={{ fontWeight: 'demibold' }}>{`Expansion signals (${expansion.length})`}</Text>
      {expansion.length > 0
        ? expansion.map((signal) => <ExpansionRow key={signal.key} signal={signal} />)
        : <Text testId="no-expansion-signals">No expansion signals.</Text>}
    </Flex>
  );
}
