import { aSeed } from '../../../test/sandbox/crm/seed-builder';
import type { StoreChange } from '../types';
import { associate, createStore, dissociate, integrationWriter, PropertyValidationError, SeedError } from './index';

const APP = integrationWriter(7);

describe('seed loading', () => {
  test('a bad seed value stops the load with an error naming record and property', () => {
    const seed = aSeed().withCompany('1', { numberofemployees: 'N/A' }).withContact('2', { lifecyclestage: 'fan' }).build();
    expect(() => createStore({ seed })).toThrow(SeedError);
    try {
      createStore({ seed });
    } catch (e) {
      expect((e as SeedError).problems).toEqual([
        'companies/1 property numberofemployees: N/A was not a valid number.',
        expect.stringMatching(/^contacts\/2 property lifecyclestage: fan was not one of the allowed options/),
      ]);
    }
  });

  test('an association to a record the seed lacks is reported', () => {
    const seed = aSeed().withContact('2').associated('contacts', '2', 'companies', '404').build();
    expect(() => createStore({ seed })).toThrow(/contacts\/2 → companies\/404/);
  });

  test('a label given in both directions is paired by name instead of doubled', () => {
    const seed = aSeed().withCompanies(1).withContact('2')
      .withLabel('contacts', 'companies', 10, 'Decision Maker', 'decision_maker')
      .withLabel('companies', 'contacts', 11, 'Decision Maker', 'decision_maker')
      .associated('contacts', '2', 'companies', '1', [10])
      .build();
    const store = createStore({ seed });
    expect(store.associations.list('companies', '1', 'contacts')[0]!.types.map((t) => t.typeId)).toEqual([2, 11, 280]);
    expect(store.labels.list('companies', 'contacts').filter((l) => l.category === 'USER_DEFINED')).toHaveLength(1);
  });

  test('loading is silent and computes the company counts', () => {
    const store = createStore();
    const heard: StoreChange[] = [];
    store.onChange((c) => heard.push(c));
    store.loadSeed(aSeed().withCompanies(1).withContact('2').withContact('3').associated('contacts', '2', 'companies', '1').associated('contacts', '3', 'companies', '1').build());
    expect(heard).toEqual([]);
    expect(store.get('companies', '1')!.values.get('num_associated_contacts')).toBe('2');
  });
});

describe('writes', () => {
  test('values are normalised like HubSpot stores them', () => {
    const store = createStore({ now: () => Date.parse('2025-02-01T10:00:00Z') });
    const deal = store.create('deals', { dealname: 'D', closedate: '2025-03-01T12:30:00+02:00', amount: 1200 }, APP);
    expect(deal.values.get('closedate')).toBe('2025-03-01T10:30:00Z');
    expect(deal.values.get('amount')).toBe('1200');
    expect(deal.values.get('createdate')).toBe('2025-02-01T10:00:00Z');
    const ticket = store.create('tickets', { hs_ticket_category: 'BILLING_ISSUE;FEATURE_REQUEST' }, APP);
    expect(ticket.values.get('hs_ticket_category')).toBe('BILLING_ISSUE;FEATURE_REQUEST');
    expect(() => store.create('tickets', { hs_ticket_category: 'BILLING_ISSUE;NOPE' }, APP)).toThrow(PropertyValidationError);
  });

  test('a failing listener neither fails nor undoes the write', () => {
    const store = createStore({ seed: aSeed().withCompanies(1).build() });
    store.onChange(() => {
      throw new Error('listener down');
    });
    store.update('companies', '1', { city: 'Lyon' }, APP);
    expect(store.get('companies', '1')!.values.get('city')).toBe('Lyon');
  });

  test('an unchanged value adds no version and no event', () => {
    const store = createStore({ seed: aSeed().withCompanies(1).build() });
    const heard: StoreChange[] = [];
    store.onChange((c) => heard.push(c));
    store.update('companies', '1', { city: 'Berlin' }, APP);
    expect(heard).toEqual([]);
    expect(store.get('companies', '1')!.history.get('city')).toHaveLength(1);
  });
});

describe('associations', () => {
  const seed = () => aSeed().withCompanies(2).withContact('5').withDeal('6').build();

  test('an explicit primary moves from the old company to the new one, both directions', () => {
    const store = createStore({ seed: seed() });
    associate(store, 'contacts', '5', 'companies', '1', [], APP, { primaryIfFirst: true });
    associate(store, 'contacts', '5', 'companies', '2', [{ category: 'HUBSPOT_DEFINED', typeId: 1 }], APP);
    expect(store.associations.list('contacts', '5', 'companies').map((a) => [a.toId, a.types.map((t) => t.typeId)])).toEqual([
      ['1', [279]],
      ['2', [1, 279]],
    ]);
    expect(store.associations.has('companies', '1', 'contacts', '5', 2)).toBe(false);
    expect(store.associations.has('companies', '2', 'contacts', '5', 2)).toBe(true);
  });

  test('removing the default type removes the association in both directions and updates counts', () => {
    const store = createStore({ seed: seed() });
    associate(store, 'deals', '6', 'companies', '1', [], APP, { primaryIfFirst: true });
    expect(store.get('companies', '1')!.values.get('num_associated_deals')).toBe('1');
    dissociate(store, 'companies', '1', 'deals', '6', APP, 342);
    expect(store.associations.list('deals', '6', 'companies')).toEqual([]);
    expect(store.associations.list('companies', '1', 'deals')).toEqual([]);
    expect(store.get('companies', '1')!.values.get('num_associated_deals')).toBe('0');
  });

  test('closing an associated deal lowers the company\'s open deal count', () => {
    const store = createStore({ seed: seed() });
    associate(store, 'deals', '6', 'companies', '2', [], APP);
    expect(store.get('companies', '2')!.values.get('hs_num_open_deals')).toBe('1');
    store.update('deals', '6', { dealstage: 'closedlost' }, APP);
    expect(store.get('deals', '6')!.values.get('hs_is_closed')).toBe('true');
    expect(store.get('deals', '6')!.values.get('hs_is_closed_won')).toBe('false');
    expect(store.get('companies', '2')!.values.get('hs_num_open_deals')).toBe('0');
  });
});
