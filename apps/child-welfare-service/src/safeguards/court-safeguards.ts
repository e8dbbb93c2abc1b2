import { raiseAlertWhenChildDetailsMissingAfter } from './child-details-missing/raise-alert-when-child-details-missing-after';
import { raiseAlertWhenChildNotToldWithin } from './child-not-told/raise-alert-when-child-not-told-within';
import { raiseAlertWhenCustodialWithoutAlternatives } from './custodial-without-alternatives/raise-alert-when-custodial-without-alternatives';
import { raiseAlertWhenDetainedPastSentence } from './detained-past-sentence/raise-alert-when-detained-past-sentence';
import { raiseAlertWhenFamilyNotNotifiedOfHearing } from './hearing-not-notified/raise-alert-when-family-not-notified-of-hearing';
import { raiseAlertWhenNoTimeToArrangeCare } from './no-time-to-arrange-care/raise-alert-when-no-time-to-arrange-care';
import type { PersonSafeguard } from './person-safeguard';
import type { SafeguardPolicy } from './policy';
import { raiseAlertWhenDetainedForMinorOffence } from './pretrial-below-threshold/raise-alert-when-detained-for-minor-offence';
import { raiseAlertWhenPretrialDetentionOverdue } from './pretrial-overdue/raise-alert-when-pretrial-detention-overdue';
import { raiseAlertWhenDetainedWithoutGrounds } from './pretrial-grounds-missing/raise-alert-when-detained-without-grounds';
import { raiseAlertWhenDetainedWithoutFamilyInquiry } from './pretrial-without-family-inquiry/raise-alert-when-detained-without-family-inquiry';

/**
 * The safeguards that read a person's whole file rather than one arrest: the arrest follow-ups
 * (catalogue 5–6, per child) and the pre-trial and trial safeguards (catalogue 8–15).
 */
export function courtSafeguards(policy: SafeguardPolicy): PersonSafeguard[] {
  return [
    raiseAlertWhenChildDetailsMissingAfter(policy.rules['child-details-missing']),
    raiseAlertWhenChildNotToldWithin(policy.rules['child-not-told']),
    raiseAlertWhenDetainedWithoutFamilyInquiry(policy.rules['pretrial-without-family-inquiry']),
    raiseAlertWhenDetainedWithoutGrounds(policy.rules['pretrial-grounds-missing']),
    raiseAlertWhenDetainedForMinorOffence(policy.rules['pretrial-below-threshold']),
    raiseAlertWhenPretrialDetentionOverdue(policy.rules['pretrial-overdue']),
    raiseAlertWhenFamilyNotNotifiedOfHearing(policy.rules['hearing-not-notified']),
    raiseAlertWhenCustodialWithoutAlternatives(policy.rules['custodial-without-alternatives']),
    raiseAlertWhenNoTimeToArrangeCare(policy.rules['no-time-to-arrange-care']),
    raiseAlertWhenDetainedPastSentence(policy.rules['detained-past-sentence']),
  ];
}
