/**
 * Card operations fail with a CardFailure (a code the card can act on and a
 * message it can show); anything else thrown is classified here, so
 * handleCardOperation never throws and never leaks a stack or a token.
 */
import type { z } from 'zod';
import { HubSpotApiError } from '../../hubspot/connection';
import { HubSpotEnvError } from '../../hubspot/env';
import { hubspotMessage } from '../../hubspot/write';
import type { CardError } from './contract';

export class CardFailure extends Error {
  constructor(readonly code: CardError['code'], message: string, readonly fields?: CardError['fields']) {
    super(message);
    this.name = 'CardFailure';
  }
}

export const badRequest = (field: string, message: string) => new CardFailure('bad_request', `${field}: ${message}`, [{ field, message }]);

export const notFound = (companyId: string) => new CardFailure('not_found', `No company with id ${companyId} in this HubSpot account.`);

/** zod issues → one bad_request naming every bad field. */
export function fromZod(error: z.ZodError): CardFailure {
  const fields = error.issues.map((i) => ({ field: i.path.length > 0 ? i.path.map(String).join('.') : '(parameters)', message: i.message }));
  return new CardFailure('bad_request', `Bad parameters: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
}

const status = (err: unknown): number | undefined => {
  if (err instanceof HubSpotApiError) return err.status;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
};

/** Anything an operation threw → the CardError the card shows. */
export function toCardError(err: unknown, companyId?: string): CardError {
  if (err instanceof CardFailure) return { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) };
  if (err instanceof HubSpotEnvError) return { code: 'internal', message: `The app is not configured: ${err.message}` };
  const s = status(err);
  if (s === 404 && companyId) return { code: 'not_found', message: notFound(companyId).message };
  if (s === 401 || s === 403) {
    return { code: 'forbidden', message: `HubSpot refused the app's access token (HTTP ${s}): check the app is installed with its scopes. ${brief(err)}` };
  }
  if (err instanceof HubSpotApiError || s !== undefined) return { code: 'hubspot', message: brief(err) };
  return { code: 'internal', message: `Unexpected error: ${brief(err)}` };
}

function brief(err: unknown): string {
  // HubSpotApiError messages already name endpoint, status and HubSpot's message (token redacted).
  if (err instanceof HubSpotApiError) return err.message;
  return hubspotMessage(err);
}
