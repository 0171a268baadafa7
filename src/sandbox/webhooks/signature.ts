/**
 * HubSpot's request signatures, as its docs and @hubspot/api-client's Signature
 * helper define them:
 * - v3: base64(HMAC-SHA256(clientSecret, method + uri + body + timestamp)), header
 *   X-HubSpot-Signature-v3 with X-HubSpot-Request-Timestamp (epoch ms);
 * - v1: hex(SHA-256(clientSecret + body)), header X-HubSpot-Signature with
 *   X-HubSpot-Signature-Version "v1" (webhook deliveries carry it too).
 */
import { createHash, createHmac } from 'node:crypto';

export function signatureV3(clientSecret: string, method: string, uri: string, body: string, timestamp: number): string {
  return createHmac('sha256', clientSecret).update(`${method}${uri}${body}${timestamp}`).digest('base64');
}

export function signatureV1(clientSecret: string, body: string): string {
  return createHash('sha256').update(clientSecret + body).digest('hex');
}

export function signedHeaders(clientSecret: string, uri: string, body: string, timestamp: number): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-hubspot-signature-v3': signatureV3(clientSecret, 'POST', uri, body, timestamp),
    'x-hubspot-request-timestamp': String(timestamp),
    'x-hubspot-signature': signatureV1(clientSecret, body),
    'x-hubspot-signature-version': 'v1',
  };
}
