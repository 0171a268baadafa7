/**
 * The health card itself, apart from `hubspot.extend`: everything it needs
 * comes in as props (the company, a transport, whether the user may write),
 * so tests and the local preview render it with their own transport. It must
 * never touch a `hubspot.*` global.
 */
import { Alert, Divider, Flex, Text } from '@hubspot/ui-extensions';
import type { CardHealth } from '../../src/jobs/card/contract';
import type { CardTransport } from './transport';
import { useCardHealth, type ActionKind, type ActionState, type DetailsState } from './hooks/useCardHealth';
import { Header } from './components/Header';
import { ScoreTrend } from './components/ScoreTrend';
import { Breakdown } from './components/Breakdown';
import { Signals } from './components/Signals';
import { PlayPanel } from './components/PlayPanel';
import type { FieldErrors, OverrideField } from './components/OverrideForm';
import { DetailsError, DetailsLoading, ErrorView, IdleState, LoadingState, NotScoredState } from './components/states';

export interface HealthCardAppProps {
  companyId: string | number | null | undefined;
  transport: CardTransport;
  /** May this user recalculate, create tasks and set overrides? */
  canWrite: boolean;
  /** Recorded as the author of an override. */
  userName?: string;
}

const ACTION_NAMES: Record<ActionKind, string> = {
  recalculate: 'Recalculating',
  'create-task': 'Creating the task',
  'set-override': 'Saving the override',
  'clear-override': 'Clearing the override',
};

function overrideFieldErrors(action: ActionState): FieldErrors | undefined {
  if (action.error?.action !== 'set-override' || !action.error.error.fields) return undefined;
  const errors: FieldErrors = {};
  for (const { field, message } of action.error.error.fields) {
    if (field === 'score' || field === 'reason' || field === 'expiresAt') errors[field as OverrideField] ??= message;
  }
  return errors;
}

function ActionFeedback({ action }: { action: ActionState }) {
  if (action.error) {
    return (
      <Alert title={`${ACTION_NAMES[action.error.action]} failed`} variant="danger" testId="action-error">
        {action.error.error.message}
      </Alert>
    );
  }
  if (action.notice) return <Alert title="Done" variant="success" testId="action-notice">{action.notice}</Alert>;
  return null;
}

/** Breakdown and signals from the live assessment; while it loads or after it failed, a line saying so. */
function LiveDetails({ health, details, onRetry }: { health: CardHealth; details: DetailsState; onRetry: () => void }) {
  const { assessment } = health;
  if (assessment) {
    return (
      <>
        <Breakdown assessment={assessment} />
        <Divider />
        <Signals signals={assessment.signals} />
      </>
    );
  }
  if (details.status === 'loading') return <DetailsLoading />;
  if (details.status === 'error') return <DetailsError error={details.error} onRetry={onRetry} />;
  // The live answer came without an assessment (a backend that does not compute live).
  return <Text testId="no-assessment">The breakdown, evidence and signals appear once the score is computed live. Recalculate to compute them now.</Text>;
}

function LoadedCard({ health, details, canWrite, action, hook }: {
  health: CardHealth; details: DetailsState; canWrite: boolean; action: ActionState; hook: ReturnType<typeof useCardHealth>;
}) {
  const { assessment } = health;
  const overrideInForce = assessment ? assessment.override ?? null : health.stored.override;
  const overrideErrors = overrideFieldErrors(action);
  return (
    <Flex direction="column" gap="md">
      <Header health={health} detailsPending={details.status === 'loading'} />
      <Divider />
      <ScoreTrend health={health} />
      <Divider />
      <LiveDetails health={health} details={details} onRetry={hook.retryDetails} />
      <Divider />
      <PlayPanel
        play={assessment?.play ?? null}
        storedPlay={{ key: health.stored.playKey, priority: health.stored.playPriority }}
        canWrite={canWrite}
        pending={action.pending}
        done={action.done}
        overrideInForce={overrideInForce}
        {...(overrideErrors && { overrideErrors })}
        onRecalculate={hook.recalc}
        onCreateTask={hook.createTask}
        onSetOverride={hook.setOverride}
        onClearOverride={hook.clearOverride}
      />
    </Flex>
  );
}

export function HealthCardApp({ companyId, transport, canWrite, userName }: HealthCardAppProps) {
  const hook = useCardHealth({ companyId, transport, ...(userName && { userName }) });
  const { view, action, forbidden } = hook.state;
  const writable = canWrite && !forbidden;

  switch (view.status) {
    case 'idle':
      return <IdleState />;
    case 'loading':
      return <LoadingState />;
    case 'error':
      return <ErrorView error={view.error} onRetry={hook.retry} />;
    default:
      break;
  }

  const { health } = view;
  return (
    <Flex direction="column" gap="sm">
      {health.warnings.length > 0 && (
        <Alert title="Some CRM data could not be read" variant="warning" testId="data-warnings">
          {health.warnings.join(' · ')}
        </Alert>
      )}
      {!writable && (
        <Text variant="microcopy" testId="read-only">
          {forbidden
            ? 'Read-only: HubSpot refused a change for your user, so the card shows health without actions.'
            : 'Read-only: you can see this account\'s health but not recalculate it, create tasks or override it.'}
        </Text>
      )}
      <ActionFeedback action={action} />
      {view.status === 'not_scored' ? (
        <NotScoredState
          name={health.name}
          canWrite={writable}
          busy={action.pending !== null}
          estimate={health.assessment}
          onScoreNow={hook.recalc}
        />
      ) : (
        <LoadedCard health={health} details={view.details} canWrite={writable} action={action} hook={hook} />
      )}
    </Flex>
  );
}
