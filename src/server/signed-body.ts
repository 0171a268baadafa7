/**
 * Express plumbing shared by the signed endpoints: the raw body (limited in
 * size) is read first, the signature is checked over it, and only then is it
 * parsed as JSON. A refusal names what was wrong, never a secret.
 */
import express, { type Request, type RequestHandler, type Response } from 'express';
import type { ZodType } from 'zod';
import type { SignatureResult, SignedRequest } from './signature';

export type Verify = (req: SignedRequest) => SignatureResult;

/** The full URL HubSpot called: the configured public URL (behind a proxy) or what the request says. */
export function requestUri(req: Request, publicUrl: string | undefined): string {
  return `${publicUrl ?? `${req.protocol}://${req.get('host') ?? ''}`}${req.originalUrl}`;
}

/** Raw body as a Buffer, whatever the content type, up to `limit` bytes (larger: 413). */
export function rawBody(limit: number): RequestHandler {
  return express.raw({ type: () => true, limit });
}

/**
 * Checks the signature over the raw body and parses it with `schema`; answers
 * 401 or 400 itself and returns undefined then.
 */
export function verifiedJson<T>(req: Request, res: Response, opts: { verify: Verify; publicUrl?: string; schema: ZodType<T>; log: (line: string) => void }): T | undefined {
  const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
  const check = opts.verify({ method: req.method, uri: requestUri(req, opts.publicUrl), rawBody: body, header: (name) => req.get(name) });
  if (!check.ok) {
    opts.log(`${req.method} ${req.path}: refused: ${check.reason}`);
    res.status(401).json({ status: 'error', message: `Unauthorized: ${check.reason}` });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    res.status(400).json({ status: 'error', message: 'The body is not valid JSON' });
    return undefined;
  }
  const parsed = opts.schema.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.slice(0, 20).map((i) => ({ field: i.path.join('.') || 'body', message: i.message }));
    res.status(400).json({ status: 'error', message: `Invalid body: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields });
    return undefined;
  }
  return parsed.data;
}
