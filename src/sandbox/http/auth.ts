/** Bearer-token auth as HubSpot answers it: anything but `Authorization: Bearer <token>` gets 401. */
import type { RequestHandler } from 'express';
import { sendError } from './errors';

const MESSAGE =
  'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview';

export function bearerAuth(token: string): RequestHandler {
  const expected = `Bearer ${token}`;
  return (req, res, next) => {
    if (req.headers.authorization === expected) return next();
    sendError(res, 401, MESSAGE, 'INVALID_AUTHENTICATION');
  };
}
