/** The scoring core's public surface. */
export * from './contract';
export { assess } from './assess';
export { compileModel, resolvedModelFile, ModelFile, type CompiledModel } from './model';
export { builtInModel, isBuiltInModel, BUILT_IN_MODELS, DEFAULT_MODEL, type BuiltInModelName } from './models';
export { parseSnapshot, parseWith, formatIssues, formatPath, type Parsed } from './validation';
