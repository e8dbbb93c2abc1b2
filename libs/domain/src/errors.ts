/**
 * The one error vocabulary of the domain. Codes are stable (clients switch on them); the HTTP
 * mapping lives once, in the platform's problem-details filter.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: 'rule-violation' | 'not-found' | 'version-conflict' | 'invalid-input';
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A command that makes no sense in the current state (422). */
export class DomainRuleViolation extends DomainError {
  readonly kind = 'rule-violation' as const;
}

/** Something asked for by id does not exist (404). */
export class NotFound extends DomainError {
  readonly kind = 'not-found' as const;
}

/** Someone else changed the stream since the caller read it (409). */
export class VersionConflict extends DomainError {
  readonly kind = 'version-conflict' as const;
}

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** Input that is well-formed JSON but impossible, found only with state in hand (400). */
export class InvalidInput extends DomainError {
  readonly kind = 'invalid-input' as const;
  constructor(
    code: string,
    readonly problems: readonly FieldProblem[],
  ) {
    super(code, problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  }
}
