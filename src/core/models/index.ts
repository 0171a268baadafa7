/** The built-in models. A model file on disk is read by the CLI and compiled the same way. */
import { compileModel, type CompiledModel } from '../model';
import engine5 from './engine-5.json';
import renewal7 from './renewal-7.json';

export const BUILT_IN_MODELS = { 'renewal-7': renewal7, 'engine-5': engine5 } as const;
export type BuiltInModelName = keyof typeof BUILT_IN_MODELS;
export const DEFAULT_MODEL: BuiltInModelName = 'renewal-7';

const cache = new Map<string, CompiledModel>();

export function isBuiltInModel(name: string): name is BuiltInModelName {
  return Object.prototype.hasOwnProperty.call(BUILT_IN_MODELS, name);
}

/** A built-in model, compiled once. Throws only if a shipped model is broken (a bug, caught by tests). */
export function builtInModel(name: BuiltInModelName = DEFAULT_MODEL): CompiledModel {
  const hit = cache.get(name);
  if (hit) return hit;
  const compiled = compileModel(BUILT_IN_MODELS[name]);
  if (!compiled.success) throw new Error(`built-in model ${name} is invalid: ${compiled.errors.join('; ')}`);
  cache.set(name, compiled.value);
  return compiled.value;
}
