// Generated from contracts/events/*.schema.json by `npm run contracts:types`. Do not edit:
// change the schema and regenerate (contracts.unit.spec.ts fails while this file is stale).
/** A monitor or child-welfare officer took an alert on: someone is following it up. The alert stays open until it is resolved. */
export type AlertAcknowledgedDataV1 = {
  readonly alertId: string;
  readonly ruleId: string;
  readonly personId: string;
  readonly acknowledgedAt: string;
  /** The user id of the credential that acknowledged it. The alerts topic carries "withheld" */
  readonly acknowledgedBy: string;
  /** What is being done about it. The alerts topic carries "withheld": the note stays in the child-welfare service */
  readonly note: string;
};

/** An open alert became more serious because the miss went on: a person still held days past her sentence. The alert stays open at the new severity. */
export type AlertEscalatedDataV1 = {
  readonly alertId: string;
  readonly ruleId: string;
  readonly personId: string;
  readonly escalatedAt: string;
  readonly fromSeverity: 'low' | 'medium' | 'high' | 'critical';
  readonly toSeverity: 'low' | 'medium' | 'high' | 'critical';
  readonly reason: string;
};
export const AlertEscalatedEnumsV1 = {
  fromSeverity: ['low', 'medium', 'high', 'critical'],
  toSeverity: ['low', 'medium', 'high', 'critical'],
} as const;

/** A safeguard for a child was missed. Carries references and the rule, never a child's name. */
export type AlertRaisedDataV1 = {
  readonly alertId: string;
  readonly ruleId: string;
  readonly severity: 'low' | 'medium' | 'high' | 'critical';
  readonly personId: string;
  readonly arrestId: string | null;
  readonly childIds: readonly string[];
  readonly responsibleAgency: 'police' | 'court' | 'prison' | 'oversight' | 'integrator';
  readonly responsibleUnitId: string | null;
  readonly province: string | null;
  readonly legalBasis: string;
  readonly summary: string;
  readonly dueAt: string;
  readonly raisedAt: string;
  readonly triggeringEventIds: readonly string[];
  readonly policyId: string;
};
export const AlertRaisedEnumsV1 = {
  severity: ['low', 'medium', 'high', 'critical'],
  responsibleAgency: ['police', 'court', 'prison', 'oversight', 'integrator'],
} as const;

/** An alert was resolved: the missing fact arrived late (lateByMinutes 0: the safeguard was met and its record reached the service after the alert, or later facts withdrew it), or a monitor or welfare officer resolved it with a reason (and is named in resolvedBy). A later AlertResolved on the same alert re-dates a fact resolution when an earlier-dated resolving fact arrived afterwards; the latest one is the resolution. */
export type AlertResolvedDataV1 = {
  readonly alertId: string;
  readonly ruleId: string;
  readonly personId: string;
  readonly resolvedAt: string;
  readonly resolution: 'fact-recorded-late' | 'resolved-by-monitor';
  /** How long after the deadline the missing fact arrived; null when a monitor resolved it. */
  readonly lateByMinutes: number | null;
  /** Why it was resolved. On resolved-by-monitor the alerts topic carries "withheld": what the monitor typed stays in the child-welfare service */
  readonly reason: string;
  readonly resolvingEventIds: readonly string[];
  /** The user id of the monitor or officer who resolved it; only on resolved-by-monitor (optional, added compatibly to v1). The alerts topic carries "withheld" */
  readonly resolvedBy?: string;
};
export const AlertResolvedEnumsV1 = {
  resolution: ['fact-recorded-late', 'resolved-by-monitor'],
} as const;

/** An alert raised on facts incomplete at the time is taken back: the person's whole file, once later records arrived, shows the safeguard was not missed. Not a miss: it leaves the board and every count of misses. Later facts showing the miss raise the same alert again (AlertRaised). */
export type AlertWithdrawnDataV1 = {
  readonly alertId: string;
  readonly ruleId: string;
  readonly personId: string;
  /** When the service judged the whole file and found no miss (its clock). */
  readonly withdrawnAt: string;
  readonly reason: string;
};

/** The appeal court dismissed the appeal, overturned the conviction or changed the sentence, with the new prison term when it changed. */
export type AppealDecidedDataV1 = {
  readonly caseId: string;
  readonly personId: string;
  readonly appealId: string;
  readonly decidedAt: string;
  readonly outcome: 'dismissed' | 'conviction-overturned' | 'sentence-changed';
  readonly newCustodialMonths: number | null;
};
export const AppealDecidedEnumsV1 = {
  outcome: ['dismissed', 'conviction-overturned', 'sentence-changed'],
} as const;

/** The prosecution or the defence appealed against the judgment, and whether the person stays detained while the appeal waits. */
export type AppealFiledDataV1 = {
  readonly caseId: string;
  readonly personId: string;
  readonly appealId: string;
  readonly filedAt: string;
  readonly filedBy: 'prosecution' | 'defence';
  /** She stays detained while the appeal waits: the report found people held past their sentence this way. */
  readonly detainedPendingAppeal: boolean;
};
export const AppealFiledEnumsV1 = {
  filedBy: ['prosecution', 'defence'],
} as const;

