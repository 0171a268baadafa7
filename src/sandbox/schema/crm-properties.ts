/**
 * HubSpot's standard properties for companies, contacts, deals and tickets:
 * real internal names, types, field types, groups and options. Only the
 * properties the app and the generator use are listed; custom ones come from
 * the seed.
 */
import type { PropertyDefinition } from '../types';
import { computed, options, ownerProperty, prop, recordIdProperty, valueOptions } from './define';

export const LIFECYCLE_STAGES = options([
  ['subscriber', 'Subscriber'],
  ['lead', 'Lead'],
  ['marketingqualifiedlead', 'Marketing Qualified Lead'],
  ['salesqualifiedlead', 'Sales Qualified Lead'],
  ['opportunity', 'Opportunity'],
  ['customer', 'Customer'],
  ['evangelist', 'Evangelist'],
  ['other', 'Other'],
]);

/** A subset of HubSpot's industry enumeration (internal values as HubSpot spells them). */
const INDUSTRIES = valueOptions([
  'ACCOUNTING', 'AIRLINES_AVIATION', 'APPAREL_FASHION', 'AUTOMOTIVE', 'BANKING', 'BIOTECHNOLOGY',
  'COMPUTER_HARDWARE', 'COMPUTER_SOFTWARE', 'CONSTRUCTION', 'CONSUMER_GOODS', 'E_LEARNING',
  'EDUCATION_MANAGEMENT', 'FINANCIAL_SERVICES', 'FOOD_BEVERAGES', 'HEALTH_WELLNESS_AND_FITNESS',
  'HOSPITAL_HEALTH_CARE', 'HOSPITALITY', 'INFORMATION_TECHNOLOGY_AND_SERVICES', 'INSURANCE', 'INTERNET',
  'LEGAL_SERVICES', 'LOGISTICS_AND_SUPPLY_CHAIN', 'MANAGEMENT_CONSULTING', 'MARKETING_AND_ADVERTISING',
  'MEDICAL_DEVICES', 'NONPROFIT_ORGANIZATION_MANAGEMENT', 'PHARMACEUTICALS', 'REAL_ESTATE', 'RETAIL',
  'TELECOMMUNICATIONS', 'TRANSPORTATION_TRUCKING_RAILROAD', 'UTILITIES',
]);

const C = 'companyinformation';
const CA = 'company_activity';
export const COMPANY_PROPERTIES: PropertyDefinition[] = [
  prop('name', 'Company name', 'string', 'text', C),
  prop('domain', 'Company Domain Name', 'string', 'text', C),
  prop('website', 'Website URL', 'string', 'text', C),
  prop('phone', 'Phone Number', 'string', 'phonenumber', C),
  prop('industry', 'Industry', 'enumeration', 'select', C, { options: INDUSTRIES }),
  prop('numberofemployees', 'Number of Employees', 'number', 'number', C),
  prop('annualrevenue', 'Annual Revenue', 'number', 'number', C, { showCurrencySymbol: true }),
  prop('lifecyclestage', 'Lifecycle Stage', 'enumeration', 'radio', C, { options: LIFECYCLE_STAGES }),
  ownerProperty(C, 'Company owner'),
  prop('city', 'City', 'string', 'text', C),
  prop('state', 'State/Region', 'string', 'text', C),
  prop('country', 'Country/Region', 'string', 'text', C),
  prop('description', 'Description', 'string', 'textarea', C),
  computed('createdate', 'Create Date', 'datetime', 'date', C),
  computed('hs_lastmodifieddate', 'Last Modified Date', 'datetime', 'date', C),
  recordIdProperty(C),
  computed('hs_lifecyclestage_customer_date', 'Date entered "Customer (Lifecycle Stage Pipeline)"', 'datetime', 'date', C),
  computed('notes_last_contacted', 'Last Contacted', 'datetime', 'date', CA),
  computed('notes_last_updated', 'Last Activity Date', 'datetime', 'date', CA),
  computed('num_associated_contacts', 'Number of Associated Contacts', 'number', 'number', C),
  computed('num_associated_deals', 'Number of Associated Deals', 'number', 'number', 'deal_information'),
  computed('hs_num_open_deals', 'Number of open deals', 'number', 'number', 'deal_information'),
  computed('recent_deal_close_date', 'Recent Deal Close Date', 'datetime', 'date', 'deal_information'),
  computed('total_revenue', 'Total Revenue', 'number', 'number', 'deal_information', { showCurrencySymbol: true }),
];

