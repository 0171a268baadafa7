import { anAccount } from '../../../test/builders/account';
import { assess, builtInModel } from '../../core';
import { PLAY_KEYS } from '../../core/plays/library';
import { CHURN_SIGNAL_KEYS, EXPANSION_SIGNAL_KEYS } from '../../core/signals/catalogue';
import {
  assessmentProperties, CATALOGUE, OBJECT_TYPES, OUTPUT_PROPERTIES, OVERRIDE_PROPERTIES, OWNED_OUTPUT_PROPERTIES, PropertySpecSchema,
} from './index';

const byName = (name: string) => OUTPUT_PROPERTIES.find((p) => p.name === name)!;
const optionValues = (name: string) => byName(name).options!.map((o) => o.value);

describe('the property catalogue', () => {
  it('is valid: che_ names, known types, a description for an admin, no duplicate per object type', () => {
    for (const t of OBJECT_TYPES) {
      for (const p of CATALOGUE.properties[t]) expect(() => PropertySpecSchema.parse(p)).not.toThrow();
      const names = CATALOGUE.properties[t].map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('has one che_dim_ property per dimension of both built-in models', () => {
    const dims = OUTPUT_PROPERTIES.filter((p) => p.name.startsWith('che_dim_')).map((p) => p.name).sort();
    expect(dims).toEqual([
      'che_dim_adoption', 'che_dim_billing', 'che_dim_engagement', 'che_dim_financial', 'che_dim_outcomes', 'che_dim_product_usage',
      'che_dim_relationship', 'che_dim_sentiment', 'che_dim_stakeholders', 'che_dim_support', 'che_dim_usage_trend',
    ]);
  });

  it('offers every signal and play key the core can emit, as multi-selects for signals', () => {
    expect(optionValues('che_churn_signals')).toEqual([...CHURN_SIGNAL_KEYS]);
    expect(optionValues('che_expansion_signals')).toEqual([...EXPANSION_SIGNAL_KEYS]);
    expect(byName('che_churn_signals')).toMatchObject({ type: 'enumeration', fieldType: 'checkbox' });
    expect(optionValues('che_recommended_play')).toEqual([...PLAY_KEYS]);
    expect(byName('che_health_tier').options!.map((o) => o.label)).toEqual(['Thriving', 'Healthy', 'At risk', 'Critical']);
  });

  it('lets the writer write its outputs and never the CSM overrides', () => {
    expect(OWNED_OUTPUT_PROPERTIES).toEqual(expect.arrayContaining(['che_health_score', 'che_previous_tier', 'che_tier_change', 'che_tier_changed_at', 'che_scored_at']));
    for (const o of OVERRIDE_PROPERTIES) expect(OWNED_OUTPUT_PROPERTIES).not.toContain(o.name);
    expect(OVERRIDE_PROPERTIES.map((p) => [p.name, p.type])).toEqual([
      ['che_override_score', 'number'], ['che_override_reason', 'string'], ['che_override_expires', 'date'], ['che_override_by', 'string'],
    ]);
  });
});

describe('assessmentProperties', () => {
  const assessment = assess(
    anAccount().withChampionDeparted(21).withActiveUsers(30, 55).renewingInDays(45).withHistory([[30, 70], [60, 72]]).build(),
    builtInModel('renewal-7'),
  );
  const values = assessmentProperties(assessment);

  it('gives plain numbers, option keys and ISO datetimes', () => {
    expect(values.che_health_score).toBe(String(assessment.score));
    expect(values.che_health_tier).toBe(assessment.tier);
    expect(values.che_renewal_risk).toBe(String(assessment.renewalRisk));
    expect(values.che_scored_at).toBe('2026-11-22T00:00:00.000Z');
    expect(values.che_model_version).toBe(assessment.model);
    expect(values.che_score_change_30d).toBe(String(assessment.trajectory!.change30d));
  });

  it('joins multi-select signals with ";" using only catalogued keys', () => {
    expect(values.che_churn_signals!.split(';')).toEqual(assessment.signals.churn.map((s) => s.key));
    expect(values.che_churn_signals).toContain('champion_departure_usage_decline');
    for (const key of values.che_churn_signals!.split(';')) expect(optionValues('che_churn_signals')).toContain(key);
    expect(values.che_expansion_signals).toBe('');
  });

  it('scores this model\'s dimensions, clears the other model\'s and writes gaps as empty', () => {
    for (const d of assessment.dimensions) expect(values[`che_dim_${d.key}`]).toBe(d.score === null ? '' : String(d.score));
    expect(values.che_dim_product_usage).toBe('');
    expect(values.che_dim_financial).toBe('');
  });

  it('writes the top drivers as short lines and the play, and leaves the tier-change trio to the writer', () => {
    const lines = values.che_top_drivers!.split('\n');
    expect(lines.length).toBe(Math.min(3, assessment.drivers.length));
    expect(lines[0]).toBe(assessment.drivers[0]!.text.slice(0, 240));
    expect(values.che_recommended_play).toBe(assessment.play?.key ?? '');
    expect(values.che_data_gaps!.split('\n').filter(Boolean)).toHaveLength(assessment.dataGaps.length);
    for (const name of ['che_previous_tier', 'che_tier_change', 'che_tier_changed_at']) expect(values).not.toHaveProperty(name);
    for (const name of Object.keys(values)) expect(OWNED_OUTPUT_PROPERTIES).toContain(name);
  });
});