/** A person was arrested. Recorded by the police on the arrest's stream. */
export type ArrestMadeDataV1 = {
  readonly arrestId: string;
  readonly person: {
    readonly personId: string;
    readonly name: string;
    readonly sex: 'female' | 'male' | 'other';
    readonly dateOfBirth: string | null;
    readonly estimatedAgeYears: number | null;
    readonly nationality: string;
    readonly homeAddress: string | null;
    readonly homeProvince: string;
    readonly nationalId: string | null;
  };
  readonly arrestedAt: string;
  readonly place: string;
  readonly province: string;
  readonly arrestingUnit: {
    readonly type: 'police' | 'military-police' | 'other';
    readonly unitId: string;
  };
  readonly suspectedOffence: {
    readonly name: string;
    readonly offenceClass: 'felony' | 'misdemeanour' | 'petty-offence';
    readonly maximumPenaltyMonths: number;
    readonly violent: boolean;
    readonly drugRelated: boolean;
  };
  readonly circumstances: {
    readonly childrenPresent: number;
    readonly afterDark: boolean;
    readonly restraintsOrSirensInFrontOfChildren: boolean;
    readonly searchWithChildPresent: boolean;
  };
};
export const ArrestMadeEnumsV1 = {
  'person.sex': ['female', 'male', 'other'],
  'arrestingUnit.type': ['police', 'military-police', 'other'],
  'suspectedOffence.offenceClass': ['felony', 'misdemeanour', 'petty-offence'],
} as const;

/** A fact recorded in the arrest was wrong: this names the field, what it said, what it should have said and why, while the original stays in the history. */
export type ArrestRecordCorrectedDataV1 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly correctedAt: string;
  readonly field: 'person.name' | 'person.sex' | 'person.dateOfBirth' | 'person.estimatedAgeYears' | 'person.nationality' | 'person.homeAddress' | 'person.homeProvince' | 'person.nationalId' | 'place' | 'province' | 'suspectedOffence.name' | 'suspectedOffence.offenceClass' | 'suspectedOffence.maximumPenaltyMonths' | 'suspectedOffence.violent' | 'suspectedOffence.drugRelated';
  readonly previousValue: string | number | boolean | null;
  readonly correctedValue: string | number | boolean | null;
  readonly reason: string;
};
export const ArrestRecordCorrectedEnumsV1 = {
  field: ['person.name', 'person.sex', 'person.dateOfBirth', 'person.estimatedAgeYears', 'person.nationality', 'person.homeAddress', 'person.homeProvince', 'person.nationalId', 'place', 'province', 'suspectedOffence.name', 'suspectedOffence.offenceClass', 'suspectedOffence.maximumPenaltyMonths', 'suspectedOffence.violent', 'suspectedOffence.drugRelated'],
} as const;

/** A fact recorded in the arrest was wrong: this names the field, what it said, what it should have said and why, while the original stays in the history. v2: correctedAtSource says whether the police stated when they corrected the record or correctedAt is when the correction was received. */
export type ArrestRecordCorrectedDataV2 = {
  readonly arrestId: string;
  readonly personId: string;
  /** When the police corrected the record, as they state it (see `correctedAtSource`). */
  readonly correctedAt: string;
  readonly correctedAtSource: 'stated-by-agency' | 'time-of-receipt';
  readonly field: 'person.name' | 'person.sex' | 'person.dateOfBirth' | 'person.estimatedAgeYears' | 'person.nationality' | 'person.homeAddress' | 'person.homeProvince' | 'person.nationalId' | 'place' | 'province' | 'suspectedOffence.name' | 'suspectedOffence.offenceClass' | 'suspectedOffence.maximumPenaltyMonths' | 'suspectedOffence.violent' | 'suspectedOffence.drugRelated';
  readonly previousValue: string | number | boolean | null;
  readonly correctedValue: string | number | boolean | null;
  readonly reason: string;
};
export const ArrestRecordCorrectedEnumsV2 = {
  correctedAtSource: ['stated-by-agency', 'time-of-receipt'],
  field: ['person.name', 'person.sex', 'person.dateOfBirth', 'person.estimatedAgeYears', 'person.nationality', 'person.homeAddress', 'person.homeProvince', 'person.nationalId', 'place', 'province', 'suspectedOffence.name', 'suspectedOffence.offenceClass', 'suspectedOffence.maximumPenaltyMonths', 'suspectedOffence.violent', 'suspectedOffence.drugRelated'],
} as const;

/** The arrested person was brought before a prosecutor or a judge. */
export type BroughtBeforeJudicialAuthorityDataV1 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly broughtAt: string;
  readonly authority: 'prosecutor' | 'investigating-judge' | 'trial-judge';
  readonly authorityName: string | null;
};
export const BroughtBeforeJudicialAuthorityEnumsV1 = {
  authority: ['prosecutor', 'investigating-judge', 'trial-judge'],
} as const;

/** Someone was arranged to look after one of the arrested person's children while she is held, saying who, whether she chose them herself and whether it was done before she was taken into custody. */
export type CareArrangementMadeDataV1 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly childId: string;
  readonly arrangedAt: string;
  readonly caregiver: {
    readonly name: string | null;
    readonly relation: 'father' | 'mother' | 'grandparent' | 'other-relative' | 'neighbour' | 'ngo' | 'older-sibling' | 'nobody';
    readonly ageYears: number | null;
    readonly contact: string | null;
  };
  /** Made before she was taken into custody, as the report recommends. */
  readonly madeBeforeCustody: boolean;
  /** She chose the caregiver herself. */
  readonly chosenByParent: boolean;
};
export const CareArrangementMadeEnumsV1 = {
  'caregiver.relation': ['father', 'mother', 'grandparent', 'other-relative', 'neighbour', 'ngo', 'older-sibling', 'nobody'],
} as const;

