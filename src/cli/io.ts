/**
 * The CLI's only contact with the outside world: reading inputs (a file or
 * stdin) and writing outputs. Injected, so commands run in-process in tests.
 */
import { promises as fs } from 'node:fs';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** A file's text; `-` reads standard input. */
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function nodeIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readText: (path) => (path === '-' ? readStdin() : fs.readFile(path, 'utf8')),
    writeText: (path, text) => fs.writeFile(path, text, 'utf8'),
  };
}

/** Thrown by a command for a problem the user must fix: exit code 2, message on stderr. */
export class UsageError extends Error {}
