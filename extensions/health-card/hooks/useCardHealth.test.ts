/**
 * The hook's reducer: each event moves the card to an explicit state, and the
 * live details arrive into a card already showing its stored values.
 */
import { cardHealthReducer, initialCardHealthState, needsDetails, type CardHealthState } from './useCardHealth';
import { aCardHealth } from '../test-support/cardHealthBuilder';
import { storedOnly } from '../test-support/fakeTransport';

const scored = aCardHealth().build();
const stored = storedOnly(scored);
const notScored = aCardHealth().notScored().withoutAssessment().build();
const start = () => initialCardHealthState(true);
const storedCard = (): CardHealthState => cardHealthReducer(start(), { type: 'stored_loaded', health: stored });
const liveCard = (): CardHealthState => cardHealthReducer(storedCard(), { type: 'details_loaded', health: scored });
const liveError = { code: 'hubspot' as const, message: 'POST /crm/v3/objects/companies/search answered 429' };

describe('cardHealthReducer', () => {
  it('starts idle without a company and loading with one', () => {
    expect(initialCardHealthState(false).view).toEqual({ status: 'idle' });
    expect(start().view).toEqual({ status: 'loading' });
  });

  it('shows the stored values with the details loading, then the details', () => {
    expect(storedCard().view).toEqual({ status: 'loaded', health: stored, details: { status: 'loading' } });
    expect(liveCard().view).toEqual({ status: 'loaded', health: scored, details: { status: 'ready' } });
  });

  it('needs the live details only for a scored company whose answer lacks them', () => {
    expect(needsDetails(stored)).toBe(true);
    expect(needsDetails(scored)).toBe(false);
    expect(needsDetails(notScored)).toBe(false);
    expect(cardHealthReducer(start(), { type: 'stored_loaded', health: scored }).view)
      .toEqual({ status: 'loaded', health: scored, details: { status: 'ready' } });
  });

  it('tells a never-scored company from a scored one', () => {
    expect(cardHealthReducer(start(), { type: 'stored_loaded', health: notScored }).view)
      .toEqual({ status: 'not_scored', health: notScored });
  });

  it('keeps the error of a failed first load', () => {
    const error = { code: 'not_found' as const, message: 'No company 101' };
    expect(cardHealthReducer(start(), { type: 'load_failed', error }).view).toEqual({ status: 'error', error });
  });

  it('keeps the stored card when the details fail, and loads them again on retry', () => {
    const failed = cardHealthReducer(storedCard(), { type: 'details_failed', error: liveError });
    expect(failed.view).toEqual({ status: 'loaded', health: stored, details: { status: 'error', error: liveError } });
    const retried = cardHealthReducer(failed, { type: 'details_started' });
    expect(retried.view).toEqual({ status: 'loaded', health: stored, details: { status: 'loading' } });
    expect(cardHealthReducer(retried, { type: 'details_loaded', health: scored }).view)
      .toEqual({ status: 'loaded', health: scored, details: { status: 'ready' } });
  });

  it('ignores details nobody waits for: an action\'s fresh answer has superseded them', () => {
    const recalculated = aCardHealth().withWarnings('recalculated').build();
    const acted = cardHealthReducer(storedCard(), { type: 'action_succeeded', action: 'recalculate', notice: 'Recalculated.', health: recalculated });
    expect(acted.view).toEqual({ status: 'loaded', health: recalculated, details: { status: 'ready' } });
    expect(cardHealthReducer(acted, { type: 'details_loaded', health: scored })).toBe(acted);
    expect(cardHealthReducer(acted, { type: 'details_failed', error: liveError })).toBe(acted);
    expect(cardHealthReducer(acted, { type: 'details_started' })).toBe(acted);
  });

  it('tracks an action from start to its notice, replacing the health it returns', () => {
    const started = cardHealthReducer(liveCard(), { type: 'action_started', action: 'recalculate' });
    expect(started.action).toEqual({ pending: 'recalculate', error: null, notice: null, done: null });
    const done = cardHealthReducer(started, { type: 'action_succeeded', action: 'recalculate', notice: 'Recalculated.', health: notScored });
    expect(done.action).toEqual({ pending: null, error: null, notice: 'Recalculated.', done: 'recalculate' });
    expect(done.view.status).toBe('not_scored');
  });

  it('keeps an action\'s error and turns read-only only when it was forbidden', () => {
    const hubspot = cardHealthReducer(liveCard(), { type: 'action_failed', action: 'create-task', error: { code: 'hubspot', message: '429' } });
    expect(hubspot).toMatchObject({ forbidden: false, action: { error: { action: 'create-task', error: { message: '429' } } } });
    const forbidden = cardHealthReducer(liveCard(), { type: 'action_failed', action: 'set-override', error: { code: 'forbidden', message: 'no' } });
    expect(forbidden.forbidden).toBe(true);
    expect(forbidden.view.status).toBe('loaded');
  });

  it('clears an action\'s outcome when loading again', () => {
    const failed = cardHealthReducer(liveCard(), { type: 'action_failed', action: 'recalculate', error: { code: 'internal', message: 'x' } });
    expect(cardHealthReducer(failed, { type: 'load_started' })).toMatchObject({ view: { status: 'loading' }, action: { error: null } });
  });
});
