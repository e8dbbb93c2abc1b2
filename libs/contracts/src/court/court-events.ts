/**
 * The public facts of the court service (topic `justice.court.events.v1`), one stream per
 * criminal case, each at the schema version the catalogue names. JSON Schemas in
 * `contracts/events/`. Superseded versions, read only by the upcasters, are at the end.
 */
import type { OffenceClass } from '../arrest/arrest-events';
import type { ScheduledAtSource } from '../time-source';
import type { DomainEvent } from '../envelope';

export interface Charge {
  readonly chargeId: string;
  readonly offence: string;
  readonly offenceClass: OffenceClass;
  readonly maximumPenaltyMonths: number;
  /**
   * The least prison term the offence carries; null when the charge did not state it. CCP art. 209
   * caps a misdemeanour's pre-trial detention at half of it.
   */
  readonly minimumPenaltyMonths: number | null;
  readonly violent: boolean;
}

/** A case opened from a police case file; the arrest references tie it to the arrest service. */
export interface CaseOpenedData {
  readonly caseId: string;
  readonly caseReference: string;
  readonly arrestIds: readonly string[];
  readonly personId: string;
  readonly openedAt: string;
  readonly charges: readonly Charge[];
}
export type CaseOpened = DomainEvent<'CaseOpened', CaseOpenedData>;

/** Whether she has a lawyer: most mothers in the field report had none. */
export interface LegalRepresentationRecordedData {
  readonly caseId: string;
  readonly personId: string;
  readonly recordedAt: string;
  readonly represented: boolean;
  readonly lawyerName: string | null;
  readonly organisation: string | null;
}
export type LegalRepresentationRecorded = DomainEvent<'LegalRepresentationRecorded', LegalRepresentationRecordedData>;

/** The grounds on which pre-trial detention may be ordered: Cambodian Code of Criminal Procedure art. 205. */
export const DetentionGrounds = [
  'stop-or-prevent-offence',
  'prevent-pressure-or-collusion',
  'preserve-evidence',
  'guarantee-presence',
  'protect-person-safety',
  'preserve-public-order',
] as const;
export type DetentionGround = (typeof DetentionGrounds)[number];

export type PretrialOutcome = 'detention' | 'judicial-supervision' | 'release';

/** The investigating judge's decision on liberty before trial, and whether the children were asked about. */
export interface PretrialDecisionMadeData {
  readonly caseId: string;
  readonly personId: string;
  readonly decidedAt: string;
  readonly judge: string;
  readonly outcome: PretrialOutcome;
  readonly grounds: readonly DetentionGround[];
  readonly justification: string | null;
  readonly askedAboutPregnancyAndDependants: boolean;
  readonly careArrangementsNoted: string | null;
  readonly alternativesConsidered: boolean;
  readonly detentionMonths: number | null;
  readonly detentionOrderReference: string | null;
}
export type PretrialDecisionMade = DomainEvent<'PretrialDecisionMade', PretrialDecisionMadeData>;

export interface PretrialDetentionExtendedData {
  readonly caseId: string;
  readonly personId: string;
  readonly extendedAt: string;
  readonly judge: string;
  readonly additionalMonths: number;
  readonly until: string;
}
export type PretrialDetentionExtended = DomainEvent<'PretrialDetentionExtended', PretrialDetentionExtendedData>;

export type HearingKind = 'investigation' | 'trial' | 'verdict' | 'appeal';

export type { ScheduledAtSource } from '../time-source';

/** The court set a date and place for a hearing. */
export interface HearingScheduledData {
  readonly caseId: string;
  readonly personId: string;
  readonly hearingId: string;
  readonly kind: HearingKind;
  /** When the court set the hearing, as the court states it (see `scheduledAtSource`). */
  readonly scheduledAt: string;
  readonly scheduledAtSource: ScheduledAtSource;
  readonly hearingAt: string;
  readonly place: string;
}
export type HearingScheduled = DomainEvent<'HearingScheduled', HearingScheduledData>;

/** The family was told of a hearing: families in the report often learnt of none. */
export interface FamilyNotifiedOfHearingData {
  readonly caseId: string;
  readonly personId: string;
  readonly hearingId: string;
  readonly notifiedAt: string;
  readonly notifiedPerson: string;
  readonly method: 'phone' | 'letter' | 'in-person' | 'message' | 'other';
}
export type FamilyNotifiedOfHearing = DomainEvent<'FamilyNotifiedOfHearing', FamilyNotifiedOfHearingData>;

