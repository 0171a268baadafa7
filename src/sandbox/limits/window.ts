/** Instants of admitted requests inside a rolling span, oldest first; O(1) amortised per request. */
export class RollingWindow {
  private times: number[] = [];
  private head = 0;

  constructor(readonly spanMs: number) {}

  /** Requests inside (now - spanMs, now]. */
  count(now: number): number {
    this.prune(now - this.spanMs);
    return this.times.length - this.head;
  }

  /** Requests inside (now - ms, now], for ms ≤ spanMs; does not forget older ones. */
  countWithin(now: number, ms: number): number {
    this.prune(now - this.spanMs);
    const cutoff = now - ms;
    let lo = this.head;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.times[mid] as number) <= cutoff) lo = mid + 1;
      else hi = mid;
    }
    return this.times.length - lo;
  }

  add(now: number): void {
    this.times.push(now);
  }

  private prune(cutoff: number): void {
    while (this.head < this.times.length && (this.times[this.head] as number) <= cutoff) this.head++;
    // Compact once the dead prefix dominates, so memory stays bounded by the window.
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
  }
}