/** The court closed the case, and why. */
export type CaseClosedDataV1 = {
  readonly caseId: string;
  readonly personId: string;
  readonly closedAt: string;
  readonly reason: string;
};

/** The police handed the arrest's case file to the prosecutor, with the court's case reference when the court has given one. */
export type CaseFileHandedToProsecutorDataV1 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly handedAt: string;
  /** The court's case reference, when the court has given one: how the court service finds this arrest. */
  readonly courtCaseReference: string | null;
};

/** The court opened a criminal case against a person from a police case file, with the arrests it rests on and the charges brought. */
export type CaseOpenedDataV1 = {
  readonly caseId: string;
  readonly caseReference: string;
  readonly arrestIds: readonly string[];
  readonly personId: string;
  readonly openedAt: string;
  readonly charges: readonly ({
    readonly chargeId: string;
    readonly offence: string;
    readonly offenceClass: 'felony' | 'misdemeanour' | 'petty-offence';
    readonly maximumPenaltyMonths: number;
    readonly violent: boolean;
  })[];
};
export const CaseOpenedEnumsV1 = {
  'charges[].offenceClass': ['felony', 'misdemeanour', 'petty-offence'],
} as const;

/** The court opened a criminal case against a person from a police case file, with the arrests it rests on and the charges brought. v2: each charge's minimum penalty in months (null when not stated), which caps a misdemeanour's pre-trial detention (CCP art. 209). */
export type CaseOpenedDataV2 = {
  readonly caseId: string;
  readonly caseReference: string;
  readonly arrestIds: readonly string[];
  readonly personId: string;
  readonly openedAt: string;
  readonly charges: readonly ({
    readonly chargeId: string;
    readonly offence: string;
    readonly offenceClass: 'felony' | 'misdemeanour' | 'petty-offence';
    readonly maximumPenaltyMonths: number;
    /** The least prison term the offence carries; null when the charge did not state it. CCP art. 209 caps a misdemeanour's pre-trial detention at half of it. */
    readonly minimumPenaltyMonths: number | null;
    readonly violent: boolean;
  })[];
};
export const CaseOpenedEnumsV2 = {
  'charges[].offenceClass': ['felony', 'misdemeanour', 'petty-offence'],
} as const;

/** A young child was admitted to live in prison with the detained parent, with the child's date of birth and the reason. */
export type ChildAdmittedWithParentDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly childId: string;
  readonly admittedAt: string;
  readonly dateOfBirth: string;
  readonly reason: string;
};

/** A child living in prison with the parent was individually assessed, with the outcome, when the next assessment is due and any referral or placement plan. */
export type ChildAssessedDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly childId: string;
  readonly assessedAt: string;
  readonly outcome: string;
  readonly nextAssessmentDue: string;
  readonly referralOrPlacementPlan: string | null;
};

/** A child was born to the detained woman while she was in custody. */
export type ChildBornInCustodyDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly childId: string;
  readonly bornAt: string;
  readonly sex: 'female' | 'male' | 'other';
};
export const ChildBornInCustodyEnumsV1 = {
  sex: ['female', 'male', 'other'],
} as const;

/** A child of the arrested person was told what is happening and where the parent is being taken. */
export type ChildGivenExplanationDataV1 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly childId: string;
  readonly explainedAt: string;
  readonly explainedBy: string;
};

/** A child's journey changed (stage, place, contact, key dates, or a merge). References and stages only: no names, no addresses. */
export type ChildJourneyChangedDataV1 = {
  readonly childKey: string;
  readonly personId: string;
  /** Every agency reference matched to this child. */
  readonly childIds: readonly string[];
  /** The parent's legal stage as the child lives it. */
  readonly stage: string | null;
  readonly stageSince: string | null;
  readonly locationType: string | null;
  readonly locationSince: string | null;
  readonly facilityId: string | null;
  readonly province: string | null;
  readonly recordedBy: readonly ('police' | 'court' | 'prison')[];
  readonly lastContactAt: string | null;
  readonly reviewFlags: number;
  readonly keyDates: readonly ({
    readonly kind: 'hearing' | 'transfer' | 'medical' | 'release';
    readonly at: string;
    readonly familyTold: boolean;
  })[];
  /** Set when this record turned out to be the same child as another: follow that key from now on. */
  readonly supersededBy: string | null;
  /** Event time of the latest fact the journey rests on. */
  readonly changedAt: string;
};
export const ChildJourneyChangedEnumsV1 = {
  'recordedBy[]': ['police', 'court', 'prison'],
  'keyDates[].kind': ['hearing', 'transfer', 'medical', 'release'],
} as const;

/** A child who lived in prison with the parent left it, saying to whom and why. */
export type ChildLeftPrisonDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly childId: string;
  readonly leftAt: string;
  readonly toWhom: string;
  readonly reason: string;
};

