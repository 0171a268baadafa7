/**
 * The card's one data hook: loads the company's health in two phases and runs
 * the card's actions through the injected transport.
 *
 * Phase 1 asks get-health for the stored values only (`live: false`: one
 * HubSpot read, milliseconds), so the header, trend and play summary show at
 * once. Phase 2 asks again with `live: true` (loads the company's CRM data and
 * assesses it: 1–2 s under HubSpot's search limit) and adds the breakdown,
 * evidence, signals and full play. A never-scored company stops after phase 1.
 * If phase 2 fails, the stored card stays and only the details show the error.
 *
 * Its state is explicit — idle (no company), loading, error, not_scored,
 * loaded (with the details loading, ready or failed) — plus the state of the
 * action in flight, so every component renders from data alone.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { CardError, CardHealth, CardOperation, CardResponse, PlayTask } from '../../../src/jobs/card/contract';
import type { CardRequest, CardTransport } from '../transport';
import { formatDate, isoDay, tierLabel } from '../format';

export type ActionKind = 'recalculate' | 'create-task' | 'set-override' | 'clear-override';

/** The live part of a loaded card: breakdown, evidence, signals, full play. */
export type DetailsState =
  | { status: 'loading' }
  | { status: 'ready' }
  | { status: 'error'; error: CardError };

export type CardView =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: CardError }
  | { status: 'not_scored'; health: CardHealth }
  | { status: 'loaded'; health: CardHealth; details: DetailsState };

export interface ActionState {
  pending: ActionKind | null;
  error: { action: ActionKind; error: CardError } | null;
  /** What the last action did, in words ("Task created: …"). */
  notice: string | null;
  /** The last action that succeeded (lets a form close once saved). */
  done: ActionKind | null;
}

export interface CardHealthState {
  view: CardView;
  action: ActionState;
  /** The server refused a change for this user: the card turns read-only. */
  forbidden: boolean;
}

export type CardHealthEvent =
  | { type: 'load_started' }
  | { type: 'no_company' }
  /** Phase 1: the stored values (and history) arrived. */
  | { type: 'stored_loaded'; health: CardHealth }
  | { type: 'load_failed'; error: CardError }
  /** Phase 2 (again, after a failure). */
  | { type: 'details_started' }
  | { type: 'details_loaded'; health: CardHealth }
  | { type: 'details_failed'; error: CardError }
  | { type: 'action_started'; action: ActionKind }
  | { type: 'action_succeeded'; action: ActionKind; notice: string; health?: CardHealth }
  | { type: 'action_failed'; action: ActionKind; error: CardError };

const NO_ACTION: ActionState = { pending: null, error: null, notice: null, done: null };

export function initialCardHealthState(hasCompany: boolean): CardHealthState {
  return { view: hasCompany ? { status: 'loading' } : { status: 'idle' }, action: NO_ACTION, forbidden: false };
}

/** Whether a stored answer still lacks the live details (the hook then runs phase 2). */
export function needsDetails(health: CardHealth): boolean {
  return health.status === 'scored' && health.assessment === null;
}

function viewOf(health: CardHealth, details: DetailsState): CardView {
  return health.status === 'not_scored' ? { status: 'not_scored', health } : { status: 'loaded', health, details };
}

/** Details are awaited only on a loaded card; anything else (an action's fresh answer) has superseded them. */
function awaitingDetails(view: CardView): view is Extract<CardView, { status: 'loaded' }> {
  return view.status === 'loaded' && view.details.status === 'loading';
}

export function cardHealthReducer(state: CardHealthState, event: CardHealthEvent): CardHealthState {
  switch (event.type) {
    case 'no_company':
      return initialCardHealthState(false);
    case 'load_started':
      return { ...state, view: { status: 'loading' }, action: NO_ACTION };
    case 'stored_loaded':
      return { ...state, view: viewOf(event.health, needsDetails(event.health) ? { status: 'loading' } : { status: 'ready' }) };
    case 'load_failed':
      return { ...state, view: { status: 'error', error: event.error } };
    case 'details_started':
      return state.view.status === 'loaded' && state.view.details.status === 'error'
        ? { ...state, view: { ...state.view, details: { status: 'loading' } } }
        : state;
    case 'details_loaded':
      return awaitingDetails(state.view) ? { ...state, view: viewOf(event.health, { status: 'ready' }) } : state;
    case 'details_failed':
      return awaitingDetails(state.view)
        ? { ...state, view: { ...state.view, details: { status: 'error', error: event.error } } }
        : state;
    case 'action_started':
      return { ...state, action: { pending: event.action, error: null, notice: null, done: null } };
    case 'action_succeeded':
      return {
        ...state,
        // An action's answer is computed live: it carries the details and supersedes a phase 2 still under way.
        view: event.health ? viewOf(event.health, { status: 'ready' }) : state.view,
        action: { pending: null, error: null, notice: event.notice, done: event.action },
      };
    case 'action_failed':
      return {
        ...state,
        forbidden: state.forbidden || event.error.code === 'forbidden',
        action: { pending: null, error: { action: event.action, error: event.error }, notice: null, done: null },
      };
  }
}

export interface OverrideInput {
  score: number;
  reason: string;
  expiresAt?: string;
}

export interface UseCardHealthOptions {
  companyId: string | number | null | undefined;
  transport: CardTransport;
  /** Recorded as the override's author. */
  userName?: string;
}

export interface UseCardHealth {
  state: CardHealthState;
  /** Loads the whole card again (after a failed first load). */
  retry: () => void;
  /** Asks for the live details again (after phase 2 failed), keeping the stored card. */
  retryDetails: () => void;
  recalc: () => void;
  createTask: () => void;
  setOverride: (input: OverrideInput) => void;
  clearOverride: () => void;
}

