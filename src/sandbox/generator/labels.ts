/**
 * USER_DEFINED contact → company association labels, as a portal that ran
 * `che provision` has them. The store adds HubSpot's unlabeled default type
 * and the reverse (company → contact) direction itself.
 */
import type { AssociationLabel, AssociationType } from '../types';

export type LabelName = 'champion' | 'executive_sponsor' | 'decision_maker';

export const STAKEHOLDER_LABELS: AssociationLabel[] = [
  { fromObjectType: 'contacts', toObjectType: 'companies', category: 'USER_DEFINED', typeId: 1001, label: 'Champion', name: 'champion' },
  { fromObjectType: 'contacts', toObjectType: 'companies', category: 'USER_DEFINED', typeId: 1002, label: 'Executive Sponsor', name: 'executive_sponsor' },
  { fromObjectType: 'contacts', toObjectType: 'companies', category: 'USER_DEFINED', typeId: 1003, label: 'Decision Maker', name: 'decision_maker' },
];

export function labelType(name: LabelName): AssociationType {
  const l = STAKEHOLDER_LABELS.find((x) => x.name === name)!;
  return { category: l.category, typeId: l.typeId };
}
