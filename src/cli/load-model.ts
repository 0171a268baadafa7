/** `--model renewal-7 | engine-5 | PATH`: a built-in model by name, or a model file validated on load. */
import { builtInModel, DEFAULT_MODEL, isBuiltInModel } from '../core/models';
import { compileModel, type CompiledModel } from '../core/model';
import { UsageError, type Io } from './io';

export async function loadModel(nameOrPath: string | undefined, io: Io): Promise<CompiledModel> {
  const name = nameOrPath ?? DEFAULT_MODEL;
  if (isBuiltInModel(name)) return builtInModel(name);
  let text: string;
  try {
    text = await io.readText(name);
  } catch (err) {
    throw new UsageError(`model: cannot read ${name} (${(err as Error).message}); built-in models: renewal-7, engine-5`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`model: ${name} is not valid JSON (${(err as Error).message})`);
  }
  const compiled = compileModel(json);
  if (!compiled.success) throw new UsageError(compiled.errors.map((e) => `model: ${e}`).join('\n'));
  return compiled.value;
}
