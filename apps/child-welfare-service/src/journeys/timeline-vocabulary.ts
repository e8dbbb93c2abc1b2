import type {
  CaregiverRelation,
  ChildCustodyStatus,
  ChildWhereabouts,
  ConsularContactOutcome,
  CorrectableArrestField,
  HearingKind,
  JudicialAuthority,
  JudicialReleaseOrder,
  LegalStatus,
  NotificationSubject,
  ReleaseReason,
  VisitSetting,
} from '@safeguard/contracts';
import type { LocationType } from './family-journey';

/**
 * The agencies' codes in the words a timeline line says them in: one table per code list, each a
 * `Record` over the contract's union so a code added to a contract fails to compile until it has
 * its words here.
 */
export const RELATION: Record<CaregiverRelation | 'child', string> = {
  father: "the child's father",
  mother: "the child's mother",
  grandparent: 'a grandparent',
  'other-relative': 'a relative',
  neighbour: 'a neighbour',
  ngo: 'an NGO',
  'older-sibling': 'an older brother or sister',
  nobody: 'nobody',
  child: 'the child',
};

export const WHEREABOUTS: Record<ChildWhereabouts, string> = {
  'at-home-with-caregiver': 'at home with a caregiver',
  'with-relative': 'with a relative',
  'with-neighbour': 'with a neighbour',
  'with-ngo': 'with an NGO',
  alone: 'alone',
  'with-other-children-only': 'only with other children',
  'with-parent-in-custody': 'with the parent in police custody',
  'with-other-adult': 'with another adult',
  'at-school': 'at school',
  'not-recorded': 'where the child was is not recorded',
  unknown: 'nobody knows where',
};

export const CARE_STATUS: Record<ChildCustodyStatus, string> = {
  'with-other-parent': 'with the other parent',
  'with-relative': 'with a relative',
  'with-other-adult': 'with another adult',
  'state-care': 'in state care',
  ngo: 'with an NGO',
  alone: 'alone',
  'not-recorded': 'with whom is not recorded',
  unknown: 'nobody knows with whom',
  other: 'other care',
};

/** How a family was reached: "by phone", "in person". */
export const METHOD: Record<'phone' | 'in-person' | 'message' | 'letter' | 'other', string> = {
  phone: 'by phone',
  'in-person': 'in person',
  message: 'by message',
  letter: 'by letter',
  other: 'by other means',
};

export const AUTHORITY: Record<JudicialAuthority, string> = {
  prosecutor: 'the prosecutor',
  'investigating-judge': 'the investigating judge',
  'trial-judge': 'the trial judge',
};

export const ORDER: Record<JudicialReleaseOrder, string> = {
  'judicial-supervision': 'under judicial supervision',
  bail: 'on bail',
  'provisional-release': 'provisionally',
  'no-further-action': 'with no further action',
};

export const CONSULAR: Record<ConsularContactOutcome, string> = {
  offered: 'offered',
  made: 'made',
  declined: 'declined',
};

export const FIELD: Record<CorrectableArrestField, string> = {
  'person.name': 'name',
  'person.sex': 'sex',
  'person.dateOfBirth': 'date of birth',
  'person.estimatedAgeYears': 'estimated age',
  'person.nationality': 'nationality',
  'person.homeAddress': 'home address',
  'person.homeProvince': 'home province',
  'person.nationalId': 'national ID',
  place: 'place of arrest',
  province: 'province of arrest',
  'suspectedOffence.name': 'suspected offence',
  'suspectedOffence.offenceClass': 'class of offence',
  'suspectedOffence.maximumPenaltyMonths': 'maximum penalty',
  'suspectedOffence.violent': 'whether the offence was violent',
  'suspectedOffence.drugRelated': 'whether the offence was drug-related',
};

export const HEARING: Record<HearingKind, string> = {
  investigation: 'investigation hearing',
  trial: 'trial hearing',
  verdict: 'verdict hearing',
  appeal: 'appeal hearing',
};

export const APPEAL_OUTCOME: Record<'dismissed' | 'conviction-overturned' | 'sentence-changed', string> = {
  dismissed: 'dismissed',
  'conviction-overturned': 'the conviction overturned',
  'sentence-changed': 'the sentence changed',
};

export const LEGAL_STATUS: Record<LegalStatus, string> = {
  'pre-trial': 'awaiting trial',
  convicted: 'convicted',
};

export const VISIT: Record<VisitSetting, string> = {
  'behind-bars-or-screen': 'behind bars or a screen',
  'communal-area': 'in a communal area',
  'contact-visit': 'with physical contact',
  private: 'in private',
};

export const ABOUT: Record<NotificationSubject, string> = {
  transfer: 'a transfer',
  medical: 'a medical matter',
  'legal-date': 'a court date',
  release: 'the release',
};

export const RELEASE_REASON: Record<ReleaseReason, string> = {
  'sentence-served': 'sentence served',
  pardon: 'pardon',
  amnesty: 'amnesty',
  bail: 'on bail',
  acquittal: 'acquitted',
  'judicial-supervision': 'under judicial supervision',
};

/** The police's and the prison's answer to "do you have children?", as one of three. */
export const AGENCY_ANSWER: Record<
  'has-dependants' | 'no-dependants' | 'has-children' | 'no-children' | 'declined-to-say',
  'has' | 'none' | 'declined'
> = {
  'has-dependants': 'has',
  'has-children': 'has',
  'no-dependants': 'none',
  'no-children': 'none',
  'declined-to-say': 'declined',
};

/** Where a journey places a child, as a review message says it. */
export const LOCATION: Record<LocationType, string> = {
  'at-home-with-other-parent': 'at home with the other parent',
  'with-relative': 'with a relative',
  'with-neighbour': 'with a neighbour',
  'with-ngo': 'with an NGO',
  'with-other-adult': 'with another adult',
  'at-school': 'at school',
  'state-care': 'in state care',
  alone: 'alone',
  'with-other-children-only': 'only with other children',
  'in-prison-with-parent': 'in prison with the parent',
  'with-parent-in-police-custody': 'with the parent at the police station',
  'with-parent': 'with the parent, released',
  other: 'somewhere else',
  unknown: 'where nobody knows',
  'not-recorded': 'where no record says',
};

/** A caregiver's relation as recorded (a contract code, or older free text), in words. */
export const relationWords = (relation: string): string => (relation in RELATION ? RELATION[relation as keyof typeof RELATION] : relation);
