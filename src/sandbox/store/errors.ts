/** Failures the store reports; the HTTP layer turns them into HubSpot's error bodies. */
import type { PropertyError } from './validate';

export type StoreErrorKind = 'NOT_FOUND' | 'CONFLICT' | 'VALIDATION';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    readonly context?: Record<string, string[]>,
    readonly subCategory?: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** One or more property values HubSpot would reject (400 VALIDATION_ERROR). */
export class PropertyValidationError extends Error {
  constructor(readonly errors: PropertyError[]) {
    super(`Property values were not valid: ${errors.map((e) => `${e.name}: ${e.message}`).join('; ')}`);
    this.name = 'PropertyValidationError';
  }
}

export function notFound(type: string, id: string): StoreError {
  return new StoreError('NOT_FOUND', `No ${type} record with id ${id}`, { id: [id] });
}
