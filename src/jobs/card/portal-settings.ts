/**
 * A portal's own mapping and scoring model for the card operations, read from
 * optional environment values. HubSpot hands an app function the secrets its
 * hsmeta lists (`config.secretKeys`, set with `hs secret add`) as process.env;
 * the backend can pass its own environment the same way.
 *
 * | secret            | when unset        | holds                                                                 |
 * |-------------------|-------------------|-----------------------------------------------------------------------|
 * | CHE_MAPPING_JSON  | DEFAULT_MAPPING   | JSON: the parts of the mapping that differ from the defaults, as in a mapping file (`che --mapping FILE`) |
 * | CHE_MODEL         | renewal-7         | a built-in model: renewal-7 or engine-5                               |
 * | CHE_MODEL_JSON    |                   | JSON: a whole model file (e.g. one `che calibrate` wrote); instead of CHE_MODEL |
 *
 * Validated with the same parseMapping and compileModel the CLI uses. A bad
 * value stops the operation with one readable error naming each bad secret
 * and what is wrong with it, never echoing the value. An empty value counts as
 * unset. Parsing is remembered for the values last seen, so warm invocations
 * do not compile the model again.
 */
import { z } from 'zod';
import { compileModel, type CompiledModel } from '../../core/model';
import { BUILT_IN_MODELS, builtInModel, DEFAULT_MODEL, type BuiltInModelName } from '../../core/models';
import { DEFAULT_MAPPING, MappingError, parseMapping, type Mapping } from '../../hubspot/mapping';
import { CardFailure } from './errors';

export const PORTAL_SETTING_SECRETS = ['CHE_MAPPING_JSON', 'CHE_MODEL', 'CHE_MODEL_JSON'] as const;

export interface PortalSettings {
  mapping: Mapping;
  model: CompiledModel;
}

const MODEL_NAMES = Object.keys(BUILT_IN_MODELS) as BuiltInModelName[];

const SettingsEnv = z.object({
  CHE_MAPPING_JSON: z.string().optional(),
  CHE_MODEL: z.enum(MODEL_NAMES as [BuiltInModelName, ...BuiltInModelName[]], { error: `must be one of ${MODEL_NAMES.join(', ')}` }).optional(),
  CHE_MODEL_JSON: z.string().optional(),
});

type Problem = { secret: string; message: string };

/** JSON.parse of a secret; V8 quotes the start of the text in its message, which is cut off here. */
function parseJson(secret: string, text: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).split(/, "/)[0];
    problems.push({ secret, message: `is not valid JSON (${reason})` });
    return undefined;
  }
}

function mappingOf(text: string | undefined, problems: Problem[]): Mapping {
  if (text === undefined) return DEFAULT_MAPPING;
  const json = parseJson('CHE_MAPPING_JSON', text, problems);
  if (json === undefined) return DEFAULT_MAPPING;
  try {
    return parseMapping(json, 'CHE_MAPPING_JSON');
  } catch (err) {
    if (!(err instanceof MappingError)) throw err;
    problems.push({ secret: 'CHE_MAPPING_JSON', message: `is not a valid mapping: ${err.problems.join('; ')}` });
    return DEFAULT_MAPPING;
  }
}

function modelOf(name: BuiltInModelName | undefined, text: string | undefined, problems: Problem[]): CompiledModel {
  if (name !== undefined && text !== undefined) {
    problems.push({ secret: 'CHE_MODEL, CHE_MODEL_JSON', message: 'are both set: set one (a built-in model\'s name, or a whole model file)' });
  }
  if (text === undefined) return builtInModel(name ?? DEFAULT_MODEL);
  const json = parseJson('CHE_MODEL_JSON', text, problems);
  if (json === undefined) return builtInModel(DEFAULT_MODEL);
  const compiled = compileModel(json);
  if (compiled.success) return compiled.value;
  problems.push({ secret: 'CHE_MODEL_JSON', message: `is not a valid model file: ${compiled.errors.join('; ')}` });
  return builtInModel(DEFAULT_MODEL);
}

function readSettings(env: Record<string, string | undefined>): PortalSettings {
  const present: Partial<Record<(typeof PORTAL_SETTING_SECRETS)[number], string>> = {};
  for (const k of PORTAL_SETTING_SECRETS) {
    const v = env[k]?.trim();
    if (v) present[k] = v;
  }
  const parsed = SettingsEnv.safeParse(present);
  const problems: Problem[] = [];
  if (!parsed.success) {
    // Never the received value: issues carry only the secret's name and the rule it broke.
    for (const issue of parsed.error.issues) problems.push({ secret: String(issue.path[0]), message: issue.message });
  }
  // The JSON secrets are checked even when CHE_MODEL is bad, so one answer names every problem.
  const values = { ...present, CHE_MODEL: parsed.success ? parsed.data.CHE_MODEL : undefined };
  const mapping = mappingOf(values.CHE_MAPPING_JSON, problems);
  const model = modelOf(values.CHE_MODEL, values.CHE_MODEL_JSON, problems);
  if (problems.length > 0) {
    throw new CardFailure('internal', `The app is not configured: ${problems.map((p) => `secret ${p.secret} ${p.message}`).join('; ')}`);
  }
  return { mapping, model };
}

let last: { key: string; settings: PortalSettings } | undefined;

/** The mapping and model the secrets in `env` name (the defaults when none is set); throws a CardFailure naming every bad secret. */
export function portalSettingsFromEnv(env: Record<string, string | undefined>): PortalSettings {
  const key = JSON.stringify(PORTAL_SETTING_SECRETS.map((k) => env[k] ?? null));
  if (last?.key === key) return last.settings;
  const settings = readSettings(env);
  last = { key, settings };
  return settings;
}
