/**
 * Texts for survey comments, CSM notes, emails, calls and tasks. Notes carry
 * the qualitative signals a CSM writes down: competitor mentions, budget
 * reviews, downgrade requests, acquisitions and executive turnover for
 * troubled accounts; referrals, new departments and early renewal talks for
 * expansion-ready ones. Routine texts avoid every red-flag word.
 */

export const NPS_COMMENTS = {
  PROMOTER: [
    'Great product and a responsive team. We recommend you to peers all the time.',
    'It has become core to how our team works. Onboarding new people is easy.',
    'Excellent support and the new features keep coming. Very happy.',
    '',
  ],
  PASSIVE: [
    'Does the job. Reporting could be more flexible.',
    'Good overall, but some workflows still take too many clicks.',
    'Solid tool. Would like faster answers from support.',
    '',
  ],
  DETRACTOR: [
    'Too many bugs lately and support is slow to respond.',
    'We are not getting the value we expected for the price.',
    'Honestly we are looking for alternatives; the product has not kept up.',
    'Adoption on our side is low and the product feels complicated.',
    '',
  ],
} as const;

export const CSAT_COMMENTS = {
  high: ['Quick and helpful, thank you!', 'Resolved on the first reply. Great.', 'Very clear explanation.', ''],
  mid: ['Solved, but it took a while.', 'OK in the end.', ''],
  low: ['Took far too long and I had to explain the problem three times.', 'The workaround is not a fix.', 'Still not really solved.', ''],
} as const;

export const ROUTINE_NOTES = [
  'Monthly sync with {champion}. Usage steady; they asked about the roadmap for reporting. No concerns raised.',
  'Reviewed open tickets with {champion}; both are on track. Shared two help articles on saved views.',
  'Admin training follow-up sent. {champion} will share the recording with the wider team.',
  'Checked in on the rollout to the second office. Going as planned.',
  'Success plan reviewed: goals still valid, next milestone is the Q1 reporting rollout.',
];

export const RISK_NOTES = {
  competitor: [
    '{champion} mentioned that their new VP used {competitor} at her last company and wants a comparison. Competitor evaluation likely.',
    'Heard from {champion} that procurement requested a demo from {competitor}. They are evaluating options before the renewal.',
  ],
  budget_review: [
    'Finance has started a budget review of all software spend; every tool must justify its cost before renewal.',
    'Call with {champion}: company-wide budget review, spending freeze until next quarter. Renewal will be scrutinised.',
  ],
  downgrade: [
    '{champion} asked what a downgrade to fewer seats would look like at renewal. Only part of the team uses the product.',
    'Customer requested a quote for the basic plan and a reduced seat count — downgrade request ahead of renewal.',
  ],
  acquisition: [
    'Customer announced it is being acquired. The parent company has its own tooling; the acquisition may consolidate vendors.',
  ],
  executive_turnover: [
    'Executive sponsor has left; the new COO has not been briefed yet and did not reply to our intro email. Executive turnover risk.',
  ],
  champion_left: [
    'Emails to {champion} bounce — looks like they left the company. No successor identified yet.',
  ],
  blip_competitor: [
    '{champion} said procurement asked them to compare one competitor ({competitor}) as a formality; they are happy with us overall.',
  ],
} as const;

export const EXPANSION_NOTES = {
  new_department: [
    'The {department} team wants to start using the product as well — new department adoption, {champion} introduced their lead.',
    'Expansion: {department} department is piloting the product after seeing results in operations.',
  ],
  referral: [
    '{champion} offered to be a reference and agreed to a case study about their rollout. Referral sent to two peers.',
    'Customer referred a peer company to us and volunteered for the customer advisory board.',
  ],
  displacement: [
    'Competitive displacement: the {department} team replaced {competitor} with our product for their reporting workflow.',
  ],
  early_renewal: [
    '{champion} asked whether they could renew early and lock in a multi-year price. Early renewal inquiry.',
  ],
  promoted: [
    '{champion} was promoted to {title}; wants to roll the product out across the wider organisation.',
  ],
  recovery: [
    'Follow-up on last quarter\'s issues: fixes confirmed, {champion} says the team trusts the product again.',
    'Recovery plan review: usage back up, open escalations closed, sponsor re-engaged.',
  ],
} as const;

export const OUTBOUND_EMAIL_SUBJECTS = [
  'Checking in', 'Your quarterly business review', 'New features this month', 'Follow-up from our call',
  'Training session recording', 'Renewal planning', 'Quick question about your rollout', 'Invitation: customer webinar',
];

export const INBOUND_EMAIL_SUBJECTS = [
  'Re: Checking in', 'Re: Your quarterly business review', 'Re: Follow-up from our call', 'Question about permissions',
  'Re: Renewal planning', 'Re: Training session recording', 'Thanks!',
];

export const INBOUND_EMAIL_TEXTS = [
  'Thanks, that works for us. See you next week.',
  'Appreciate the follow-up. The team is using the new views a lot.',
  'Could we move the call to Thursday? Otherwise all good.',
  'Thanks for the recording, I shared it with the team.',
];

export const INBOUND_RISK_EMAIL_TEXTS = [
  'Before we talk renewal we need to discuss pricing; finance is reviewing all vendors.',
  'We are still unhappy about the outage last month. Please send us the incident report.',
  'We will need to revisit the number of seats at renewal.',
];

export const CALL_TITLES = ['Check-in call', 'Renewal discussion', 'Support follow-up', 'Onboarding call', 'Executive touchpoint'];

export const TASK_SUBJECTS = [
  ['Prepare QBR deck', 'Pull usage and ticket stats for the quarterly review.'],
  ['Send renewal proposal', 'Draft the renewal quote and send it to the decision maker.'],
  ['Follow up on open tickets', 'Check the status of open tickets with support before the next check-in.'],
  ['Schedule admin training', 'Offer a training session for new admins.'],
  ['Update success plan', 'Record goals achieved this quarter.'],
] as const;

export const LOST_REASONS = [
  'Chose a competitor', 'Budget cuts', 'Low adoption; not enough value', 'Acquired; consolidating vendors', 'Champion left; no sponsor',
];
