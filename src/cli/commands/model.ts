/** `che model show [NAME|PATH]` and `che model validate PATH`. */
import { resolvedModelFile } from '../../core/model';
import type { Io } from '../io';
import { loadModel } from '../load-model';

export async function runModelShow(nameOrPath: string | undefined, io: Io): Promise<number> {
  const model = await loadModel(nameOrPath, io);
  io.stdout(`${JSON.stringify(resolvedModelFile(model), null, 2)}\n`);
  return 0;
}

export async function runModelValidate(path: string, io: Io): Promise<number> {
  const model = await loadModel(path, io);
  io.stdout(`ok: ${model.ref} (${model.forSegment(undefined).dimensions.length} dimensions)\n`);
  return 0;
}
