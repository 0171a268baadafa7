/** An in-memory Io for running `che` in-process: files are a map, stdout/stderr are captured. */
import type { Io } from '../../src/cli/io';

export function memoryIo(files: Record<string, string> = {}): Io & { out: () => string; err: () => string; files: Record<string, string> } {
  let out = '';
  let err = '';
  return {
    files,
    stdout: (t) => { out += t; },
    stderr: (t) => { err += t; },
    readText: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return files[path]!;
    },
    writeText: async (path, text) => { files[path] = text; },
    out: () => out,
    err: () => err,
  };
}
