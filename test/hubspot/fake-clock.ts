/**
 * A fake clock for rate-limiter tests: `sleep` registers a timer and time jumps to
 * the earliest timer only once everything runnable has run (setImmediate comes after
 * pending promise callbacks), so code sees time stand still between its awaits.
 */
export interface FakeClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Every sleep asked for, in order. */
  slept: number[];
}

export function fakeClock(start = 0): FakeClock {
  let t = start;
  const timers: { due: number; seq: number; resolve: () => void }[] = [];
  const slept: number[] = [];
  let seq = 0;
  let scheduled = false;
  const schedule = () => {
    if (scheduled || timers.length === 0) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      timers.sort((a, b) => a.due - b.due || a.seq - b.seq);
      const next = timers.shift();
      if (!next) return;
      t = Math.max(t, next.due);
      next.resolve();
      schedule();
    });
  };
  return {
    now: () => t,
    sleep: (ms) => new Promise<void>((resolve) => {
      slept.push(ms);
      timers.push({ due: t + ms, seq: seq++, resolve });
      schedule();
    }),
    slept,
  };
}
