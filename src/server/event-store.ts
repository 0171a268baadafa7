/**
 * The server's durable state in one SQLite file (better-sqlite3, synchronous,
 * so a write is on disk before the webhook's 2xx goes out):
 *
 * | table    | holds                                                              | kept                  |
 * |----------|--------------------------------------------------------------------|-----------------------|
 * | events   | every accepted webhook event by eventId (dedupe), resolved or not  | 7 days after receipt  |
 * | pending  | company ids waiting for the debounced run, with failed attempts    | until a run scored them (or MAX_RUN_ATTEMPTS failed) |
 * | runs     | run summaries (or the error) with what triggered them              | the last 100          |
 * | state    | small named values (the last scheduled run's start)                | always                |
 *
 * A restart between receipt and run loses nothing: unresolved events and
 * pending companies are still here, and the queue picks them up at start.
 */
import Database from 'better-sqlite3';
import type { RunSummary } from '../jobs/summary';

export const RUN_HISTORY_SIZE = 100;
export const EVENT_RETENTION_MS = 7 * 86_400_000;

export interface StoredEvent {
  eventId: string;
  body: string;
  /** Stored already resolved: an event known at receipt to name nothing to score (kept for dedupe only). */
  ignored?: boolean;
}

export interface RunRecord {
  id: number;
  trigger: string;
  startedAt: string;
  finishedAt: string;
  companies?: number;
  summary?: RunSummary;
  error?: string;
}

export class EventStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS events (event_id TEXT PRIMARY KEY, received_at INTEGER NOT NULL, body TEXT NOT NULL, resolved INTEGER NOT NULL DEFAULT 0);
      CREATE INDEX IF NOT EXISTS events_unresolved ON events (resolved, received_at);
      CREATE TABLE IF NOT EXISTS pending (company_id TEXT PRIMARY KEY, queued_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0);
      CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, record TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
    // A file written before failed attempts were counted: add the column, keep its companies.
    const columns = this.db.prepare('PRAGMA table_info(pending)').all() as { name: string }[];
    if (!columns.some((c) => c.name === 'attempts')) this.db.exec('ALTER TABLE pending ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0');
  }

  /** Stores new events in one transaction: how many were new (the rest replayed a known eventId) and how many of those need resolving. */
  accept(events: readonly StoredEvent[], receivedAt: number): { accepted: number; duplicates: number; toResolve: number } {
    const insert = this.db.prepare('INSERT OR IGNORE INTO events (event_id, received_at, body, resolved) VALUES (?, ?, ?, ?)');
    let toResolve = 0;
    const accepted = this.db.transaction(() => events.reduce((n, e) => {
      const added = insert.run(e.eventId, receivedAt, e.body, e.ignored ? 1 : 0).changes;
      if (added && !e.ignored) toResolve += 1;
      return n + added;
    }, 0))();
    return { accepted, duplicates: events.length - accepted, toResolve };
  }

  unresolved(limit = 1000): StoredEvent[] {
    return this.db.prepare('SELECT event_id AS eventId, body FROM events WHERE resolved = 0 ORDER BY received_at, rowid LIMIT ?').all(limit) as StoredEvent[];
  }

  /** Marks events resolved and queues their companies, atomically: a crash leaves either both or neither. */
  resolve(eventIds: readonly string[], companyIds: readonly string[], at: number): void {
    const mark = this.db.prepare('UPDATE events SET resolved = 1 WHERE event_id = ?');
    const queue = this.db.prepare('INSERT OR IGNORE INTO pending (company_id, queued_at) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const id of eventIds) mark.run(id);
      for (const id of companyIds) queue.run(id, at);
    })();
  }

  pending(): string[] {
    return (this.db.prepare('SELECT company_id AS id FROM pending ORDER BY queued_at, length(company_id), company_id').all() as { id: string }[]).map((r) => r.id);
  }

  /** Takes companies off the queue once a run has scored them. */
  done(companyIds: readonly string[]): void {
    const del = this.db.prepare('DELETE FROM pending WHERE company_id = ?');
    this.db.transaction(() => companyIds.forEach((id) => del.run(id)))();
  }

  /**
   * Counts a failed attempt for companies a run could not score: they stay
   * queued for the next window, except those that have now failed
   * `maxAttempts` times, which are taken off and returned.
   */
  failed(companyIds: readonly string[], maxAttempts: number): string[] {
    const bump = this.db.prepare('UPDATE pending SET attempts = attempts + 1 WHERE company_id = ? RETURNING attempts');
    const del = this.db.prepare('DELETE FROM pending WHERE company_id = ?');
    return this.db.transaction(() => companyIds.filter((id) => {
      const row = bump.get(id) as { attempts: number } | undefined;
      if (!row || row.attempts < maxAttempts) return false;
      del.run(id);
      return true;
    }))();
  }

  /** The most failed attempts of any queued company (0 when none failed): the retry backoff's step. */
  maxAttempts(): number {
    return (this.db.prepare('SELECT COALESCE(MAX(attempts), 0) AS n FROM pending').get() as { n: number }).n;
  }

  /** Is there anything a restart must pick up? */
  hasBacklog(): boolean {
    return this.db.prepare('SELECT 1 FROM events WHERE resolved = 0 UNION ALL SELECT 1 FROM pending LIMIT 1').get() !== undefined;
  }

  /** Forgets resolved events older than the retention (HubSpot stops retrying long before). */
  prune(now: number): void {
    this.db.prepare('DELETE FROM events WHERE resolved = 1 AND received_at < ?').run(now - EVENT_RETENTION_MS);
  }

  recordRun(record: Omit<RunRecord, 'id'>): RunRecord {
    const info = this.db.prepare('INSERT INTO runs (record) VALUES (?)').run(JSON.stringify(record));
    this.db.prepare('DELETE FROM runs WHERE id <= ?').run(Number(info.lastInsertRowid) - RUN_HISTORY_SIZE);
    return { id: Number(info.lastInsertRowid), ...record };
  }

  /** Newest first. */
  runs(limit = RUN_HISTORY_SIZE): RunRecord[] {
    const rows = this.db.prepare('SELECT id, record FROM runs ORDER BY id DESC LIMIT ?').all(limit) as { id: number; record: string }[];
    return rows.map((r) => ({ id: r.id, ...(JSON.parse(r.record) as Omit<RunRecord, 'id'>) }));
  }

  getState(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM state WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  setState(key: string, value: string): void {
    this.db.prepare('INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
