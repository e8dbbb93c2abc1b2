import { raiseAlertWhenCareChangedWithoutParent } from './care-changed-without-parent/raise-alert-when-care-changed-without-parent';
import { raiseAlertWhenChildInPrisonAssessmentOverdue } from './child-in-prison-assessment-overdue/raise-alert-when-child-in-prison-assessment-overdue';
import { raiseAlertWhenChildVisitFeeCharged } from './child-visit-fee-charged/raise-alert-when-child-visit-fee-charged';
import { raiseAlertWhenChildrenNotRecordedAtAdmission } from './children-not-recorded-at-admission/raise-alert-when-children-not-recorded-at-admission';
import { raiseAlertWhenContactBannedAsSanction } from './contact-banned-as-sanction/raise-alert-when-contact-banned-as-sanction';
import { raiseAlertWhenMedicalNotNotifiedWithin } from './medical-not-notified/raise-alert-when-medical-not-notified-within';
import { raiseAlertWhenNoConsularContactWithin } from './no-consular-contact/raise-alert-when-no-consular-contact-within';
import { raiseAlertWhenNoParentChildContactWithin } from './no-parent-child-contact/raise-alert-when-no-parent-child-contact-within';
import type { PersonSafeguard } from './person-safeguard';
import { raiseAlertWhenPoliceCustodyOverdue } from './police-custody-overdue/raise-alert-when-police-custody-overdue';
import type { SafeguardPolicy } from './policy';
import { raiseAlertWhenReleaseNotPrepared } from './release-not-prepared/raise-alert-when-release-not-prepared';
import { raiseAlertWhenTransferNotNotifiedWithin } from './transfer-not-notified/raise-alert-when-transfer-not-notified-within';

/** The prison safeguards and the others the catalogue lists (16–26), each reading the whole person file. */
export function prisonSafeguards(policy: SafeguardPolicy): PersonSafeguard[] {
  const rules = policy.rules;
  return [
    raiseAlertWhenChildrenNotRecordedAtAdmission(rules['children-not-recorded-at-admission']),
    raiseAlertWhenChildInPrisonAssessmentOverdue(rules['child-in-prison-assessment-overdue']),
    raiseAlertWhenChildVisitFeeCharged(rules['child-visit-fee-charged']),
    raiseAlertWhenNoParentChildContactWithin(rules['no-parent-child-contact']),
    raiseAlertWhenTransferNotNotifiedWithin(rules['transfer-not-notified']),
    raiseAlertWhenMedicalNotNotifiedWithin(rules['medical-not-notified']),
    raiseAlertWhenReleaseNotPrepared(rules['release-not-prepared']),
    raiseAlertWhenCareChangedWithoutParent(rules['care-changed-without-parent']),
    raiseAlertWhenNoConsularContactWithin(rules['no-consular-contact']),
    raiseAlertWhenPoliceCustodyOverdue(rules['police-custody-overdue']),
    raiseAlertWhenContactBannedAsSanction(rules['contact-banned-as-sanction']),
  ];
}
