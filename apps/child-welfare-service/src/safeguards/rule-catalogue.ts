import type { Agency } from '@safeguard/contracts';
import { flagArrestConductForReview } from './arrest-conduct-review/flag-arrest-conduct-for-review';
import { raiseAlertWhenCareChangedWithoutParent } from './care-changed-without-parent/raise-alert-when-care-changed-without-parent';
import { raiseAlertWhenChildDetailsMissingAfter } from './child-details-missing/raise-alert-when-child-details-missing-after';
import { raiseAlertWhenChildInPrisonAssessmentOverdue } from './child-in-prison-assessment-overdue/raise-alert-when-child-in-prison-assessment-overdue';
import { raiseAlertWhenChildNotToldWithin } from './child-not-told/raise-alert-when-child-not-told-within';
import { raiseAlertWhenChildVisitFeeCharged } from './child-visit-fee-charged/raise-alert-when-child-visit-fee-charged';
import { raiseAlertWhenChildWithoutSafeCare } from './child-without-safe-care/raise-alert-when-child-without-safe-care';
import { raiseAlertWhenChildrenNotRecordedAtAdmission } from './children-not-recorded-at-admission/raise-alert-when-children-not-recorded-at-admission';
import { raiseAlertWhenContactBannedAsSanction } from './contact-banned-as-sanction/raise-alert-when-contact-banned-as-sanction';
import { raiseAlertWhenCustodialWithoutAlternatives } from './custodial-without-alternatives/raise-alert-when-custodial-without-alternatives';
import { raiseAlertWhenCustodyBeforeCareArranged } from './custody-before-care-arranged/raise-alert-when-custody-before-care-arranged';
import { raiseAlertWhenDependantsNotAskedWithin } from './dependants-not-asked-at-arrest/raise-alert-when-dependants-not-asked-within';
import { raiseAlertWhenDetainedPastSentence } from './detained-past-sentence/raise-alert-when-detained-past-sentence';
import { raiseAlertWhenFamilyNotNotifiedOfHearing } from './hearing-not-notified/raise-alert-when-family-not-notified-of-hearing';
import { raiseAlertWhenMedicalNotNotifiedWithin } from './medical-not-notified/raise-alert-when-medical-not-notified-within';
import { raiseAlertWhenNoConsularContactWithin } from './no-consular-contact/raise-alert-when-no-consular-contact-within';
import { raiseAlertWhenNoFamilyContactWithin } from './no-family-contact/raise-alert-when-no-family-contact-within';
import { raiseAlertWhenNoParentChildContactWithin } from './no-parent-child-contact/raise-alert-when-no-parent-child-contact-within';
import { raiseAlertWhenNoTimeToArrangeCare } from './no-time-to-arrange-care/raise-alert-when-no-time-to-arrange-care';
import type { SafeguardPolicy } from './policy';
import { raiseAlertWhenPoliceCustodyOverdue } from './police-custody-overdue/raise-alert-when-police-custody-overdue';
import { raiseAlertWhenDetainedForMinorOffence } from './pretrial-below-threshold/raise-alert-when-detained-for-minor-offence';
import { raiseAlertWhenPretrialDetentionOverdue } from './pretrial-overdue/raise-alert-when-pretrial-detention-overdue';
import { raiseAlertWhenDetainedWithoutGrounds } from './pretrial-grounds-missing/raise-alert-when-detained-without-grounds';
import { raiseAlertWhenDetainedWithoutFamilyInquiry } from './pretrial-without-family-inquiry/raise-alert-when-detained-without-family-inquiry';
import { raiseAlertWhenReleaseNotPrepared } from './release-not-prepared/raise-alert-when-release-not-prepared';
import { raiseAlertWhenTransferNotNotifiedWithin } from './transfer-not-notified/raise-alert-when-transfer-not-notified-within';
import type { Rule } from './rule';
import type { RuleWords } from './rule-words';

export type RuleId = keyof SafeguardPolicy['rules'];

/** Where in her path a safeguard is owed: at the arrest and in police custody, before the court, in prison. */
export type Stage = 'arrest' | 'court' | 'prison';

export interface CatalogueEntry {
  /** The rule's number in the safeguard catalogue (../shared/domain/safeguard-catalogue.md). */
  readonly number: number;
  readonly ruleId: RuleId;
  readonly stage: Stage;
  /** Who the catalogue says must act; an alert may name the unit more precisely (the agency that recorded the miss). */
  readonly responsible: Agency;
  readonly make: (policy: SafeguardPolicy, words: RuleWords) => Rule;
}

/**
 * The 26 safeguards, in the catalogue's order, each with its policy entry (same id), its stage and
 * who must act. Everything that runs the rules — the inbox, the deadline sweeper, the rebuild, the
 * README's table — reads this list.
 */