function describeTask(task: PlayTask): string {
  return task.created
    ? `Task created: "${task.subject}", due ${formatDate(task.dueDate)}.`
    : `An open task for this play already exists: "${task.subject}", due ${formatDate(task.dueDate)}.`;
}

function describeScore(health: CardHealth, verb: string): string {
  const score = health.assessment?.score ?? health.stored.score;
  const tier = health.assessment?.tier ?? health.stored.tier;
  return score === null ? `${verb}.` : `${verb}: score ${score}${tier ? ` (${tierLabel(tier)})` : ''}.`;
}

export function useCardHealth({ companyId, transport, userName }: UseCardHealthOptions): UseCardHealth {
  const id = companyId === null || companyId === undefined || companyId === '' ? null : String(companyId);
  const [state, dispatch] = useReducer(cardHealthReducer, id !== null, initialCardHealthState);
  // Answers to superseded loads (company changed, retry pressed) and answers after unmount are dropped.
  const generation = useRef(0);
  const pending = useRef(false);
  const detailsGeneration = useRef(0);
  const detailsInFlight = useRef(false);

  const call = useCallback(async <Op extends CardOperation>(op: Op, params: CardRequest<Op>): Promise<CardResponse<Op>> => {
    try {
      return await transport(op, params);
    } catch (err) {
      // A transport should not throw; if one does, the error still reaches the user.
      const message = err instanceof Error && err.message ? err.message : String(err);
      return { ok: false, error: { code: 'internal', message: `${op} failed: ${message}` } };
    }
  }, [transport]);

  /** Phase 2: the live assessment. Its answer is dropped if the company changed or a newer phase 2 started. */
  const loadDetails = useCallback((companyId: string, mine: number) => {
    const mineDetails = ++detailsGeneration.current;
    detailsInFlight.current = true;
    void call('get-health', { companyId, live: true }).then((answer) => {
      if (mine !== generation.current || mineDetails !== detailsGeneration.current) return;
      detailsInFlight.current = false;
      dispatch(answer.ok ? { type: 'details_loaded', health: answer.data } : { type: 'details_failed', error: answer.error });
    });
  }, [call]);

  const load = useCallback(() => {
    const mine = ++generation.current;
    pending.current = false;
    detailsInFlight.current = false;
    if (id === null) {
      dispatch({ type: 'no_company' });
      return;
    }
    dispatch({ type: 'load_started' });
    // Phase 1: the stored values, so the card shows something within milliseconds.
    void call('get-health', { companyId: id, live: false }).then((answer) => {
      if (mine !== generation.current) return;
      if (!answer.ok) {
        dispatch({ type: 'load_failed', error: answer.error });
        return;
      }
      dispatch({ type: 'stored_loaded', health: answer.data });
      if (needsDetails(answer.data)) loadDetails(id, mine);
    });
  }, [id, call, loadDetails]);

  // Offered only after phase 2 failed; the reducer ignores it in any other state.
  const retryDetails = useCallback(() => {
    if (id === null || detailsInFlight.current) return;
    dispatch({ type: 'details_started' });
    loadDetails(id, generation.current);
  }, [id, loadDetails]);

  useEffect(() => {
    load();
    return () => { generation.current++; };
  }, [load]);

  const run = useCallback(<Op extends CardOperation>(
    action: ActionKind, op: Op, params: CardRequest<Op>,
    onSuccess: (data: Extract<CardResponse<Op>, { ok: true }>['data']) => { notice: string; health?: CardHealth },
  ) => {
    if (id === null || pending.current) return;
    const mine = generation.current;
    pending.current = true;
    dispatch({ type: 'action_started', action });
    void call(op, params).then((answer) => {
      if (mine !== generation.current) return;
      pending.current = false;
      if (answer.ok) dispatch({ type: 'action_succeeded', action, ...onSuccess(answer.data) });
      else dispatch({ type: 'action_failed', action, error: answer.error });
    });
  }, [id, call]);

  const health = state.view.status === 'loaded' || state.view.status === 'not_scored' ? state.view.health : null;
  const play = health?.assessment?.play ?? null;

  const recalc = useCallback(() => {
    if (id === null) return;
    run('recalculate', 'recalculate-health', { companyId: id }, (data) => ({ health: data, notice: describeScore(data, 'Recalculated') }));
  }, [id, run]);

  const createTask = useCallback(() => {
    if (id === null) return;
    const dueDate = isoDay(play?.dueDate);
    run('create-task', 'create-play-task', {
      companyId: id,
      ...(play && { playKey: play.key }),
      ...(dueDate && { dueDate }),
    }, (task) => ({ notice: describeTask(task) }));
  }, [id, run, play]);

  const setOverride = useCallback((input: OverrideInput) => {
    if (id === null) return;
    run('set-override', 'set-override', {
      action: 'set',
      companyId: id,
      score: input.score,
      reason: input.reason,
      ...(input.expiresAt && { expiresAt: input.expiresAt }),
      ...(userName && { by: userName }),
    }, (data) => ({ health: data, notice: describeScore(data, 'Override saved') }));
  }, [id, run, userName]);

  const clearOverride = useCallback(() => {
    if (id === null) return;
    run('clear-override', 'set-override', { action: 'clear', companyId: id }, (data) => ({ health: data, notice: describeScore(data, 'Override cleared') }));
  }, [id, run]);

  return { state, retry: load, retryDetails, recalc, createTask, setOverride, clearOverride };
}
