/** What every route module gets: the store and who API writes are attributed to. */
import type { Store, Writer } from '../store';

export interface RouteContext {
  store: Store;
  /** The writer of requests made with the token: the sandbox app (INTEGRATION). */
  apiWriter: Writer;
}
