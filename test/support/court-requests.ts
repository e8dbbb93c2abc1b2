/** Request bodies the court service's HTTP tests send. */

/** Sok Channary's case, opened on one drug-possession charge; any field can be changed. */
export const aCaseBody = (overrides: Record<string, unknown> = {}) => ({
  caseReference: 'PP-MC-2026-0113',
  arrestIds: ['6f1c1a52-8a43-4c55-9c55-2a3e7b0c9d11'],
  personId: 'person-KH-0012',
  openedAt: '2026-03-04T09:00:00Z',
  charges: [{ offence: 'Drug possession', offenceClass: 'felony', maximumPenaltyMonths: 60, violent: false }],
  ...overrides,
});