export interface VerdictDeliveredData {
  readonly caseId: string;
  readonly personId: string;
  readonly deliveredAt: string;
  readonly findings: readonly { readonly chargeId: string; readonly outcome: 'convicted' | 'acquitted' }[];
}
export type VerdictDelivered = DomainEvent<'VerdictDelivered', VerdictDeliveredData>;

export type NonCustodialMeasure = 'community-service' | 'judicial-supervision' | 'fine' | 'other';

export interface SentenceImposedData {
  readonly caseId: string;
  readonly personId: string;
  readonly imposedAt: string;
  readonly custodialMonths: number;
  /** The part of the custodial term suspended; never longer than the term. */
  readonly suspendedMonths: number;
  readonly nonCustodialMeasures: readonly NonCustodialMeasure[];
  readonly childrenWelfareConsidered: boolean;
  readonly nonCustodialAlternativesConsidered: boolean;
  /** A deferred start lets her arrange childcare (Bangkok Rule 2(2)). */
  readonly startDeferredUntil: string | null;
  /** When the custodial part counts from, as the judgment says; null means from her present custody. */
  readonly custodyStartsAt: string | null;
  /** Days she was already held that the judgment credits against the term; null when it does not say. */
  readonly creditedDays: number | null;
}
export type SentenceImposed = DomainEvent<'SentenceImposed', SentenceImposedData>;

export interface AppealFiledData {
  readonly caseId: string;
  readonly personId: string;
  readonly appealId: string;
  readonly filedAt: string;
  readonly filedBy: 'prosecution' | 'defence';
  /** She stays detained while the appeal waits: the report found people held past their sentence this way. */
  readonly detainedPendingAppeal: boolean;
}
export type AppealFiled = DomainEvent<'AppealFiled', AppealFiledData>;

export interface AppealDecidedData {
  readonly caseId: string;
  readonly personId: string;
  readonly appealId: string;
  readonly decidedAt: string;
  readonly outcome: 'dismissed' | 'conviction-overturned' | 'sentence-changed';
  readonly newCustodialMonths: number | null;
}
export type AppealDecided = DomainEvent<'AppealDecided', AppealDecidedData>;

/** A pardon, an amnesty or a reduction of sentence was granted. */
export interface ClemencyGrantedData {
  readonly caseId: string;
  readonly personId: string;
  readonly grantedAt: string;
  /** When it takes effect, which may be after it was granted: her release date is counted from this, not from `grantedAt`. */
  readonly effectiveAt: string;
  readonly kind: 'pardon' | 'amnesty' | 'sentence-reduction';
  readonly reductionMonths: number | null;
}
export type ClemencyGranted = DomainEvent<'ClemencyGranted', ClemencyGrantedData>;

export interface CaseClosedData {
  readonly caseId: string;
  readonly personId: string;
  readonly closedAt: string;
  readonly reason: string;
}
export type CaseClosed = DomainEvent<'CaseClosed', CaseClosedData>;

export type CourtEvent =
  | CaseOpened
  | LegalRepresentationRecorded
  | PretrialDecisionMade
  | PretrialDetentionExtended
  | HearingScheduled
  | FamilyNotifiedOfHearing
  | VerdictDelivered
  | SentenceImposed
  | AppealFiled
  | AppealDecided
  | ClemencyGranted
  | CaseClosed;

/*
 * Superseded versions, kept for the upcasters in `../upcasting/` (stored logs and retained
 * topics still hold them). Nothing else should read them: every reader gets the current version.
 */

export type ChargeV1 = Omit<Charge, 'minimumPenaltyMonths'>;

export interface CaseOpenedDataV1 extends Omit<CaseOpenedData, 'charges'> {
  readonly charges: readonly ChargeV1[];
}

/** v1's `scheduledAt` was always stamped by the court service when it received the record. */
export type HearingScheduledDataV1 = Omit<HearingScheduledData, 'scheduledAtSource'>;

export type SentenceImposedDataV1 = Omit<SentenceImposedData, 'custodyStartsAt' | 'creditedDays'>;

export type ClemencyGrantedDataV1 = Omit<ClemencyGrantedData, 'effectiveAt'>;
