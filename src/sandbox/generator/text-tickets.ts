/**
 * Support ticket texts by tone. Neutral and positive texts deliberately avoid
 * the red-flag words (cancel, unacceptable, alternatives, escalate, refund …)
 * so that tone comes from the account's state, not from template accidents.
 */

export const FEATURES = [
  'the reporting dashboard', 'scheduled exports', 'the Salesforce sync', 'SSO login', 'the workflow builder',
  'custom fields', 'the mobile app', 'bulk import', 'the API', 'user permissions', 'the audit log',
  'email notifications', 'the forecasting module', 'the data warehouse connector', 'saved views',
];

export interface TicketText {
  subject: string;
  content: string;
  category: 'PRODUCT_ISSUE' | 'BILLING_ISSUE' | 'FEATURE_REQUEST' | 'GENERAL_INQUIRY';
}

type Template = [subject: string, content: string, category: TicketText['category']];

export const NEUTRAL_TICKETS: Template[] = [
  ['How do I add a user to a team?', 'Hi, we have a new hire starting Monday. How do I add her to the Support team with the same permissions as the others? Thanks!', 'GENERAL_INQUIRY'],
  ['Question about {feature}', 'Quick question: can {feature} be limited to one region? We could not find it in the docs. Thanks for the help.', 'GENERAL_INQUIRY'],
  ['Export shows wrong time zone', 'The CSV export of last week shows times in UTC instead of our local time. Is there a setting for that?', 'PRODUCT_ISSUE'],
  ['Password reset email not arriving', 'One of our users is not getting the password reset email. Could you check whether it is being blocked on your side?', 'PRODUCT_ISSUE'],
  ['Invoice copy needed', 'Our finance team asked for a PDF copy of the last invoice with our VAT number on it. Can you send it over?', 'BILLING_ISSUE'],
  ['Update billing contact', 'Please change our billing contact to our new AP mailbox. Thank you.', 'BILLING_ISSUE'],
  ['{feature} loads slowly', 'Since yesterday {feature} takes about 20 seconds to load for a few of us. Not blocking, but wanted to let you know.', 'PRODUCT_ISSUE'],
  ['Help setting up {feature}', 'We would like to start using {feature}. Is there a guide or could someone walk us through the setup?', 'GENERAL_INQUIRY'],
  ['Duplicate records after import', 'After importing our contact list we see some duplicates. What is the best way to merge them?', 'PRODUCT_ISSUE'],
  ['API rate limit question', 'What are the API limits on our plan? We are planning a nightly sync and want to stay within them.', 'GENERAL_INQUIRY'],
  ['Small typo in the UI', 'The settings page says "Notfications". Minor, just flagging it. Thanks!', 'PRODUCT_ISSUE'],
  ['SSO certificate rotation', 'Our IdP certificate rotates next month. What do we need to update on your side?', 'GENERAL_INQUIRY'],
];

export const NEGATIVE_TICKETS: Template[] = [
  ['{feature} broken again', 'This is the third time this month that {feature} stops working. Our team is frustrated and we need a permanent fix, not another workaround.', 'PRODUCT_ISSUE'],
  ['Data missing from reports', 'Numbers in our weekly report do not match the source data. We have spent two days reconciling this. Very disappointed with the quality lately.', 'PRODUCT_ISSUE'],
  ['Still waiting for an answer', 'We opened a ticket about {feature} ten days ago and nobody has come back to us. This is not the support we are paying for.', 'PRODUCT_ISSUE'],
  ['Sync failing since the update', 'Since your last release the sync fails every night. Our managers are asking why the dashboards are empty. Please prioritise.', 'PRODUCT_ISSUE'],
  ['Charged for seats we do not use', 'We were invoiced for seats that nobody uses any more. We want this corrected and the overcharge credited.', 'BILLING_ISSUE'],
  ['Performance is terrible', 'The app has been terrible this week: pages time out and {feature} is unusable during business hours.', 'PRODUCT_ISSUE'],
];

/** Escalations: hostile tone, threats to leave, competitor references. */
export const ANGRY_TICKETS: Template[] = [
  ['URGENT: outage affecting all users', 'Nobody on our side can log in since this morning. This is unacceptable. Please escalate to your engineering lead immediately — we have a board meeting tomorrow.', 'PRODUCT_ISSUE'],
  ['Escalation: data loss in {feature}', 'We lost a week of records in {feature}. I want to escalate this to your management. If this cannot be resolved we will have to consider alternatives.', 'PRODUCT_ISSUE'],
  ['Fed up with recurring failures', 'We are fed up. The same issue with {feature} keeps coming back and our executives are asking whether we should switch to {competitor}. Escalate this please.', 'PRODUCT_ISSUE'],
  ['Considering alternatives', 'After months of problems we are considering alternatives. Unless the open issues are fixed before our renewal we will not renew.', 'PRODUCT_ISSUE'],
  ['Request for termination terms', 'Please send us the termination terms of our contract and explain how to cancel. The product has not delivered what was promised.', 'BILLING_ISSUE'],
  ['Ridiculous response times', 'It is ridiculous that a P1 issue is still open after a week. I am escalating this to our VP and expect a call from your side today.', 'PRODUCT_ISSUE'],
];

/** Feature requests from engaged, growing accounts (expansion signals: adjacent features, more seats). */
export const EXPANSION_TICKETS: Template[] = [
  ['Feature request: advanced permissions', 'Feature request: our finance team wants to join and needs field-level permissions. Is that on the enterprise plan? We would like a quote.', 'FEATURE_REQUEST'],
  ['Adding more seats', 'We are rolling the product out to our {department} team and will need additional seats next month. Who can help with the order?', 'FEATURE_REQUEST'],
  ['Interest in the analytics add-on', 'We keep hitting the limits of the standard reports. Could you tell us more about the analytics add-on and what an upgrade would involve?', 'FEATURE_REQUEST'],
  ['Sandbox environment?', 'We are building a second integration with your API and would love a sandbox environment. Is that available as an add-on?', 'FEATURE_REQUEST'],
];

export const COMPETITORS = ['Gainlane', 'Vitally One', 'ClearTrack', 'Northstar CS', 'Pulseboard', 'Retainly'];

export function fillTicket(t: Template, vars: { feature: string; competitor: string; department: string }): TicketText {
  const fill = (s: string) => s.replace(/\{feature\}/g, vars.feature).replace(/\{competitor\}/g, vars.competitor).replace(/\{department\}/g, vars.department);
  return { subject: fill(t[0]).replace(/^the /, 'The '), content: fill(t[1]), category: t[2] };
}
