/** Request bodies the prison service's HTTP tests send. */

/** Sok Channary, admitted to CC2 on remand; any field can be changed. */
export const anAdmissionBody = (overrides: Record<string, unknown> = {}) => ({
  personId: 'person-KH-0012',
  facilityId: 'CC2',
  admittedAt: '2026-03-03T09:00:00Z',
  legalStatus: 'pre-trial',
  courtCaseReference: 'PP-MC-2026-0113',
  orderReference: 'PP-DO-2026-0042',
  nationality: 'KH',
  ...overrides,
});
