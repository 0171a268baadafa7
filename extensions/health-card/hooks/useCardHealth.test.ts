/**
 * The hook's reducer: each event moves the card to an explicit state.
 */
import { cardHealthReducer, initialCardHealthState, type CardHealthState } from './useCardHealth';
import { aCardHealth } from '../test-support/cardHealthBuilder';

const scored = aCardHealth().build();
const notScored = aCardHealth().notScored().build();
const loaded = (): CardHealthState => cardHealthReducer(initialCardHealthState(true), { type: 'load_succeeded', health: scored });

describe('cardHealthReducer', () => {
  it('starts idle without a company and loading with one', () => {
    expect(initialCardHealthState(false).view).toEqual({ status: 'idle' });
    expect(initialCardHealthState(true).view).toEqual({ status: 'loading' });
  });

  it('tells a scored company from a never-scored one', () => {
    expect(loaded().view).toEqual({ status: 'loaded', health: scored });
    expect(cardHealthReducer(initialCardHealthState(true), { type: 'load_succeeded', health: notScored }).view)
      .toEqual({ status: 'not_scored', health: notScored });
  });

  it('keeps the error of a failed load', () => {
    const error = { code: 'not_found' as const, message: 'No company 101' };
    expect(cardHealthReducer(initialCardHealthState(true), { type: 'load_failed', error }).view).toEqual({ status: 'error', error });
  });

  it('tracks an action from start to its notice, replacing the health it returns', () => {
    const started = cardHealthReducer(loaded(), { type: 'action_started', action: 'recalculate' });
    expect(started.action).toEqual({ pending: 'recalculate', error: null, notice: null, done: null });
    const done = cardHealthReducer(started, { type: 'action_succeeded', action: 'recalculate', notice: 'Recalculated.', health: notScored });
    expect(done.action).toEqual({ pending: null, error: null, notice: 'Recalculated.', done: 'recalculate' });
    expect(done.view.status).toBe('not_scored');
  });

  it('keeps an action\'s error and turns read-only only when it was forbidden', () => {
    const hubspot = cardHealthReducer(loaded(), { type: 'action_failed', action: 'create-task', error: { code: 'hubspot', message: '429' } });
    expect(hubspot).toMatchObject({ forbidden: false, action: { error: { action: 'create-task', error: { message: '429' } } } });
    const forbidden = cardHealthReducer(loaded(), { type: 'action_failed', action: 'set-override', error: { code: 'forbidden', message: 'no' } });
    expect(forbidden.forbidden).toBe(true);
    expect(forbidden.view.status).toBe('loaded');
  });

  it('clears an action\'s outcome when loading again', () => {
    const failed = cardHealthReducer(loaded(), { type: 'action_failed', action: 'recalculate', error: { code: 'internal', message: 'x' } });
    expect(cardHealthReducer(failed, { type: 'load_started' })).toMatchObject({ view: { status: 'loading' }, action: { error: null } });
  });
});
