/** Starts a sandbox for one test file and gives the real HubSpot client pointed at it. */
import { Client } from '@hubspot/api-client';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../src/sandbox/server';
import type { SandboxSeed } from '../../../src/sandbox/types';

/** Limits high enough that only the limit tests (elsewhere) ever see a 429. */
const RELAXED = { perTenSeconds: 1_000_000, searchPerSecond: 1_000_000 };

export async function startTestSandbox(seed: SandboxSeed, options: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({ seed, rateLimit: RELAXED, ...options });
}

export function clientFor(sandbox: RunningSandbox): Client {
  return new Client({ accessToken: sandbox.token, basePath: sandbox.url });
}

/** Plain HTTP against the sandbox, for status codes and raw bodies. */
export async function call(
  sandbox: RunningSandbox,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { authorization: `Bearer ${sandbox.token}` },
  // Raw JSON as HubSpot sends it: tests read fields by name.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  // Gateway errors (5xx) come as HTML, like HubSpot's edge answers them.
  const json = (res.headers.get('content-type') ?? '').includes('json');
  return { status: res.status, body: json && text ? JSON.parse(text) : text || undefined, headers: res.headers };
}
