export { DEFAULT_MAPPING } from './defaults';
export { loadMappingFile, MappingError, parseMapping } from './load';
export { MappingSchema, type FlagName, type Mapping } from './schema';
export { propertiesToRead } from './properties';
