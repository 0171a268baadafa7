/**
 * The app's INPUT properties: what a product-analytics / billing sync (or a
 * CSM) fills so the health model can read usage, billing and stakeholder
 * facts HubSpot has no standard property for. `che provision` creates them in
 * the group `customer_health_inputs`; the loader reads them.
 *
 * The sandbox generator defines and fills these same properties (it imports them).
 */
import { options as opts, type GroupSpec, type PropertySpec } from './types';

export type InputPropertyDefinition = PropertySpec;

export const INPUT_PROPERTY_GROUP: GroupSpec = { name: 'customer_health_inputs', label: 'Customer Health inputs', displayOrder: -1 };

const G = INPUT_PROPERTY_GROUP.name;

const YES_NO = opts([['true', 'Yes'], ['false', 'No']]);

function num(name: string, label: string, description: string): InputPropertyDefinition {
  return { name, label, type: 'number', fieldType: 'number', groupName: G, description };
}
function bool(name: string, label: string, description: string): InputPropertyDefinition {
  return { name, label, type: 'bool', fieldType: 'booleancheckbox', groupName: G, description, options: YES_NO };
}
function datetime(name: string, label: string, description: string): InputPropertyDefinition {
  return { name, label, type: 'datetime', fieldType: 'date', groupName: G, description };
}
function select(name: string, label: string, description: string, options: [string, string][]): InputPropertyDefinition {
  return { name, label, type: 'enumeration', fieldType: 'select', groupName: G, description, options: opts(options) };
}

export const SEGMENT_OPTIONS: [string, string][] = [
  ['enterprise', 'Enterprise'],
  ['mid_market', 'Mid-market'],
  ['smb', 'SMB'],
  ['self_serve', 'Self-serve'],
];

export const PAYMENT_STATUS_OPTIONS: [string, string][] = [
  ['current', 'Current'],
  ['late', 'Late'],
  ['delinquent', 'Delinquent'],
];

/** Company inputs: usage (synced weekly from product analytics), billing (from the billing system), plan facts. */
export const COMPANY_INPUT_PROPERTIES: InputPropertyDefinition[] = [
  select('che_segment', 'Customer segment', 'Commercial segment of the customer; the health model applies per-segment thresholds.', SEGMENT_OPTIONS),
  num('che_active_users', 'Active users (30 days)', 'Distinct users who signed in to the product in the trailing 30 days. Its property history gives the 30/60/90-days-ago values for the usage-trend dimension.'),
  num('che_seats_purchased', 'Seats purchased', 'Licensed seats on the current contract.'),
  num('che_dau', 'Daily active users (avg)', 'Average daily active users over the trailing 30 days.'),
  num('che_mau', 'Monthly active users', 'Monthly active users (distinct users in the calendar month to date, or the trailing 30 days).'),
  num('che_features_used', 'Features in use', 'Product features or modules used at least once in the trailing 30 days.'),
  num('che_features_available', 'Features available', 'Features or modules included in the customer\'s plan.'),
  num('che_features_adopted_180d', 'Features adopted (180 days)', 'Features released in the last 180 days that the customer has started using.'),
  num('che_integrations_active', 'Active integrations', 'Integrations, API connections and SSO connections currently active.'),
  num('che_logins_30d', 'Logins (30 days)', 'Total sign-ins across all users in the trailing 30 days.'),
  num('che_core_actions_30d', 'Core actions (30 days)', 'Key value-creating actions (the product\'s core workflow events) in the trailing 30 days.'),
  num('che_api_calls_30d', 'API calls (30 days)', 'Calls to the product\'s public API by the customer in the trailing 30 days.'),
  num('che_data_exports_30d', 'Data exports (30 days)', 'Bulk data exports in the trailing 30 days; a spike can mean a migration away.'),
  datetime('che_last_login_at', 'Last login', 'Most recent sign-in by any user of the account.'),
  num('che_entitlement_used_pct', 'Entitlement used (%)', 'Usage as a percentage of the contracted entitlement (active users ÷ seats purchased × 100); above 100 means over the cap.'),
  num('che_billing_page_visits_30d', 'Billing page visits (30 days)', 'Visits to the billing, plan or cancellation pages in the trailing 30 days.'),
  datetime('che_usage_synced_at', 'Usage synced at', 'When the product-analytics sync last wrote the usage properties.'),
  select('che_payment_status', 'Payment status', 'Status of the customer\'s invoices in the billing system.', PAYMENT_STATUS_OPTIONS),
  num('che_days_past_due', 'Days past due', 'Days the oldest unpaid invoice is past its due date (0 when nothing is overdue).'),
  num('che_discount_pct', 'Discount (%)', 'Discount off list price on the current contract, in percent.'),
  bool('che_auto_renew', 'Auto-renew', 'The contract renews automatically unless cancelled in the opt-out window.'),
  bool('che_multi_year', 'Multi-year agreement', 'The customer is on a multi-year agreement (annual renewal checkpoints, price locked).'),
  bool('che_seasonal', 'Seasonal usage', 'Usage follows a known seasonal pattern (e.g. education terms, retail peaks); dips in the off-season are expected.'),
  bool('che_community_active', 'Community active', 'Someone at the customer posted in the community, attended an event or joined a beta in the last 90 days.'),
  num('che_goals_defined', 'Success goals defined', 'Business outcomes agreed in the success plan.'),
  num('che_goals_achieved', 'Success goals achieved', 'Success-plan outcomes the customer has reached.'),
  bool('che_roi_documented', 'ROI documented', 'A return on investment has been documented with the customer (business review, case study).'),
];

/**
 * Contact inputs. A departed stakeholder keeps its association label (as in
 * real portals); `che_left_company` marks the departure and
 * `che_left_company_at` dates it. Promotions show in the `jobtitle` history.
 */
export const CONTACT_INPUT_PROPERTIES: InputPropertyDefinition[] = [
  bool('che_left_company', 'Left the company', 'The contact no longer works at the customer (job change, email bounce, or marked by the CSM).'),
  datetime('che_left_company_at', 'Left the company at', 'When the contact was found to have left the customer.'),
];

/** Ticket inputs. */
export const TICKET_INPUT_PROPERTIES: InputPropertyDefinition[] = [
  bool('che_escalated', 'Escalated', 'The ticket was escalated beyond tier-1 support (to engineering, management or an executive).'),
];

/** Every input property per object type. */
export const INPUT_PROPERTIES = {
  companies: COMPANY_INPUT_PROPERTIES,
  contacts: CONTACT_INPUT_PROPERTIES,
  tickets: TICKET_INPUT_PROPERTIES,
} as const;
