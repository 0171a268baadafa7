export { changedCompanies, changedCompanyIds, listCustomerCompanyIds, CHANGE_SOURCES } from './companies';
export { loadCompanies, type LoadOptions } from './load-companies';
export { READ_STRATEGIES, type ReadStrategy } from './windowed-read';
export { APP_PROPERTIES } from './app-properties';
export { loadRenewalOutcomes, type CompanyRenewalOutcome, type RenewalOutcomes } from './renewal-outcomes';