/** A child of the detained person, living outside prison, fell ill or was taken to hospital, as the prison learnt it: its kind, whether it is serious and where the child is treated when known. */
export type ChildMedicalEventRecordedDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly childId: string;
  /** Names this medical event, so the parent being told of it can refer to it. */
  readonly medicalEventId: string;
  readonly occurredAt: string;
  readonly kind: 'hospitalised' | 'serious-illness' | 'other';
  readonly serious: boolean;
  /** Where the child is being treated, when known. */
  readonly where: string | null;
};
export const ChildMedicalEventRecordedEnumsV1 = {
  kind: ['hospitalised', 'serious-illness', 'other'],
} as const;

/** At admission she was asked about her children and her answer was recorded, with their details only when she consented, never forcing her to answer. */
export type ChildrenRecordedAtAdmissionDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly recordedAt: string;
  readonly answer: 'has-children' | 'no-children' | 'declined-to-say';
  readonly numberOfChildren: number | null;
  readonly consentToRecordDetails: boolean;
  readonly children: readonly ({
    readonly childId: string;
    readonly name: string;
    readonly sex: 'female' | 'male' | 'other';
    readonly dateOfBirth: string | null;
    readonly ageYears: number | null;
    readonly livesWhere: string;
    readonly custodyStatus: 'with-other-parent' | 'with-relative' | 'state-care' | 'ngo' | 'alone' | 'unknown' | 'other';
  })[];
};
export const ChildrenRecordedAtAdmissionEnumsV1 = {
  answer: ['has-children', 'no-children', 'declined-to-say'],
  'children[].sex': ['female', 'male', 'other'],
  'children[].custodyStatus': ['with-other-parent', 'with-relative', 'state-care', 'ngo', 'alone', 'unknown', 'other'],
} as const;

/** At admission she was asked about her children and her answer was recorded, with their details only when she consented, never forcing her to answer. v2: a child's name and sex may be missing, with the reason in detailsWithheld; a birth year may stand for a date of birth; where the child lives may be unrecorded; custodyStatus gains with-other-adult and not-recorded. */
export type ChildrenRecordedAtAdmissionDataV2 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly recordedAt: string;
  readonly answer: 'has-children' | 'no-children' | 'declined-to-say';
  readonly numberOfChildren: number | null;
  readonly consentToRecordDetails: boolean;
  readonly children: readonly ({
    readonly childId: string;
    readonly name: string | null;
    readonly sex: 'female' | 'male' | 'other' | null;
    /** Why the name or sex is missing: non-null exactly when one of them is null. */
    readonly detailsWithheld: 'parent-declined' | 'not-asked' | 'not-known' | null;
    readonly dateOfBirth: string | null;
    /** When only the year of birth is known. */
    readonly birthYear: number | null;
    readonly ageYears: number | null;
    /** Where the child lives, in the prison's words; null when not recorded. */
    readonly livesWhere: string | null;
    readonly custodyStatus: 'with-other-parent' | 'with-relative' | 'with-other-adult' | 'state-care' | 'ngo' | 'alone' | 'not-recorded' | 'unknown' | 'other';
  })[];
};
export const ChildrenRecordedAtAdmissionEnumsV2 = {
  answer: ['has-children', 'no-children', 'declined-to-say'],
  'children[].sex': ['female', 'male', 'other'],
  'children[].detailsWithheld': ['parent-declined', 'not-asked', 'not-known'],
  'children[].custodyStatus': ['with-other-parent', 'with-relative', 'with-other-adult', 'state-care', 'ngo', 'alone', 'not-recorded', 'unknown', 'other'],
} as const;

/** The person was granted a pardon, an amnesty or a reduction of sentence, with the months taken off when the sentence was reduced. */
export type ClemencyGrantedDataV1 = {
  readonly caseId: string;
  readonly personId: string;
  readonly grantedAt: string;
  readonly kind: 'pardon' | 'amnesty' | 'sentence-reduction';
  readonly reductionMonths: number | null;
};
export const ClemencyGrantedEnumsV1 = {
  kind: ['pardon', 'amnesty', 'sentence-reduction'],
} as const;

/** The person was granted a pardon, an amnesty or a reduction of sentence, with the months taken off when the sentence was reduced. v2: effectiveAt, when it takes effect. */
export type ClemencyGrantedDataV2 = {
  readonly caseId: string;
  readonly personId: string;
  readonly grantedAt: string;
  /** When it takes effect, which may be after it was granted: her release date is counted from this, not from `grantedAt`. */
  readonly effectiveAt: string;
  readonly kind: 'pardon' | 'amnesty' | 'sentence-reduction';
  readonly reductionMonths: number | null;
};
export const ClemencyGrantedEnumsV2 = {
  kind: ['pardon', 'amnesty', 'sentence-reduction'],
} as const;

/** The police offered a foreign national under arrest contact with her consulate, made that contact for her, or she declined it. */
export type ConsularContactOfferedDataV1 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly offeredAt: string;
  readonly outcome: 'offered' | 'made' | 'declined';
  readonly consulate: string;
};
export const ConsularContactOfferedEnumsV1 = {
  outcome: ['offered', 'made', 'declined'],
} as const;

