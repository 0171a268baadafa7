export { emailOf, isClosedTicket, meetingOf, sentimentOf, surveyOf, ticketOf } from './activities';
export { companyParts, segmentOf } from './company';
export { dealParts, renewalOutcomeOf, type RenewalOutcomeDeal, type StageMeta } from './deals';
export { flagsOf, type DatedText } from './flags';
export { HsRecord, parseRecord, parseResponse, valueAt, type HistoryVersion } from './records';
export { loadedCompany, type CompanyRecords, type PortalStages } from './snapshot';
export { roleOf, stakeholderOf } from './stakeholders';
export { bool, date, num, oneOf, Warnings } from './values';
