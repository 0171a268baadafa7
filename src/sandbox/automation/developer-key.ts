/**
 * HubSpot authenticates the custom workflow action definition endpoints with
 * the developer account's API key as `?hapikey=`, which is what
 * `@hubspot/api-client` sends for them (its `developerApiKey`; an `accessToken`
 * alone sends no credentials there). The sandbox has one secret, its token:
 * `hapikey=<token>` on /automation/v4/actions/{appId}/… is accepted in place of
 * `Authorization: Bearer <token>`, and a wrong key gets HubSpot's invalid-key 401.
 * Mounted before the Bearer check, which then sees the token as a header.
 */
import type { RequestHandler } from 'express';
import { sendError } from '../http/errors';
import { stringParam } from '../http/params';

const INVALID_KEY = 'The API key provided is invalid. View or manage your API key here: https://app.hubspot.com/l/api-key/';

/** Definition, function and revision paths; not callbacks, which HubSpot authenticates with OAuth only. */
const DEVELOPER_PATH = /^\/automation\/v4\/actions\/(?!callbacks(\/|$))[^/]+/;

export function developerKeyAuth(token: string): RequestHandler {
  return (req, res, next) => {
    const key = stringParam(req.query.hapikey);
    if (key === undefined || !DEVELOPER_PATH.test(req.path)) return next();
    if (key !== token) return sendError(res, 401, INVALID_KEY, 'INVALID_AUTHENTICATION');
    req.headers.authorization = `Bearer ${token}`;
    next();
  };
}
