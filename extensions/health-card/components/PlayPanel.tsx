/**
 * What to do now: the recommended play (key, priority, owner, due date,
 * action, success metric, why) and the card's actions — recalculate now,
 * create a HubSpot task for the play, set or clear an override. Users without
 * write access see the play and no buttons.
 */
import { useEffect, useState } from 'react';
import { Button, DescriptionList, DescriptionListItem, Flex, Heading, Tag, Text } from '@hubspot/ui-extensions';
import type { Play } from '../../../src/core/contract';
import type { ActionKind, OverrideInput } from '../hooks/useCardHealth';
import { formatDate, humanize, priorityTagVariant } from '../format';
import { OverrideForm, type FieldErrors } from './OverrideForm';

export interface PlayPanelProps {
  play: Play | null;
  /** The stored play key and priority, shown when no live assessment came with the answer. */
  storedPlay?: { key: string | null; priority: string | null };
  canWrite: boolean;
  pending: ActionKind | null;
  /** The last action that succeeded: a saved or cleared override closes the form. */
  done: ActionKind | null;
  overrideInForce: { score: number; reason: string; expiresAt?: string | null } | null;
  overrideErrors?: FieldErrors;
  onRecalculate: () => void;
  onCreateTask: () => void;
  onSetOverride: (input: OverrideInput) => void;
  onClearOverride: () => void;
}

function PlayDetails({ play }: { play: Play }) {
  return (
    <DescriptionList direction="column">
      <DescriptionListItem label="Play"><Text testId="play-name">{`${play.name} (${play.key})`}</Text></DescriptionListItem>
      <DescriptionListItem label="Priority">
        <Tag variant={priorityTagVariant(play.priority)} testId="play-priority">{humanize(play.priority)}</Tag>
      </DescriptionListItem>
      <DescriptionListItem label="Owner"><Text>{play.owner}</Text></DescriptionListItem>
      <DescriptionListItem label="Due"><Text testId="play-due">{formatDate(play.dueDate)}</Text></DescriptionListItem>
      <DescriptionListItem label="Action"><Text testId="play-action">{play.action}</Text></DescriptionListItem>
      <DescriptionListItem label="Success metric"><Text>{play.successMetric}</Text></DescriptionListItem>
      {play.reason ? <DescriptionListItem label="Why"><Text>{play.reason}</Text></DescriptionListItem> : null}
      {play.riskIfDelayed ? <DescriptionListItem label="If it slips"><Text>{play.riskIfDelayed}</Text></DescriptionListItem> : null}
    </DescriptionList>
  );
}

export function PlayPanel(props: PlayPanelProps) {
  const { play, storedPlay, canWrite, pending, overrideInForce } = props;
  const [editing, setEditing] = useState(false);
  const busy = pending !== null;
  useEffect(() => {
    if (props.done === 'set-override' || props.done === 'clear-override') setEditing(false);
  }, [props.done]);

  return (
    <Flex direction="column" gap="sm">
      <Heading>Play</Heading>
      {play ? <PlayDetails play={play} />
        : storedPlay?.key ? (
          <Text testId="stored-play">{`${humanize(storedPlay.key)}${storedPlay.priority ? ` · ${storedPlay.priority} priority` : ''}`}</Text>
        ) : <Text testId="no-play">No play needed right now.</Text>}
      {canWrite && (
        <Flex direction="row" gap="xs" wrap>
          <Button variant="secondary" disabled={busy} onClick={props.onRecalculate} testId="recalculate">
            {pending === 'recalculate' ? 'Recalculating…' : 'Recalculate now'}
          </Button>
          {play && (
            <Button variant="primary" disabled={busy} onClick={props.onCreateTask} testId="create-task">
              {pending === 'create-task' ? 'Creating task…' : 'Create task for this play'}
            </Button>
          )}
          <Button variant="secondary" disabled={busy} onClick={() => setEditing(true)} testId="open-override">
            {overrideInForce ? 'Change override' : 'Set override'}
          </Button>
          {overrideInForce && (
            <Button variant="destructive" disabled={busy} onClick={props.onClearOverride} testId="clear-override">
              {pending === 'clear-override' ? 'Clearing…' : 'Clear override'}
            </Button>
          )}
        </Flex>
      )}
      {canWrite && editing && (
        <OverrideForm
          initial={overrideInForce ?? {}}
          {...(props.overrideErrors && { serverErrors: props.overrideErrors })}
          busy={pending === 'set-override'}
          onSubmit={(input) => { props.onSetOverride(input); }}
          onCancel={() => setEditing(false)}
        />
      )}
    </Flex>
  );
}
