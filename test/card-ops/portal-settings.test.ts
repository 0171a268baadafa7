/**
 * A portal's mapping and model from the app functions' secrets: the defaults
 * when none is set, each secret honoured, and every bad value answered with a
 * CardFailure naming the secret, never its value.
 */
import { BUILT_IN_MODELS } from '../../src/core/models';
import { DEFAULT_MAPPING } from '../../src/hubspot/mapping';
import { CardFailure, portalSettingsFromEnv, toCardError } from '../../src/jobs/card';

const renewal7 = BUILT_IN_MODELS['renewal-7'];

/** The readable error a bad environment gives (fails the test when none is thrown). */
function errorOf(env: Record<string, string | undefined>) {
  try {
    portalSettingsFromEnv(env);
  } catch (err) {
    expect(err).toBeInstanceOf(CardFailure);
    return toCardError(err);
  }
  throw new Error(`expected ${JSON.stringify(Object.keys(env))} to be refused`);
}

describe('portalSettingsFromEnv', () => {
  it('uses DEFAULT_MAPPING and renewal-7 when no secret is set, or when one is empty', () => {
    for (const env of [{}, { CHE_MAPPING_JSON: '', CHE_MODEL: ' ', CHE_MODEL_JSON: '' }]) {
      const s = portalSettingsFromEnv(env);
      expect(s.mapping).toEqual(DEFAULT_MAPPING);
      expect(s.model.ref).toBe('renewal-7@1');
    }
  });

  it('lays CHE_MAPPING_JSON over the default mapping', () => {
    const s = portalSettingsFromEnv({ CHE_MAPPING_JSON: JSON.stringify({ customers: { values: ['customer', 'evangelist'] }, override: null }) });
    expect(s.mapping.customers).toEqual({ property: 'lifecyclestage', values: ['customer', 'evangelist'] });
    expect(s.mapping.override).toBeNull();
    expect(s.mapping.company).toEqual(DEFAULT_MAPPING.company);
  });

  it('picks a built-in model with CHE_MODEL and compiles a model file from CHE_MODEL_JSON', () => {
    expect(portalSettingsFromEnv({ CHE_MODEL: 'engine-5' }).model.ref).toBe('engine-5@1');
    const calibrated = { ...renewal7, id: 'acme-renewal', version: 3, tiers: { thriving: 85, healthy: 65, atRisk: 45 } };
    const s = portalSettingsFromEnv({ CHE_MODEL_JSON: JSON.stringify(calibrated) });
    expect(s.model.ref).toBe('acme-renewal@3');
    expect(s.model.tiers).toEqual({ thriving: 85, healthy: 65, atRisk: 45 });
  });

  it('answers a readable internal error naming each bad secret, without its value', () => {
    const secretLooking = 'pat-na1-11111111-2222-3333-4444-555555555555';
    const cases: [Record<string, string>, RegExp][] = [
      [{ CHE_MAPPING_JSON: `{"customers": ${secretLooking}` }, /secret CHE_MAPPING_JSON is not valid JSON/],
      [{ CHE_MAPPING_JSON: `"${secretLooking}"` }, /secret CHE_MAPPING_JSON is not a valid mapping: \(root\): expected a JSON object/],
      [{ CHE_MAPPING_JSON: JSON.stringify({ customer: { values: [secretLooking] } }) }, /secret CHE_MAPPING_JSON is not a valid mapping: customer: unknown field/],
      [{ CHE_MAPPING_JSON: JSON.stringify({ customers: { values: [] } }) }, /secret CHE_MAPPING_JSON is not a valid mapping: customers\.values/],
      [{ CHE_MODEL: secretLooking }, /secret CHE_MODEL must be one of renewal-7, engine-5/],
      [{ CHE_MODEL_JSON: secretLooking }, /secret CHE_MODEL_JSON is not valid JSON/],
      [{ CHE_MODEL_JSON: JSON.stringify({ ...renewal7, tiers: { thriving: 50, healthy: 60, atRisk: 40 } }) }, /secret CHE_MODEL_JSON is not a valid model file: tiers/],
      [{ CHE_MODEL_JSON: JSON.stringify({ ...renewal7, dimensions: [{ ...renewal7.dimensions[0], scorer: 'astrology' }] }) }, /secret CHE_MODEL_JSON is not a valid model file: .*unknown scorer "astrology"/],
      [{ CHE_MODEL: 'engine-5', CHE_MODEL_JSON: JSON.stringify(renewal7) }, /secret CHE_MODEL, CHE_MODEL_JSON are both set/],
    ];
    for (const [env, expected] of cases) {
      const error = errorOf(env);
      expect([Object.keys(env), error.code]).toEqual([Object.keys(env), 'internal']);
      expect(error.message).toMatch(/^The app is not configured: /);
      expect(error.message).toMatch(expected);
      expect(error.message).not.toContain(secretLooking);
    }
  });

  it('names every bad secret in one answer', () => {
    const error = errorOf({ CHE_MAPPING_JSON: '{', CHE_MODEL: 'engine-9' });
    expect(error.message).toMatch(/CHE_MAPPING_JSON/);
    expect(error.message).toMatch(/CHE_MODEL must be one of/);
  });

  it('answers the same settings for the same values and follows a changed value', () => {
    const env = { CHE_MODEL: 'engine-5' };
    expect(portalSettingsFromEnv(env)).toBe(portalSettingsFromEnv({ ...env }));
    expect(portalSettingsFromEnv({ CHE_MODEL: 'renewal-7' }).model.ref).toBe('renewal-7@1');
    expect(() => portalSettingsFromEnv({ CHE_MODEL: 'nope' })).toThrow(CardFailure);
    // A bad value is not remembered as good, and a good one after it is read afresh.
    expect(() => portalSettingsFromEnv({ CHE_MODEL: 'nope' })).toThrow(CardFailure);
    expect(portalSettingsFromEnv(env).model.ref).toBe('engine-5@1');
  });
});
