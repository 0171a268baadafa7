/**
 * Feedback submissions: a quarterly relationship NPS survey (0–10, response
 * group, comment) and post-ticket CSAT (1–5). Non-response is a signal, so
 * silent accounts answer less and less.
 */
import type { People } from './contacts';
import type { AccountPlan } from './plan';
import type { Rng } from './prng';
import type { Sink } from './sink';
import { COMPETITORS } from './text-tickets';
import { NPS_COMMENTS } from './text-activities';
import { DAY, isoInstant, startOfDay } from './time';

export interface Submission {
  type: 'NPS' | 'CSAT';
  name: string;
  value: number;
  content: string;
  at: number;
  companyId: string;
  contactId?: string;
  ticketId?: string;
}

export function submitSurvey(sink: Sink, s: Submission): string {
  const group = s.type === 'NPS' ? (s.value >= 9 ? 'PROMOTER' : s.value >= 7 ? 'PASSIVE' : 'DETRACTOR') : undefined;
  const id = sink.add('feedback_submissions', {
    createdAt: s.at,
    properties: {
      hs_survey_type: s.type, hs_survey_name: s.name, hs_value: s.value, hs_response_group: group,
      hs_content: s.content === '' ? undefined : s.content, hs_submission_timestamp: isoInstant(s.at), hs_survey_channel: 'EMAIL',
    },
  });
  sink.associate('feedback_submissions', id, 'companies', s.companyId);
  if (s.contactId) sink.associate('feedback_submissions', id, 'contacts', s.contactId);
  if (s.ticketId) sink.associate('feedback_submissions', id, 'tickets', s.ticketId);
  return id;
}

/** NPS cycles every 13 weeks, the latest about three weeks before asOf. */
export function buildNps(rng: Rng, sink: Sink, plan: AccountPlan, companyId: string, people: People, asOf: number): void {
  const e = plan.events;
  for (let cycle = startOfDay(asOf) - 21 * DAY; cycle >= plan.activityStart; cycle -= 91 * DAY) {
    if (cycle > plan.windowEnd || (plan.customerSince !== undefined && cycle < plan.customerSince + 30 * DAY)) continue;
    const h = plan.health.at(cycle);
    const silent = e.silenceFrom !== undefined && cycle >= e.silenceFrom;
    for (const p of people.activeAt(cycle)) {
      const keen = p.labels.length > 0 ? 0.35 : 0.08;
      if (!rng.chance(keen * (0.5 + 0.6 * h) * (silent ? 0.12 : 1))) continue;
      let score = Math.round(1 + 9 * Math.min(1, h) + rng.normal(0, 1.2));
      if (e.blip?.kind === 'detractor' && Math.abs(cycle - e.blip.at) < 60 * DAY && p.labels.length > 0) score = rng.int(2, 5);
      score = Math.max(0, Math.min(10, score));
      const group = score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR';
      let comment: string = rng.pick(NPS_COMMENTS[group]);
      if (group === 'DETRACTOR' && e.competitorNoteAt !== undefined && cycle >= e.competitorNoteAt - 30 * DAY && rng.chance(0.5)) {
        comment = `We are evaluating ${rng.pick(COMPETITORS)}; too many issues lately.`;
      }
      const at = Math.min(asOf, cycle + rng.float(0.1, 10) * DAY);
      submitSurvey(sink, { type: 'NPS', name: 'Quarterly customer NPS', value: score, content: comment, at, companyId, contactId: p.id });
    }
  }
}
