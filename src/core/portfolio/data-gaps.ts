/**
 * Data gaps (seed 002 "Data Gaps"): per account, each dimension scored without
 * data (held at the neutral 50, seed 002 missing-data rule) plus the ARR and
 * renewal date the forecast needs, with how to collect each in a HubSpot portal.
 */
import type { HealthAssessment } from '../contract';
import { CONFIDENCE_LABEL } from '../report/labels';

/** How to collect each dimension's data, by dimension key (both built-in models). */
export const COLLECTION_METHOD: Readonly<Record<string, string>> = {
  engagement: 'Connect product analytics (DAU/MAU, logins) to the company record and log meetings and emails in HubSpot (inbox and calendar connection).',
  support: 'Associate support tickets with the company in HubSpot (help desk or ticket sync) with priority, CSAT and sentiment.',
  adoption: 'Send feature usage (features used / available, features adopted in 180 days), integrations and seats from product analytics to the app\'s input properties.',
  sentiment: 'Run a relationship NPS survey and post-ticket CSAT with HubSpot feedback surveys.',
  billing: 'Sync invoices, payment status and contract changes (upsell, downgrade, renewal, discount) from the billing system.',
  stakeholders: 'Label contacts Champion / Executive Sponsor / Decision Maker on the company association and keep their status current.',
  usage_trend: 'Record active users monthly (now, 30, 60, 90 days ago) and 30-day logins, core actions and API calls from product analytics.',
  product_usage: 'Send DAU/MAU, feature coverage and core-action counts from product analytics to the app\'s input properties.',
  relationship: 'Label the champion and executive sponsor on the company and log multi-threaded contact (meetings, emails).',
  outcomes: 'Record success-plan goals defined and achieved and whether ROI is documented, at every QBR.',
  financial: 'Sync payment status, invoices and contract-value changes from the billing system.',
};

export interface DataGapRow {
  accountId: string;
  account: string;
  missing: string;
  impact: string;
  collection: string;
}

export function dataGapRows(a: HealthAssessment): DataGapRow[] {
  const rows: DataGapRow[] = [];
  const gaps = a.dimensions.filter((d) => d.dataGap);
  const confidence = `confidence ${CONFIDENCE_LABEL[a.confidence]}`;
  for (const d of gaps) {
    rows.push({
      accountId: a.accountId,
      account: a.name,
      missing: `${d.label}${d.missing ? `: ${d.missing}` : ''}`,
      impact: `scored neutral 50 at ${d.weight}% weight; ${gaps.length} dimension gap${gaps.length === 1 ? '' : 's'} → ${confidence}`,
      collection: COLLECTION_METHOD[d.key] ?? `Connect ${d.missing ?? 'the source of this dimension'}.`,
    });
  }
  if (a.renewal.arr === undefined) {
    rows.push({ accountId: a.accountId, account: a.name, missing: 'ARR', impact: 'no ARR at risk computed; ranked as $0 at stake', collection: 'Map the annual contract value property (or the open renewal deal\'s amount).' });
  }
  if (a.renewal.date === undefined) {
    rows.push({ accountId: a.accountId, account: a.name, missing: 'Renewal date', impact: 'renewal proximity cannot raise priority; not counted in 30/60/90-day renewals', collection: 'Map the renewal date property (or the renewal deal\'s close date).' });
  }
  return rows;
}