export const RULE_CATALOGUE: readonly CatalogueEntry[] = [
  {
    number: 1,
    ruleId: 'dependants-not-asked-at-arrest',
    stage: 'arrest',
    responsible: 'police',
    make: (p, w) => raiseAlertWhenDependantsNotAskedWithin(p.rules['dependants-not-asked-at-arrest'], w),
  },
  {
    number: 2,
    ruleId: 'child-without-safe-care',
    stage: 'arrest',
    responsible: 'police',
    make: (p, w) => raiseAlertWhenChildWithoutSafeCare(p.rules['child-without-safe-care'], w),
  },
  {
    number: 3,
    ruleId: 'custody-before-care-arranged',
    stage: 'arrest',
    responsible: 'police',
    make: (p, w) => raiseAlertWhenCustodyBeforeCareArranged(p.rules['custody-before-care-arranged'], w),
  },
  {
    number: 4,
    ruleId: 'no-family-contact',
    stage: 'arrest',
    responsible: 'police',
    make: (p, w) => raiseAlertWhenNoFamilyContactWithin(p.rules['no-family-contact'], w),
  },
  {
    number: 5,
    ruleId: 'child-details-missing',
    stage: 'arrest',
    responsible: 'police',
    make: (p, w) => raiseAlertWhenChildDetailsMissingAfter(p.rules['child-details-missing'], w),
  },
  {
    number: 6,
    ruleId: 'child-not-told',
    stage: 'arrest',
    responsible: 'police',
    make: (p, w) => raiseAlertWhenChildNotToldWithin(p.rules['child-not-told'], w),
  },
  {
    number: 7,
    ruleId: 'arrest-conduct-review',
    stage: 'arrest',
    responsible: 'police',
    make: (p, w) => flagArrestConductForReview(p.rules['arrest-conduct-review'], w),
  },
  {
    number: 8,
    ruleId: 'pretrial-without-family-inquiry',
    stage: 'court',
    responsible: 'court',
    make: (p, w) => raiseAlertWhenDetainedWithoutFamilyInquiry(p.rules['pretrial-without-family-inquiry'], w),
  },
  {
    number: 9,
    ruleId: 'pretrial-grounds-missing',
    stage: 'court',
    responsible: 'court',
    make: (p, w) => raiseAlertWhenDetainedWithoutGrounds(p.rules['pretrial-grounds-missing'], w),
  },
  {
    number: 10,
    ruleId: 'pretrial-below-threshold',
    stage: 'court',
    responsible: 'court',
    make: (p, w) => raiseAlertWhenDetainedForMinorOffence(p.rules['pretrial-below-threshold'], w),
  },
  {
    number: 11,
    ruleId: 'pretrial-overdue',
    stage: 'court',
    responsible: 'court',
    make: (p, w) => raiseAlertWhenPretrialDetentionOverdue(p.rules['pretrial-overdue'], w),
  },
  {
    number: 12,
    ruleId: 'hearing-not-notified',
    stage: 'court',
    responsible: 'court',
    make: (p, w) => raiseAlertWhenFamilyNotNotifiedOfHearing(p.rules['hearing-not-notified'], w),
  },
  {
    number: 13,
    ruleId: 'custodial-without-alternatives',
    stage: 'court',
    responsible: 'court',
    make: (p, w) => raiseAlertWhenCustodialWithoutAlternatives(p.rules['custodial-without-alternatives'], w),
  },
  {
    number: 14,
    ruleId: 'no-time-to-arrange-care',
    stage: 'court',
    responsible: 'court',
    make: (p, w) => raiseAlertWhenNoTimeToArrangeCare(p.rules['no-time-to-arrange-care'], w),
  },
  {
    number: 15,
    ruleId: 'detained-past-sentence',
    stage: 'prison',
    responsible: 'prison',
    make: (p, w) => raiseAlertWhenDetainedPastSentence(p.rules['detained-past-sentence'], w),
  },
  {
    number: 16,
    ruleId: 'children-not-recorded-at-admission',
    stage: 'prison',
    responsible: 'prison',
    make: (p, w) => raiseAlertWhenChildrenNotRecordedAtAdmission(p.rules['children-not-recorded-at-admission'], w),
  },
  {
    number: 17,
    ruleId: 'child-in-prison-assessment-overdue',
    stage: 'prison',
    responsible: 'prison',
    make: (p, w) => raiseAlertWhenChildInPrisonAssessmentOverdue(p.rules['child-in-prison-assessment-overdue'], w),
  },
  {
    number: 18,
    ruleId: 'child-visit-fee-charged',
    stage: 'prison',
    responsible: 'prison',
    make: (p, w) => raiseAlertWhenChildVisitFeeCharged(p.rules['child-visit-fee-charged'], w),
  },
  {
    number: 19,
    ruleId: 'no-parent-child-contact',
    stage: 'prison',
    responsible: 'prison',
    make: (p, w) => raiseAlertWhenNoParentChildContactWithin(p.rules['no-parent-child-contact'], w),
  },
  {
    number: 20,
    ruleId: 'transfer-not-notified',
    stage: 'prison',
    responsible: 'prison',
    make: (p, w) => raiseAlertWhenTransferNotNotifiedWithin(p.rules['transfer-not-notified'], w),
  },
  {
    number: 21,
    ruleId: 'medical-not-notified',
    stage: 'prison',
    responsible: 'prison',
    make: (p, w) => raiseAlertWhenMedicalNotNotifiedWithin(p.rules['medical-not-notified'], w),
  },
  {
    number: 22,
    ruleId: 'release-not-prepared',
    stage: 'prison',
    responsible: 'prison',
    make: (p, w) => raiseAlertWhenReleaseNotPrepared(p.rules['release-not-prepared'], w),
  },
  {
    number: 23,
    ruleId: 'care-changed-without-parent',
    stage: 'prison',
    responsible: 'prison',
    make: (p, w) => raiseAlertWhenCareChangedWithoutParent(p.rules['care-changed-without-parent'], w),
  },
  {
    number: 24,
    ruleId: 'no-consular-contact',
    stage: 'arrest',
    responsible: 'police',
    make: (p, w) => raiseAlertWhenNoConsularContactWithin(p.rules['no-consular-contact'], w),
  },
  {
    number: 25,
    ruleId: 'police-custody-overdue',
    stage: 'arrest',
    responsible: 'police',
    make: (p, w) => raiseAlertWhenPoliceCustodyOverdue(p.rules['police-custody-overdue'], w, p.timeZone),
  },
  {
    number: 26,
    ruleId: 'contact-banned-as-sanction',
    stage: 'prison',
    responsible: 'prison',
    make: (p, w) => raiseAlertWhenContactBannedAsSanction(p.rules['contact-banned-as-sanction'], w),
  },
];
