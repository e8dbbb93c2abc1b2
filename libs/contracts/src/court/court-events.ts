/**
 * The public facts of the court service (topic `justice.court.events.v1`), one stream per
 * criminal case, each at the schema version the catalogue names. JSON Schemas in
 * `contracts/events/`. Superseded versions, read only by the upcasters, are at the end.
 */
import type { DomainEvent } from '../envelope';
import { PretrialDecisionMadeEnumsV1 } from '../generated/event-data';
import type {
  AppealDecidedDataV1,
  AppealFiledDataV1,
  CaseClosedDataV1,
  CaseOpenedDataV1,
  CaseOpenedDataV2,
  ClemencyGrantedDataV1,
  ClemencyGrantedDataV2,
  FamilyNotifiedOfHearingDataV1,
  HearingScheduledDataV1,
  HearingScheduledDataV2,
  LegalRepresentationRecordedDataV1,
  PretrialDecisionMadeDataV1,
  PretrialDetentionExtendedDataV1,
  SentenceImposedDataV1,
  SentenceImposedDataV2,
  VerdictDeliveredDataV1,
} from '../generated/event-data';

/** A case opened from a police case file; the arrest references tie it to the arrest service. */
export type CaseOpenedData = CaseOpenedDataV2;
export type Charge = CaseOpenedData['charges'][number];
export type CaseOpened = DomainEvent<'CaseOpened', CaseOpenedData>;

/** Whether she has a lawyer: most mothers in the field report had none. */
export type LegalRepresentationRecordedData = LegalRepresentationRecordedDataV1;
export type LegalRepresentationRecorded = DomainEvent<'LegalRepresentationRecorded', LegalRepresentationRecordedData>;

/** The grounds on which pre-trial detention may be ordered: Cambodian Code of Criminal Procedure art. 205. */
export const DetentionGrounds = PretrialDecisionMadeEnumsV1['grounds[]'];
export type DetentionGround = (typeof DetentionGrounds)[number];

/** The investigating judge's decision on liberty before trial, and whether the children were asked about. */
export type PretrialDecisionMadeData = PretrialDecisionMadeDataV1;
export type PretrialOutcome = PretrialDecisionMadeData['outcome'];
export type PretrialDecisionMade = DomainEvent<'PretrialDecisionMade', PretrialDecisionMadeData>;

export type PretrialDetentionExtendedData = PretrialDetentionExtendedDataV1;
export type PretrialDetentionExtended = DomainEvent<'PretrialDetentionExtended', PretrialDetentionExtendedData>;

export type { ScheduledAtSource } from '../time-source';

/** The court set a date and place for a hearing. */
export type HearingScheduledData = HearingScheduledDataV2;
export type HearingKind = HearingScheduledData['kind'];
export type HearingScheduled = DomainEvent<'HearingScheduled', HearingScheduledData>;

/** The family was told of a hearing: families in the report often learnt of none. */
export type FamilyNotifiedOfHearingData = FamilyNotifiedOfHearingDataV1;
export type FamilyNotifiedOfHearing = DomainEvent<'FamilyNotifiedOfHearing', FamilyNotifiedOfHearingData>;

export type VerdictDeliveredData = VerdictDeliveredDataV1;
export type VerdictDelivered = DomainEvent<'VerdictDelivered', VerdictDeliveredData>;

export type SentenceImposedData = SentenceImposedDataV2;
export type NonCustodialMeasure = SentenceImposedData['nonCustodialMeasures'][number];
export type SentenceImposed = DomainEvent<'SentenceImposed', SentenceImposedData>;

export type AppealFiledData = AppealFiledDataV1;
export type AppealFiled = DomainEvent<'AppealFiled', AppealFiledData>;

export type AppealDecidedData = AppealDecidedDataV1;
export type AppealDecided = DomainEvent<'AppealDecided', AppealDecidedData>;

/** A pardon, an amnesty or a reduction of sentence was granted. */
export type ClemencyGrantedData = ClemencyGrantedDataV2;
export type ClemencyGranted = DomainEvent<'ClemencyGranted', ClemencyGrantedData>;

export type CaseClosedData = CaseClosedDataV1;
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

export type ChargeV1 = CaseOpenedDataV1['charges'][number];

export type { CaseOpenedDataV1 };

/** v1's `scheduledAt` was always stamped by the court service when it received the record. */
export type { HearingScheduledDataV1 };

export type { SentenceImposedDataV1 };

export type { ClemencyGrantedDataV1 };
