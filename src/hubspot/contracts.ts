/**
 * The seams between the HubSpot adapter's parts (connection, provisioning,
 * loader, writer) and the jobs that drive them. Each part is built by a
 * factory and injected, so jobs run unchanged against HubSpot, the sandbox,
 * or a test double.
 */
import type { Client } from '@hubspot/api-client';
import type { AccountSnapshot, HealthAssessment } from '../core/contract';

/** Per-run API accounting, printed in the run summary and the bench. */
export interface CallStats {
  /** Calls made, by endpoint name ("POST /crm/v3/objects/companies/batch/read"). */
  byEndpoint: Record<string, number>;
  total: number;
  /** Attempts repeated after a 429, a 5xx or a network error. */
  retries: number;
  /** 429 answers received. */
  throttled: number;
  /** Time spent waiting for the rate limiter or a Retry-After/backoff, ms. */
  waitedMs: number;
}

export interface CallOptions {
  /** Search endpoints have their own per-second limit. */
  search?: boolean;
}

/**
 * Every HubSpot call goes through `call`: it waits for the rate limiter,
 * retries 429/5xx/network failures with bounded jittered backoff, and counts
 * the call under `endpoint`.
 */
export interface HubSpotCalls {
  call<T>(endpoint: string, fn: () => Promise<T>, options?: CallOptions): Promise<T>;
  stats(): CallStats;
  /** Starts a fresh count (one per run). */
  reset(): void;
}

export interface HubSpotConnection {
  client: Client;
  calls: HubSpotCalls;
  /** e.g. "https://api.hubapi.com" or the sandbox URL; never the token. */
  baseUrl: string;
}

/** A company as loaded: its snapshot (or why there is none) and our current values on it. */
export interface LoadedCompany {
  companyId: string;
  name: string;
  /** undefined when the company could not be turned into a snapshot (see `error`). */
  snapshot?: AccountSnapshot;
  /** Why no snapshot could be built, naming the company and property. */
  error?: string;
  /** Data problems that became gaps ("company 123: che_active_users: 'N/A' is not a number"). */
  warnings: string[];
  /** The current values of the app's own properties (che_*), as HubSpot returned them. */
  current: Record<string, string | null>;
  /** hs_object_id owner for tasks (hubspot_owner_id), when set. */
  ownerId?: string;
}

/** One company's update: only properties whose value changes. */
export interface CompanyUpdate {
  companyId: string;
  properties: Record<string, string>;
}

export interface WriteResult {
  written: number;
  failed: { companyId: string; reason: string }[];
}

export type { AccountSnapshot, HealthAssessment };