/** Contact with her consulate was offered to, made by or declined by a detained foreign national. */
export type ConsularContactRecordedDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly recordedAt: string;
  readonly kind: 'offered' | 'made' | 'declined';
  readonly consulate: string;
};
export const ConsularContactRecordedEnumsV1 = {
  kind: ['offered', 'made', 'declined'],
} as const;

/** The arrested person was asked whether she is pregnant or has dependent children under 18, and her answer. Without her consent no child details are kept, only the number of children. */
export type DependantsScreeningRecordedDataV1 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly askedAt: string;
  readonly askedBy: string;
  readonly answer: 'has-dependants' | 'no-dependants' | 'declined-to-say';
  readonly pregnancy: 'pregnant' | 'not-pregnant' | 'declined-to-say' | 'not-applicable';
  readonly numberOfChildren: number | null;
  readonly consentToRecordChildDetails: boolean;
  readonly children: readonly ({
    readonly childId: string;
    readonly name: string;
    readonly sex: 'female' | 'male' | 'other';
    readonly dateOfBirth: string | null;
    readonly ageYears: number | null;
    readonly whereabouts: 'at-home-with-caregiver' | 'with-relative' | 'with-neighbour' | 'with-ngo' | 'alone' | 'with-other-children-only' | 'with-parent-in-custody' | 'unknown';
    readonly caregiver: null | {
      readonly name: string | null;
      readonly relation: 'father' | 'mother' | 'grandparent' | 'other-relative' | 'neighbour' | 'ngo' | 'older-sibling' | 'nobody';
      readonly ageYears: number | null;
      readonly contact: string | null;
    };
  })[];
};
export const DependantsScreeningRecordedEnumsV1 = {
  answer: ['has-dependants', 'no-dependants', 'declined-to-say'],
  pregnancy: ['pregnant', 'not-pregnant', 'declined-to-say', 'not-applicable'],
  'children[].sex': ['female', 'male', 'other'],
  'children[].whereabouts': ['at-home-with-caregiver', 'with-relative', 'with-neighbour', 'with-ngo', 'alone', 'with-other-children-only', 'with-parent-in-custody', 'unknown'],
  'children[].caregiver.relation': ['father', 'mother', 'grandparent', 'other-relative', 'neighbour', 'ngo', 'older-sibling', 'nobody'],
} as const;

/** The arrested person was asked whether she is pregnant or has dependent children under 18, and her answer. Without her consent no child details are kept, only the number of children. v2: a child's name and sex may be missing, with the reason in detailsWithheld; a birth year may stand for a date of birth; whereabouts gains with-other-adult, at-school and not-recorded. */
export type DependantsScreeningRecordedDataV2 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly askedAt: string;
  readonly askedBy: string;
  readonly answer: 'has-dependants' | 'no-dependants' | 'declined-to-say';
  readonly pregnancy: 'pregnant' | 'not-pregnant' | 'declined-to-say' | 'not-applicable';
  readonly numberOfChildren: number | null;
  readonly consentToRecordChildDetails: boolean;
  readonly children: readonly ({
    readonly childId: string;
    readonly name: string | null;
    readonly sex: 'female' | 'male' | 'other' | null;
    /** Why the name or sex is missing: non-null exactly when one of them is null. */
    readonly detailsWithheld: 'parent-declined' | 'not-asked' | 'not-known' | null;
    readonly dateOfBirth: string | null;
    /** When only the year of birth is known ("born in 2019"). */
    readonly birthYear: number | null;
    readonly ageYears: number | null;
    readonly whereabouts: 'at-home-with-caregiver' | 'with-relative' | 'with-neighbour' | 'with-ngo' | 'alone' | 'with-other-children-only' | 'with-parent-in-custody' | 'with-other-adult' | 'at-school' | 'not-recorded' | 'unknown';
    readonly caregiver: null | {
      readonly name: string | null;
      readonly relation: 'father' | 'mother' | 'grandparent' | 'other-relative' | 'neighbour' | 'ngo' | 'older-sibling' | 'nobody';
      readonly ageYears: number | null;
      readonly contact: string | null;
    };
  })[];
};
export const DependantsScreeningRecordedEnumsV2 = {
  answer: ['has-dependants', 'no-dependants', 'declined-to-say'],
  pregnancy: ['pregnant', 'not-pregnant', 'declined-to-say', 'not-applicable'],
  'children[].sex': ['female', 'male', 'other'],
  'children[].detailsWithheld': ['parent-declined', 'not-asked', 'not-known'],
  'children[].whereabouts': ['at-home-with-caregiver', 'with-relative', 'with-neighbour', 'with-ngo', 'alone', 'with-other-children-only', 'with-parent-in-custody', 'with-other-adult', 'at-school', 'not-recorded', 'unknown'],
  'children[].caregiver.relation': ['father', 'mother', 'grandparent', 'other-relative', 'neighbour', 'ngo', 'older-sibling', 'nobody'],
} as const;

/** The prison imposed a disciplinary sanction on the detained person for a number of days, saying whether it restricts her contact with her family. */
export type DisciplinarySanctionImposedDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly imposedAt: string;
  readonly sanction: string;
  readonly days: number;
  readonly restrictsFamilyContact: boolean;
};

