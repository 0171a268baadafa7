/**
 * HubSpot request signatures, checked over the RAW body before anything parses it.
 *
 * | version | header(s)                                              | signed value                                          | used by                          |
 * |---------|--------------------------------------------------------|-------------------------------------------------------|----------------------------------|
 * | v3      | X-HubSpot-Signature-v3 + X-HubSpot-Request-Timestamp   | base64 HMAC-SHA256(secret, method+uri+body+timestamp) | webhooks, hubspot.fetch (card)   |
 * | v2      | X-HubSpot-Signature + X-HubSpot-Signature-Version: v2  | hex SHA-256(secret+method+uri+body)                   | custom workflow action requests  |
 *
 * v3 requests older than 5 minutes are refused (replays); every comparison is
 * constant-time. `uri` is the full URL HubSpot called, protocol and query included.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const MAX_SIGNATURE_AGE_MS = 5 * 60_000;

export type SignatureResult = { ok: true } | { ok: false; reason: string };

export interface SignedRequest {
  method: string;
  uri: string;
  rawBody: string;
  header(name: string): string | undefined;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  // timingSafeEqual needs equal lengths; compare against itself to spend the same time either way.
  if (x.length !== y.length) {
    timingSafeEqual(y, y);
    return false;
  }
  return timingSafeEqual(x, y);
}

export function signV3(secret: string, method: string, uri: string, body: string, timestamp: number | string): string {
  return createHmac('sha256', secret).update(`${method}${uri}${body}${timestamp}`).digest('base64');
}

export function signV2(secret: string, method: string, uri: string, body: string): string {
  return createHash('sha256').update(`${secret}${method}${uri}${body}`).digest('hex');
}

export function verifyV3(secret: string, req: SignedRequest, nowMs: number): SignatureResult {
  const signature = req.header('x-hubspot-signature-v3');
  const stamp = req.header('x-hubspot-request-timestamp');
  if (!signature || !stamp) return { ok: false, reason: 'missing X-HubSpot-Signature-v3 or X-HubSpot-Request-Timestamp' };
  if (!/^\d{1,16}$/.test(stamp)) return { ok: false, reason: 'X-HubSpot-Request-Timestamp is not a time in milliseconds' };
  const age = nowMs - Number(stamp);
  if (age > MAX_SIGNATURE_AGE_MS) return { ok: false, reason: 'request timestamp is older than 5 minutes' };
  if (age < -MAX_SIGNATURE_AGE_MS) return { ok: false, reason: 'request timestamp is in the future' };
  // HubSpot signs the URI with a few percent-encoded characters decoded; the URI as received is tried too.
  const uris = [...new Set([req.uri, decodeSignedUri(req.uri)])];
  const ok = uris.map((uri) => sameText(signV3(secret, req.method.toUpperCase(), uri, req.rawBody, stamp), signature)).some(Boolean);
  return ok ? { ok: true } : { ok: false, reason: 'signature does not match' };
}

/** The characters HubSpot's v3 scheme decodes in the request URI before signing (its validation guide's table). */
const V3_DECODED: Record<string, string> = {
  '%3A': ':', '%2F': '/', '%3F': '?', '%40': '@', '%21': '!', '%24': '$', '%27': "'", '%28': '(', '%29': ')', '%2A': '*', '%2C': ',', '%3B': ';',
};

export function decodeSignedUri(uri: string): string {
  return uri.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (m) => V3_DECODED[m.toUpperCase()] ?? m);
}

export function verifyV2(secret: string, req: SignedRequest): SignatureResult {
  const signature = req.header('x-hubspot-signature');
  const version = req.header('x-hubspot-signature-version');
  if (!signature) return { ok: false, reason: 'missing X-HubSpot-Signature' };
  if (version !== undefined && version.toLowerCase() !== 'v2') return { ok: false, reason: `signature version ${version} is not accepted here` };
  const expected = signV2(secret, req.method.toUpperCase(), req.uri, req.rawBody);
  return sameText(expected, signature.toLowerCase()) ? { ok: true } : { ok: false, reason: 'signature does not match' };
}

/** Workflow action requests carry v2; a v3 signature, when present, is checked instead (stricter: it has a timestamp). */
export function verifyActionRequest(secret: string, req: SignedRequest, nowMs: number): SignatureResult {
  return req.header('x-hubspot-signature-v3') ? verifyV3(secret, req, nowMs) : verifyV2(secret, req);
}
