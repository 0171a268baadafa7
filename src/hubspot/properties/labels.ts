/**
 * USER_DEFINED contact → company association labels that say who a contact is
 * to the customer. The loader maps them to stakeholder roles; HubSpot creates
 * the company → contact direction itself.
 */
import type { AssociationLabelSpec } from './types';

export const STAKEHOLDER_LABELS: AssociationLabelSpec[] = [
  { fromObjectType: 'contacts', toObjectType: 'companies', name: 'champion', label: 'Champion' },
  { fromObjectType: 'contacts', toObjectType: 'companies', name: 'executive_sponsor', label: 'Executive Sponsor' },
  { fromObjectType: 'contacts', toObjectType: 'companies', name: 'decision_maker', label: 'Decision Maker' },
];
