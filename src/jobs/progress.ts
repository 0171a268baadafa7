/**
 * A one-line progress bar for a person watching a run. Only on an interactive
 * terminal: piped output, CI logs and `--json` consumers never see control
 * characters.
 */
export interface Progress {
  start(total: number): void;
  advance(count: number): void;
  done(): void;
}

export const silentProgress: Progress = { start: () => {}, advance: () => {}, done: () => {} };

export interface TerminalLike {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export function renderBar(done: number, total: number, width: number): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} companies`;
}

/** A bar on `stream` when it is a terminal; the silent progress otherwise. */
export function terminalProgress(stream: TerminalLike): Progress {
  if (!stream.isTTY) return silentProgress;
  let total = 0;
  let done = 0;
  const width = () => Math.max(10, Math.min(40, (stream.columns ?? 80) - 30));
  const draw = () => stream.write(`\r${renderBar(done, total, width())}`);
  return {
    start: (n) => { total = n; done = 0; draw(); },
    advance: (n) => { done += n; draw(); },
    // Clear the line so the summary starts on a clean one.
    done: () => { stream.write('\r\x1b[K'); },
  };
}
