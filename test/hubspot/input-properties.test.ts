/**
 * src/hubspot keeps its own copy of the input properties (it must not import the
 * sandbox); the sandbox generator fills the same ones. The two must agree, or a
 * provisioned portal and the sandbox would disagree on what the loader reads.
 */
import { INPUT_PROPERTIES, INPUT_PROPERTY_GROUP } from '../../src/hubspot/properties';
import * as sandbox from '../../src/sandbox/generator/input-properties';

describe('input properties: src/hubspot and the sandbox generator agree', () => {
  it('on the group', () => {
    expect(INPUT_PROPERTY_GROUP).toEqual({ ...sandbox.INPUT_PROPERTY_GROUP });
  });

  it.each(['companies', 'contacts', 'tickets'] as const)('on every %s property, field by field', (type) => {
    expect(INPUT_PROPERTIES[type]).toEqual(sandbox.INPUT_PROPERTIES[type]);
    expect(INPUT_PROPERTIES[type].length).toBeGreaterThan(0);
  });
});