/** The arrested person was able to reach her children or the person looking after them, by phone, in person, by message or otherwise. */
export type FamilyContactGivenDataV1 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly contactedAt: string;
  readonly method: 'phone' | 'in-person' | 'message' | 'other';
  readonly contactedName: string | null;
  readonly contactedRelation: 'father' | 'mother' | 'grandparent' | 'other-relative' | 'neighbour' | 'ngo' | 'older-sibling' | 'nobody' | 'child';
  /** The children the contact was about; empty when not known. */
  readonly childIds: readonly string[];
};
export const FamilyContactGivenEnumsV1 = {
  method: ['phone', 'in-person', 'message', 'other'],
  contactedRelation: ['father', 'mother', 'grandparent', 'other-relative', 'neighbour', 'ngo', 'older-sibling', 'nobody', 'child'],
} as const;

/** The prison told the detained person's family of a transfer, a medical matter, a legal date or a release, saying whom it told, whether that is her children's caregiver and how. */
export type FamilyNotifiedDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly notifiedAt: string;
  readonly about: 'transfer' | 'medical' | 'legal-date' | 'release';
  readonly notifiedPerson: string;
  /** True when the person told is the children's caregiver (what release preparation needs). */
  readonly isCaregiver: boolean;
  readonly method: 'phone' | 'letter' | 'in-person' | 'message' | 'other';
};
export const FamilyNotifiedEnumsV1 = {
  about: ['transfer', 'medical', 'legal-date', 'release'],
  method: ['phone', 'letter', 'in-person', 'message', 'other'],
} as const;

/** The accused person's family was told of a hearing in the case, saying who was told and how. */
export type FamilyNotifiedOfHearingDataV1 = {
  readonly caseId: string;
  readonly personId: string;
  readonly hearingId: string;
  readonly notifiedAt: string;
  readonly notifiedPerson: string;
  readonly method: 'phone' | 'letter' | 'in-person' | 'message' | 'other';
};
export const FamilyNotifiedOfHearingEnumsV1 = {
  method: ['phone', 'letter', 'in-person', 'message', 'other'],
} as const;

/** The court set a date and place for an investigation, trial, verdict or appeal hearing in the case. */
export type HearingScheduledDataV1 = {
  readonly caseId: string;
  readonly personId: string;
  readonly hearingId: string;
  readonly kind: 'investigation' | 'trial' | 'verdict' | 'appeal';
  readonly scheduledAt: string;
  readonly hearingAt: string;
  readonly place: string;
};
export const HearingScheduledEnumsV1 = {
  kind: ['investigation', 'trial', 'verdict', 'appeal'],
} as const;

/** The court set a date and place for an investigation, trial, verdict or appeal hearing in the case. v2: scheduledAt is when the court set the hearing as the court states it, and scheduledAtSource says whether the court stated it or the time is when the record was received. */
export type HearingScheduledDataV2 = {
  readonly caseId: string;
  readonly personId: string;
  readonly hearingId: string;
  readonly kind: 'investigation' | 'trial' | 'verdict' | 'appeal';
  /** When the court set the hearing, as the court states it (see `scheduledAtSource`). */
  readonly scheduledAt: string;
  readonly scheduledAtSource: 'stated-by-agency' | 'time-of-receipt';
  readonly hearingAt: string;
  readonly place: string;
};
export const HearingScheduledEnumsV2 = {
  kind: ['investigation', 'trial', 'verdict', 'appeal'],
  scheduledAtSource: ['stated-by-agency', 'time-of-receipt'],
} as const;

/** The detained person was granted leave to go home for a period, from one time until another. */
export type HomeLeaveGrantedDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly grantedAt: string;
  readonly leaveFrom: string;
  readonly leaveUntil: string;
};

/** The court recorded whether the accused person has a lawyer and, if so, who the lawyer is and for which organisation they work. */
export type LegalRepresentationRecordedDataV1 = {
  readonly caseId: string;
  readonly personId: string;
  readonly recordedAt: string;
  readonly represented: boolean;
  readonly lawyerName: string | null;
  readonly organisation: string | null;
};

/** A medical event concerning the detained person, or a child living in prison with her, was recorded, saying its kind and whether it is serious. */
export type MedicalEventRecordedDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly occurredAt: string;
  /** Null when it concerns the parent; a child's id when it concerns a child living in prison. */
  readonly childId: string | null;
  readonly kind: 'hospitalised' | 'serious-illness' | 'other';
  readonly serious: boolean;
};
export const MedicalEventRecordedEnumsV1 = {
  kind: ['hospitalised', 'serious-illness', 'other'],
} as const;

/** The detained parent was told of her child's medical event, saying when and by whom. */
export type ParentToldOfChildMedicalEventDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly childId: string;
  readonly medicalEventId: string;
  readonly toldAt: string;
  /** Who told her: an officer, a social worker, a relative on a visit. */
  readonly toldBy: string;
};

/** A person was admitted to a prison, pre-trial or convicted, on a court order, with the court case it rests on when known. */
export type PersonAdmittedDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly facilityId: string;
  readonly admittedAt: string;
  readonly legalStatus: 'pre-trial' | 'convicted';
  /** The court case or order the admission rests on: how the child-welfare service joins court and prison. */
  readonly courtCaseReference: string | null;
  readonly orderReference: string;
  readonly nationality: string;
};
export const PersonAdmittedEnumsV1 = {
  legalStatus: ['pre-trial', 'convicted'],
} as const;

