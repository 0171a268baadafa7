/** The app's own company properties whose current values the loader returns (LoadedCompany.current), for the writer's diff. */
import { OWNED_OUTPUT_PROPERTIES } from '../properties/output';

export const APP_PROPERTIES: string[] = [...OWNED_OUTPUT_PROPERTIES];