const LEAD_STATUSES = valueOptions(
  ['NEW', 'OPEN', 'IN_PROGRESS', 'OPEN_DEAL', 'UNQUALIFIED', 'ATTEMPTED_TO_CONTACT', 'CONNECTED', 'BAD_TIMING'],
  ['New', 'Open', 'In Progress', 'Open Deal', 'Unqualified', 'Attempted to Contact', 'Connected', 'Bad Timing'],
);

const P = 'contactinformation';
export const CONTACT_PROPERTIES: PropertyDefinition[] = [
  prop('firstname', 'First Name', 'string', 'text', P),
  prop('lastname', 'Last Name', 'string', 'text', P),
  prop('email', 'Email', 'string', 'text', P),
  prop('phone', 'Phone Number', 'string', 'phonenumber', P),
  prop('company', 'Company Name', 'string', 'text', P),
  prop('jobtitle', 'Job Title', 'string', 'text', P),
  prop('lifecyclestage', 'Lifecycle Stage', 'enumeration', 'radio', P, { options: LIFECYCLE_STAGES }),
  ownerProperty(P, 'Contact owner'),
  prop('hs_lead_status', 'Lead Status', 'enumeration', 'radio', 'sales_properties', { options: LEAD_STATUSES }),
  computed('notes_last_contacted', 'Last Contacted', 'datetime', 'date', 'contact_activity'),
  computed('notes_last_updated', 'Last Activity Date', 'datetime', 'date', 'contact_activity'),
  computed('createdate', 'Create Date', 'datetime', 'date', P),
  computed('lastmodifieddate', 'Last Modified Date', 'datetime', 'date', P),
  recordIdProperty(P),
];

const D = 'dealinformation';
export const DEAL_PROPERTIES: PropertyDefinition[] = [
  prop('dealname', 'Deal Name', 'string', 'text', D),
  prop('amount', 'Amount', 'number', 'number', D, { showCurrencySymbol: true }),
  // Options of pipeline and dealstage come from the portal's pipelines (filled in by the registry).
  prop('pipeline', 'Pipeline', 'enumeration', 'select', D, { options: [] }),
  prop('dealstage', 'Deal Stage', 'enumeration', 'radio', D, { options: [] }),
  prop('closedate', 'Close Date', 'datetime', 'date', D),
  prop('dealtype', 'Deal Type', 'enumeration', 'radio', D, {
    options: options([['newbusiness', 'New Business'], ['existingbusiness', 'Existing Business']]),
  }),
  ownerProperty(D, 'Deal owner'),
  prop('closed_lost_reason', 'Closed Lost Reason', 'string', 'textarea', D),
  prop('closed_won_reason', 'Closed Won Reason', 'string', 'textarea', D),
  prop('description', 'Deal Description', 'string', 'textarea', D),
  computed('hs_is_closed_won', 'Is Closed Won', 'bool', 'booleancheckbox', D),
  computed('hs_is_closed', 'Is Deal Closed?', 'bool', 'booleancheckbox', D),
  computed('hs_arr', 'Annual recurring revenue', 'number', 'number', D, { showCurrencySymbol: true }),
  computed('createdate', 'Create Date', 'datetime', 'date', D),
  computed('hs_lastmodifieddate', 'Last Modified Date', 'datetime', 'date', D),
  recordIdProperty(D),
];

const T = 'ticketinformation';
export const TICKET_PROPERTIES: PropertyDefinition[] = [
  prop('subject', 'Ticket name', 'string', 'text', T),
  prop('content', 'Ticket description', 'string', 'textarea', T),
  prop('hs_pipeline', 'Pipeline', 'enumeration', 'select', T, { options: [] }),
  prop('hs_pipeline_stage', 'Ticket status', 'enumeration', 'select', T, { options: [] }),
  prop('hs_ticket_priority', 'Priority', 'enumeration', 'select', T, {
    options: valueOptions(['LOW', 'MEDIUM', 'HIGH', 'URGENT']),
  }),
  prop('hs_ticket_category', 'Category', 'enumeration', 'checkbox', T, {
    options: valueOptions(['PRODUCT_ISSUE', 'BILLING_ISSUE', 'FEATURE_REQUEST', 'GENERAL_INQUIRY']),
  }),
  prop('source_type', 'Source', 'enumeration', 'select', T, {
    options: valueOptions(['CHAT', 'EMAIL', 'FORM', 'PHONE']),
  }),
  ownerProperty(T, 'Ticket owner'),
  prop('closed_date', 'Close date', 'datetime', 'date', T),
  computed('time_to_close', 'Time to close', 'number', 'number', T),
  computed('createdate', 'Create date', 'datetime', 'date', T),
  computed('hs_lastmodifieddate', 'Last modified date', 'datetime', 'date', T),
  recordIdProperty(T),
];