/** The detained person was released from prison, saying to whom or where. */
export type PersonReleasedDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly releasedAt: string;
  readonly releasedTo: string;
};

/** The detained person made a phone call, saying with whom, which of her children took part, how long it lasted and what it cost her. */
export type PhoneCallMadeDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly calledAt: string;
  readonly withWhom: string;
  readonly childIds: readonly string[];
  readonly durationMinutes: number;
  readonly cost: null | {
    readonly amount: number;
    readonly currency: string;
  };
};

/** Keeping the arrested person in police custody beyond 48 hours was authorised, by whom and until when. */
export type PoliceCustodyExtendedDataV1 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly authorisedAt: string;
  readonly authorisedBy: string;
  readonly until: string;
};

/** The prison recorded that the detained woman is pregnant, with the expected delivery date when known. */
export type PregnancyRecordedDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly recordedAt: string;
  readonly expectedDeliveryDate: string | null;
};

/** The investigating judge decided whether the accused person is detained, placed under judicial supervision or released before trial, on what grounds, and whether her pregnancy, children and alternatives to detention were considered. */
export type PretrialDecisionMadeDataV1 = {
  readonly caseId: string;
  readonly personId: string;
  readonly decidedAt: string;
  readonly judge: string;
  readonly outcome: 'detention' | 'judicial-supervision' | 'release';
  readonly grounds: readonly ('stop-or-prevent-offence' | 'prevent-pressure-or-collusion' | 'preserve-evidence' | 'guarantee-presence' | 'protect-person-safety' | 'preserve-public-order')[];
  readonly justification: string | null;
  readonly askedAboutPregnancyAndDependants: boolean;
  readonly careArrangementsNoted: string | null;
  readonly alternativesConsidered: boolean;
  readonly detentionMonths: number | null;
  readonly detentionOrderReference: string | null;
};
export const PretrialDecisionMadeEnumsV1 = {
  outcome: ['detention', 'judicial-supervision', 'release'],
  'grounds[]': ['stop-or-prevent-offence', 'prevent-pressure-or-collusion', 'preserve-evidence', 'guarantee-presence', 'protect-person-safety', 'preserve-public-order'],
} as const;

/** The investigating judge extended the accused person's pre-trial detention by a number of months, until a given date. */
export type PretrialDetentionExtendedDataV1 = {
  readonly caseId: string;
  readonly personId: string;
  readonly extendedAt: string;
  readonly judge: string;
  readonly additionalMonths: number;
  readonly until: string;
};

/** The detained person was moved from one prison facility to another, with the reason. */
export type PrisonerTransferredDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly transferredAt: string;
  readonly fromFacilityId: string;
  readonly toFacilityId: string;
  readonly reason: string;
};

/** The prison scheduled the detained person's release, saying when and on what grounds. */
export type ReleaseScheduledDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly scheduledAt: string;
  readonly releaseOn: string;
  readonly reason: 'sentence-served' | 'pardon' | 'amnesty' | 'bail' | 'acquittal' | 'judicial-supervision';
};
export const ReleaseScheduledEnumsV1 = {
  reason: ['sentence-served', 'pardon', 'amnesty', 'bail', 'acquittal', 'judicial-supervision'],
} as const;

/** The prison scheduled the detained person's release, saying when and on what grounds. v2: scheduledAtSource says whether the prison stated when it set the release or scheduledAt is when the record was received. */
export type ReleaseScheduledDataV2 = {
  readonly custodyId: string;
  readonly personId: string;
  /** When the prison set the release, as it states it (see `scheduledAtSource`). */
  readonly scheduledAt: string;
  readonly scheduledAtSource: 'stated-by-agency' | 'time-of-receipt';
  readonly releaseOn: string;
  readonly reason: 'sentence-served' | 'pardon' | 'amnesty' | 'bail' | 'acquittal' | 'judicial-supervision';
};
export const ReleaseScheduledEnumsV2 = {
  scheduledAtSource: ['stated-by-agency', 'time-of-receipt'],
  reason: ['sentence-served', 'pardon', 'amnesty', 'bail', 'acquittal', 'judicial-supervision'],
} as const;

/** Police custody ended because a judge or prosecutor ordered her release: under judicial supervision, on bail, provisionally, or with no further action, with who ordered it and the order's reference when known. */
export type ReleasedOnJudicialOrderDataV1 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly releasedAt: string;
  readonly orderKind: 'judicial-supervision' | 'bail' | 'provisional-release' | 'no-further-action';
  /** The judge or prosecutor who ordered it, as the order names them. */
  readonly orderedBy: string;
  readonly orderReference: string | null;
};
export const ReleasedOnJudicialOrderEnumsV1 = {
  orderKind: ['judicial-supervision', 'bail', 'provisional-release', 'no-further-action'],
} as const;

/** The arrested person was let go on police bail, with the conditions she must keep. */
export type ReleasedOnPoliceBailDataV1 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly releasedAt: string;
  readonly conditions: string;
};

/** The arrested person was let go without being charged, and why. */
export type ReleasedWithoutChargeDataV1 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly releasedAt: string;
  readonly reason: string;
};

