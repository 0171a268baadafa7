/** The provisioning report for people: what was (or would be) created, updated, and what conflicts. */
import type { ProvisionAction, ProvisionReport } from './index';

const item = (a: ProvisionAction) =>
  `  ${a.kind} ${a.objectType}/${a.name}${a.fields ? ` (${a.fields.join(', ')})` : ''}`;

export function formatReport(r: ProvisionReport): string {
  const verb = r.dryRun ? 'would ' : '';
  const lines = [`HubSpot: ${r.baseUrl}${r.dryRun ? ' (dry run: nothing written)' : ''}`];
  if (r.created.length) lines.push(`${r.dryRun ? 'Would create' : 'Created'} ${r.created.length}:`, ...r.created.map(item));
  if (r.updated.length) lines.push(`${r.dryRun ? 'Would update' : 'Updated'} ${r.updated.length}:`, ...r.updated.map(item));
  if (r.conflicts.length) {
    lines.push(`Conflicts ${r.conflicts.length} (left unchanged):`, ...r.conflicts.map((c) => `  ${c.objectType}/${c.name}: ${c.reason}`));
  }
  lines.push(r.changed
    ? `${r.unchanged} already up to date; ${verb}changed ${r.created.length + r.updated.length}.`
    : `Nothing to change: all ${r.unchanged} items are up to date.`);
  return `${lines.join('\n')}\n`;
}
