/** The sandbox store: create one, load a seed, write, listen. */
import { Store, type StoreOptions } from './store';
import type { SandboxSeed } from '../types';

/** A store (HubSpot's calculated properties kept current), optionally filled from a seed. */
export function createStore(options: StoreOptions & { seed?: SandboxSeed } = {}): Store {
  const store = new Store(options);
  if (options.seed) store.loadSeed(options.seed);
  return store;
}

export { Store, type ChangeListener, type StoreOptions } from './store';
export { loadSeed, SeedError } from './load-seed';
export { associate, dissociate } from './associate';
export { StoreError, PropertyValidationError } from './errors';
export { integrationWriter, crmUiWriter, type Writer, type StoredRecord } from './records';
export { compareIds } from './associations';
export { formatInstant, parseInstant } from './time';
export type { PropertyError } from './validate';
