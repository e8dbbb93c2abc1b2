/** The agencies whose systems talk to Safeguard, and the roles their credentials carry. */
export const Agencies = ['police', 'court', 'prison', 'oversight', 'integrator'] as const;
export type Agency = (typeof Agencies)[number];

export const Roles = [
  'police-officer',
  'court-clerk',
  'judge',
  'prison-officer',
  'oversight-monitor',
  /** A social worker of the child-welfare authority who follows alerts up with the family. */
  'child-welfare-officer',
  'integrator',
] as const;
export type Role = (typeof Roles)[number];

/** Who did something: stored on every event so an auditor can trace each fact to a person. */
export interface Actor {
  readonly agency: Agency;
  readonly role: Role;
  /** The police unit, court or prison facility the credential belongs to. */
  readonly unitId: string;
  readonly userId: string;
}
