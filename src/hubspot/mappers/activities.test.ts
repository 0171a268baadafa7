import { aMeeting, aRecord, aTicket } from '../../../test/hubspot/load-builders';
import { DEFAULT_MAPPING as M } from '../mapping/defaults';
import { emailOf, meetingOf, sentimentOf, surveyOf, ticketOf } from './activities';
import { Warnings } from './values';

const AS_OF = '2026-11-01T00:00:00.000Z';
const stages = new Map([['0:1', { isClosed: 'false' }], ['0:4', { isClosed: 'true' }]]);

describe('meetings: kind from the title, outcome from hs_meeting_outcome', () => {
  it.each([
    ['Quarterly Business Review – Acme', 'qbr'],
    ['Monthly check-in – Acme', 'check_in'],
    ['Success check-in – Acme', 'check_in'],
    ['Executive sync – Acme', 'exec'],
    ['Training: saved views', 'training'],
    ['Onboarding kickoff – Acme', 'training'],
    ['Lunch', 'other'],
  ])('%s → %s', (title, kind) => {
    const m = meetingOf(aMeeting('1', title, 'COMPLETED', '2026-10-01T10:00:00Z').build(), M, AS_OF, new Warnings('9'));
    expect(m).toEqual({ date: '2026-10-01T10:00:00.000Z', kind, outcome: 'completed' });
  });

  it('maps every outcome; a future meeting is scheduled; a past one without outcome is left out', () => {
    const w = new Warnings('9');
    const outcome = (o: string | null, at = '2026-10-01T10:00:00Z') => meetingOf(aMeeting('1', 'QBR', o, at).build(), M, AS_OF, w)?.outcome;
    expect(['COMPLETED', 'CANCELED', 'NO_SHOW', 'RESCHEDULED'].map((o) => outcome(o))).toEqual(['completed', 'canceled', 'no_show', 'rescheduled']);
    expect(outcome('SCHEDULED', '2026-11-20T10:00:00Z')).toBe('scheduled');
    expect(outcome(null)).toBeUndefined();
    expect(outcome('COMPLETED', '2027-03-01T10:00:00Z')).toBeUndefined(); // beyond the 30 days ahead
    expect(w.list).toEqual([]);
  });
});

describe('tickets', () => {
  it('a closed-stage ticket has closedAt; priority, escalation and sentiment from text', () => {
    const rec = aTicket('77', '2026-09-01T09:00:00Z', 'Escalation: data loss in the API', 'We lost a week of records. If this cannot be resolved we will have to consider alternatives.')
      .with({ hs_pipeline_stage: '4', closed_date: '2026-09-05T09:00:00Z', hs_ticket_priority: 'URGENT', che_escalated: 'true' }).build();
    expect(ticketOf(rec, M, stages, AS_OF, new Warnings('9'), 2)).toEqual({
      id: '77', createdAt: '2026-09-01T09:00:00.000Z', closedAt: '2026-09-05T09:00:00.000Z', priority: 'urgent',
      sentiment: 'negative', escalated: true, csat: 2, text: expect.stringContaining('consider alternatives'),
    });
  });

  it('an open ticket has no closedAt even when closed_date is set; a ticket after asOf is left out', () => {
    const open = aTicket('1', '2026-10-01T00:00:00Z', 'Question about SSO', 'Can SSO be limited to one region?').with({ closed_date: '2026-10-02T00:00:00Z' }).build();
    expect(ticketOf(open, M, stages, AS_OF, new Warnings('9'))?.closedAt).toBeUndefined();
    const later = aTicket('2', '2026-12-01T00:00:00Z', 'x', 'y').build();
    expect(ticketOf(later, M, stages, AS_OF, new Warnings('9'))).toBeUndefined();
  });

  it('closed stages can be listed in the mapping instead of read from the pipelines', () => {
    const m = { ...M, tickets: { ...M.tickets, closedStages: ['0:3'] } };
    const rec = aTicket('1', '2026-10-01T00:00:00Z', 'a', 'b').with({ hs_pipeline_stage: '3', closed_date: '2026-10-03T00:00:00Z' }).build();
    expect(ticketOf(rec, m, new Map(), AS_OF, new Warnings('9'))?.closedAt).toBe('2026-10-03T00:00:00.000Z');
  });

  it.each([
    ['Performance is terrible: pages time out and the API is unusable.', 'negative'],
    ['We are fed up. Escalate this please.', 'negative'],
    ['Please send us the termination terms of our contract and explain how to cancel.', 'negative'],
    ['We are rolling the product out to our HR team and will need additional seats next month.', 'positive'],
    ['How do I add a user to a team? Thanks!', 'neutral'],
    ['Our IdP certificate rotates next month. What do we need to update?', 'neutral'],
  ])('sentiment of %j is %s', (body, expected) => {
    expect(sentimentOf(body, M)).toBe(expected);
  });

  it('a sentiment property, when mapped, wins over the text', () => {
    const m = { ...M, tickets: { ...M.tickets, sentiment: { property: 'hs_sentiment', values: { POSITIVE: 'positive' as const, NEGATIVE: 'negative' as const } } } };
    const rec = aTicket('1', '2026-10-01T00:00:00Z', 'Broken', 'This is broken').with({ hs_sentiment: 'POSITIVE' }).build();
    expect(ticketOf(rec, m, stages, AS_OF, new Warnings('9'))?.sentiment).toBe('positive');
  });
});

describe('feedback submissions → surveys', () => {
  const submission = (type: string, value: string) =>
    aRecord('5').with({ hs_survey_type: type, hs_value: value, hs_content: 'Good overall', hs_submission_timestamp: '2026-10-10T12:00:00Z' }).build();

  it('NPS 0–10 and CSAT 1–5 from hs_survey_type / hs_value / hs_content / hs_submission_timestamp', () => {
    const w = new Warnings('9');
    expect(surveyOf(submission('NPS', '9'), M, AS_OF, w)).toEqual({ type: 'nps', score: 9, date: '2026-10-10T12:00:00.000Z', comment: 'Good overall' });
    expect(surveyOf(submission('CSAT', '4'), M, AS_OF, w)).toMatchObject({ type: 'csat', score: 4 });
    expect(surveyOf(submission('CES', '4'), M, AS_OF, w)).toBeUndefined();
    expect(w.list).toEqual([]);
  });

  it('an out-of-range or non-numeric answer is dropped with a warning', () => {
    const w = new Warnings('9');
    expect(surveyOf(submission('CSAT', '9'), M, AS_OF, w)).toBeUndefined();
    expect(surveyOf(submission('NPS', 'ten'), M, AS_OF, w)).toBeUndefined();
    expect(w.list).toEqual([
      "company 9: feedback submission 5: hs_value: '9' is outside 1–5",
      "company 9: feedback submission 5: hs_value: 'ten' is not a number",
    ]);
  });
});

it('emails: INCOMING_EMAIL is inbound, EMAIL outbound, other directions ignored', () => {
  const email = (dir: string) => aRecord('3').with({ hs_email_direction: dir, hs_timestamp: '2026-10-01T00:00:00Z' }).build();
  const w = new Warnings('9');
  expect(emailOf(email('INCOMING_EMAIL'), M, AS_OF, w)?.direction).toBe('inbound');
  expect(emailOf(email('EMAIL'), M, AS_OF, w)?.direction).toBe('outbound');
  expect(emailOf(email('DRAFT'), M, AS_OF, w)).toBeUndefined();
});
