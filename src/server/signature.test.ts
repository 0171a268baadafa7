import { decodeSignedUri, signV2, signV3, verifyV2, verifyV3, MAX_SIGNATURE_AGE_MS } from './signature';

const SECRET = 'client-secret';
const NOW = 1_800_000_000_000;
const request = (uri: string, headers: Record<string, string>, rawBody = '{"a":1}') => ({
  method: 'POST', uri, rawBody, header: (name: string) => headers[name.toLowerCase()],
});

describe('v3 signatures', () => {
  const uri = 'https://che.example.com/api/card/get-health?portalId=1';
  const signed = (u: string, at = NOW) => ({ 'x-hubspot-signature-v3': signV3(SECRET, 'POST', u, '{"a":1}', at), 'x-hubspot-request-timestamp': String(at) });

  it('accepts a request signed over its URI, and refuses another secret, body or a stale timestamp', () => {
    expect(verifyV3(SECRET, request(uri, signed(uri)), NOW)).toEqual({ ok: true });
    expect(verifyV3('other', request(uri, signed(uri)), NOW).ok).toBe(false);
    expect(verifyV3(SECRET, request(uri, signed(uri), '{"a":2}'), NOW).ok).toBe(false);
    expect(verifyV3(SECRET, request(uri, signed(uri, NOW - MAX_SIGNATURE_AGE_MS - 1)), NOW)).toEqual({ ok: false, reason: 'request timestamp is older than 5 minutes' });
  });

  it('accepts a signature HubSpot made over the URI with its listed characters decoded', () => {
    const received = 'https://che.example.com/hook?email=a%40b.com&path=%2Fx%3Ay&space=%20';
    expect(decodeSignedUri(received)).toBe('https://che.example.com/hook?email=a@b.com&path=/x:y&space=%20');
    expect(verifyV3(SECRET, request(received, signed(decodeSignedUri(received))), NOW)).toEqual({ ok: true });
    // %20 is not in the table: a signature over a fully decoded URI does not match.
    expect(verifyV3(SECRET, request(received, signed(decodeURIComponent(received))), NOW).ok).toBe(false);
  });
});

describe('v2 signatures', () => {
  it('checks hex SHA-256 of secret + method + URI + body', () => {
    const uri = 'https://che.example.com/hubspot/workflow-action';
    const ok = request(uri, { 'x-hubspot-signature': signV2(SECRET, 'POST', uri, '{"a":1}'), 'x-hubspot-signature-version': 'v2' });
    expect(verifyV2(SECRET, ok)).toEqual({ ok: true });
    expect(verifyV2(SECRET, { ...ok, rawBody: '{}' }).ok).toBe(false);
  });
});
