/** CSMs who own the accounts: about one per 40 companies, at least three. */
import type { Owner } from '../types';
import { personName } from './names';
import type { Rng } from './prng';
import { DAY, isoInstant } from './time';

export function buildOwners(rng: Rng, companies: number, asOf: number): Owner[] {
  const count = Math.max(3, Math.ceil(companies / 40));
  const owners: Owner[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    let name = personName(rng);
    while (used.has(`${name.first} ${name.last}`)) name = personName(rng);
    used.add(`${name.first} ${name.last}`);
    const created = isoInstant(asOf - rng.int(400, 2000) * DAY);
    const team = i % 2 === 0 ? { id: '4100001', name: 'Customer Success — Enterprise', primary: true } : { id: '4100002', name: 'Customer Success — Growth', primary: true };
    owners.push({
      id: String(61_000_000 + i + 1),
      email: `${name.first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${name.last.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}@sandbox-vendor.example`,
      firstName: name.first,
      lastName: name.last,
      userId: 9_100_000 + i + 1,
      teams: [team],
      createdAt: created,
      updatedAt: created,
      archived: false,
    });
  }
  return owners;
}
