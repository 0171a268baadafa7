/**
 * The preview's card transport: each operation runs in this process through
 * handleCardOperation (the same entry point the app functions and the card
 * API use) against the preview's HubSpot connection. The answer takes a JSON
 * round trip and the card's own answer check (readAnswer), as it would
 * arriving over the wire, so the preview shows what HubSpot would.
 */
import { readAnswer, type CardTransport } from '../extensions/health-card/transport';
import { handleCardOperation } from '../src/jobs/card';
import type { JobDeps } from '../src/jobs';

export function inProcessTransport(deps: JobDeps): CardTransport {
  return async (op, params) => {
    const answer = await handleCardOperation(deps, op, params);
    return readAnswer(op, JSON.parse(JSON.stringify(answer)));
  };
}
