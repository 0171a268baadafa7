/**
 * The card's non-data states: nothing to show (no company), loading, an error
 * with its message and a retry, a company the app has not scored yet (with
 * "score now"), a card config that failed validation — and, inside a loaded
 * card, the live details (breakdown, evidence, signals) still loading or failed.
 */
import { Alert, Button, EmptyState, ErrorState, Flex, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import type { HealthAssessment } from '../../../src/core/contract';
import type { CardError } from '../../../src/jobs/card/contract';
import { tierLabel } from '../format';

export function IdleState() {
  return (
    <EmptyState title="No company" imageName="companies" testId="idle-state">
      <Text>Open a company record to see its health.</Text>
    </EmptyState>
  );
}

export function LoadingState() {
  return <LoadingSpinner label="Loading customer health…" showLabel layout="centered" testId="loading-state" />;
}

/** The stored card is shown; the live assessment is on its way. */
export function DetailsLoading() {
  return <LoadingSpinner label="Loading the breakdown and evidence…" showLabel size="xs" layout="inline" testId="details-loading" />;
}

/** The live assessment failed: the stored card stays, and only the details offer a retry. */
export function DetailsError({ error, onRetry }: { error: CardError; onRetry: () => void }) {
  return (
    <Flex direction="column" gap="xs">
      <Alert title="The breakdown and evidence could not be loaded" variant="warning" testId="details-error">
        {error.message}
      </Alert>
      <Flex direction="row">
        <Button variant="secondary" size="sm" onClick={onRetry} testId="retry-details">Load the details again</Button>
      </Flex>
    </Flex>
  );
}

const ERROR_TITLES: Record<CardError['code'], string> = {
  bad_request: 'The request was not accepted',
  not_found: 'Company not found',
  forbidden: 'Not allowed',
  hubspot: 'HubSpot could not answer',
  internal: 'Customer health could not be loaded',
};

export function ErrorView({ error, onRetry }: { error: CardError; onRetry: () => void }) {
  return (
    <ErrorState title={ERROR_TITLES[error.code]} testId="error-state">
      <Text testId="error-message">{error.message}</Text>
      {error.fields?.map((field) => <Text key={field.field} variant="microcopy">{`${field.field}: ${field.message}`}</Text>)}
      <Button variant="primary" onClick={onRetry} testId="retry">Try again</Button>
    </ErrorState>
  );
}

export interface NotScoredProps {
  name: string;
  canWrite: boolean;
  busy: boolean;
  /** A live assessment, when the answer carried one: shown as an estimate. */
  estimate: HealthAssessment | null;
  onScoreNow: () => void;
}

export function NotScoredState({ name, canWrite, busy, estimate, onScoreNow }: NotScoredProps) {
  return (
    <EmptyState title="Not scored yet" imageName="target" testId="not-scored-state">
      <Text>{`${name} has no health score yet.`}</Text>
      {estimate && (
        <Text testId="estimate">{`From its current CRM data it would score ${estimate.score} (${tierLabel(estimate.tier)}).`}</Text>
      )}
      {canWrite
        ? <Button variant="primary" disabled={busy} onClick={onScoreNow} testId="score-now">{busy ? 'Scoring…' : 'Score now'}</Button>
        : <Text variant="microcopy">Someone with write access can score it, or wait for the next scheduled run.</Text>}
    </EmptyState>
  );
}

export function ConfigErrors({ errors }: { errors: string[] }) {
  return (
    <Alert title="The health card is misconfigured" variant="danger" testId="config-errors">
      <Flex direction="column" gap="xs">
        {errors.map((error) => <Text key={error}>{`card-config.json ${error}`}</Text>)}
      </Flex>
    </Alert>
  );
}
