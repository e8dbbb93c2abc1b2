/** The pre-trial and trial safeguards' numbers and texts (catalogue 8–15). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface CourtRulePolicies {}

/** Cambodian Code of Criminal Procedure and the LICADHO 2015 report. */
export const cambodiaCourtRules: CourtRulePolicies = {};

/** California's own numbers. */
export const californiaCourtRules: CourtRulePolicies = {};
