/** The development API keys (deploy/local/dev-credentials.json), named for what they may do. */
export const DevKeys = {
  policePhnomPenh: 'dev-police-pp-anti-drug',
  policeBattambang: 'dev-police-battambang',
  courtClerk: 'dev-court-clerk',
  judge: 'dev-court-judge',
  courtKandalClerk: 'dev-court-kandal-clerk',
  courtKandalJudge: 'dev-court-kandal-judge',
  prisonCc2: 'dev-prison-cc2',
  prisonPj: 'dev-prison-pj',
  monitor: 'dev-monitor',
  welfareOfficer: 'dev-welfare-officer',
  integrator: 'dev-integrator',
} as const;

export function bearer(key: string): { Authorization: string } {
  return { Authorization: `Bearer ${key}` };
}