/** The detained person came back to prison from home leave. */
export type ReturnedFromHomeLeaveDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly returnedAt: string;
};

/** The court sentenced the convicted person, saying the prison term and the part of it suspended, any non-custodial measures, whether her children's welfare and alternatives to prison were considered, and whether the start was deferred so she could arrange childcare. */
export type SentenceImposedDataV1 = {
  readonly caseId: string;
  readonly personId: string;
  readonly imposedAt: string;
  readonly custodialMonths: number;
  readonly suspendedMonths: number;
  readonly nonCustodialMeasures: readonly ('community-service' | 'judicial-supervision' | 'fine' | 'other')[];
  readonly childrenWelfareConsidered: boolean;
  readonly nonCustodialAlternativesConsidered: boolean;
  readonly startDeferredUntil: string | null;
};
export const SentenceImposedEnumsV1 = {
  'nonCustodialMeasures[]': ['community-service', 'judicial-supervision', 'fine', 'other'],
} as const;

/** The court sentenced the convicted person, saying the prison term and the part of it suspended, any non-custodial measures, whether her children's welfare and alternatives to prison were considered, and whether the start was deferred so she could arrange childcare. v2: when the custodial part counts from (null: from her present custody) and the days already held credited against it (null: not stated). */
export type SentenceImposedDataV2 = {
  readonly caseId: string;
  readonly personId: string;
  readonly imposedAt: string;
  readonly custodialMonths: number;
  /** The part of the custodial term suspended; never longer than the term. */
  readonly suspendedMonths: number;
  readonly nonCustodialMeasures: readonly ('community-service' | 'judicial-supervision' | 'fine' | 'other')[];
  readonly childrenWelfareConsidered: boolean;
  readonly nonCustodialAlternativesConsidered: boolean;
  /** A deferred start lets her arrange childcare (Bangkok Rule 2(2)). */
  readonly startDeferredUntil: string | null;
  /** When the custodial part counts from, as the judgment says; null means from her present custody. */
  readonly custodyStartsAt: string | null;
  /** Days she was already held that the judgment credits against the term; null when it does not say. */
  readonly creditedDays: number | null;
};
export const SentenceImposedEnumsV2 = {
  'nonCustodialMeasures[]': ['community-service', 'judicial-supervision', 'fine', 'other'],
} as const;

/** The arrested person was placed in police custody at the named facility. */
export type TakenIntoPoliceCustodyDataV1 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly custodyAt: string;
  readonly facility: string;
};

/** The arrested person was moved from police custody to a prison under a pre-trial detention order. */
export type TransferredToPrisonDataV1 = {
  readonly arrestId: string;
  readonly personId: string;
  readonly transferredAt: string;
  readonly prisonFacility: string;
  /** The pre-trial detention order the transfer rests on. */
  readonly detentionOrderReference: string;
};

/** The trial court delivered its verdict, finding the accused person convicted or acquitted on each charge. */
export type VerdictDeliveredDataV1 = {
  readonly caseId: string;
  readonly personId: string;
  readonly deliveredAt: string;
  readonly findings: readonly ({
    readonly chargeId: string;
    readonly outcome: 'convicted' | 'acquitted';
  })[];
};
export const VerdictDeliveredEnumsV1 = {
  'findings[].outcome': ['convicted', 'acquitted'],
} as const;

/** The detained person had a visit, saying how long it lasted, which child came and with whom, the setting, any fee asked and whether she could wear her own clothes. */
export type VisitTookPlaceDataV1 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly visitId: string;
  readonly visitedAt: string;
  readonly durationMinutes: number;
  readonly childId: string | null;
  readonly visitorName: string | null;
  readonly accompanyingAdult: string | null;
  readonly setting: 'behind-bars-or-screen' | 'communal-area' | 'contact-visit' | 'private';
  readonly fee: null | {
    readonly amount: number;
    readonly currency: string;
  };
  readonly ownClothesAllowed: boolean;
};
export const VisitTookPlaceEnumsV1 = {
  setting: ['behind-bars-or-screen', 'communal-area', 'contact-visit', 'private'],
} as const;

/** The detained person had a visit, saying how long it lasted, which children came and with whom, the setting, any fee asked and whether she could wear her own clothes. v2: childIds (every child who came, empty for an adult-only visit) replaces childId. */
export type VisitTookPlaceDataV2 = {
  readonly custodyId: string;
  readonly personId: string;
  readonly visitId: string;
  readonly visitedAt: string;
  readonly durationMinutes: number;
  /** The children who came; empty for an adult-only visit. A visit by several children counts for each (rule 19). */
  readonly childIds: readonly string[];
  readonly visitorName: string | null;
  readonly accompanyingAdult: string | null;
  readonly setting: 'behind-bars-or-screen' | 'communal-area' | 'contact-visit' | 'private';
  /** Any fee or payment asked for the visit: the report found families paying to see their mothers. */
  readonly fee: null | {
    readonly amount: number;
    /** ISO 4217, e.g. KHR or USD. */
    readonly currency: string;
  };
  readonly ownClothesAllowed: boolean;
};
export const VisitTookPlaceEnumsV2 = {
  setting: ['behind-bars-or-screen', 'communal-area', 'contact-visit', 'private'],
} as const;
