import type { LegalSource } from './rule-policy';

/**
 * The sources more than one policy entry rests on, with the words of the stored copies that
 * shared/domain/legal-bases-checked.md checked them against (the LICADHO report is
 * shared/domain/licadho-2015-children-of-imprisoned-mothers.txt). A quotation is copied, never
 * reconstructed; an instrument we hold no words of has an empty quote and says `not-verified`.
 */
const source = (citation: string, quote: string, verified: LegalSource['verified']): LegalSource => ({ citation, quote, verified });

const LICADHO_POLICE = 'LICADHO 2015, recommendations to arresting authorities';
const LICADHO_JUDGES = 'LICADHO 2015, recommendations to judicial authorities';
const LICADHO_PRISONS = 'LICADHO 2015, recommendations to prison authorities and MoSAVY';

export const LICADHO = {
  askBeforeCustody: source(
    LICADHO_POLICE,
    'Always check whether they have any dependent children and allow them to make arrangements for the safe care of their children before taking them into custody.',
    'verified',
  ),
  sirens: source(
    LICADHO_POLICE,
    'Consider whether it is absolutely necessary to use sirens, or to handcuff mothers in front of their children',
    'verified',
  ),
  contactWithoutDelay: source(
    LICADHO_POLICE,
    'Provide mothers with the opportunity to contact their children and the child’s designated caregiver without delay.',
    'verified',
  ),
  arrestRecord: source(
    LICADHO_POLICE,
    'Ensure that the arrest record includes available details of the suspect’s children, their ages, location, name and contact information for their caregiver, provided the mother agrees to provide such information.',
    'verified',
  ),
  explainToChildren: source(
    LICADHO_POLICE,
    'If children are present at arrest, allow their mother to explain what is happening and where she is being taken. … If children are not present, ensure they receive such explanation at a later time.',
    'verified',
  ),
  ministryGuidelines: source(
    'LICADHO 2015 on the Ministry of Justice guidelines',
    'investigating judges should always ask for all relevant information about the charged person before deciding whether or not to order pre-trial detention',
    'secondary',
  ),
  judgesKnowChildren: source(
    LICADHO_JUDGES,
    'Make sure they have all available and relevant information about the accused, including whether she is pregnant or has dependent children.',
    'verified',
  ),
  sixReasons: source(
    LICADHO_JUDGES,
    'the 2014 pre-trial detention forms are used correctly, clearly explaining which of the six reasons for pre-trial detention apply to the case',
    'verified',
  ),
  nonCustodialCandidates: source(
    LICADHO_JUDGES,
    'Identify pregnant women or women with dependent children, inside or outside prison, who are candidates for appropriate non-custodial sentences.',
    'verified',
  ),
  timeBeforeImprisonment: source(
    LICADHO_JUDGES,
    'If necessary allow the mother time to make alternative childcare arrangements between sentencing and beginning her imprisonment.',
    'verified',
  ),
  hearings: source(
    LICADHO_JUDGES,
    'Provide families with information about court hearings in order that children may have the opportunity to better understand what is happening to their mother',
    'verified',
  ),
  prisonRecords: source(
    LICADHO_PRISONS,
    'Maintain accurate records of the mother’s dependent children, their ages, locations, names and contact details of the primary caregivers',
    'verified',
  ),
  liftFees: source(LICADHO_PRISONS, 'Immediately lift all fees for children visiting their mothers in prison', 'verified'),
  telephone: source(LICADHO_PRISONS, 'Ensure that mothers can telephone their children and other family members on a regular basis.', 'verified'),
  keepInformed: source(
    LICADHO_PRISONS,
    'Make proper efforts to keep families informed of important information such as key legal dates, changes to place of detention and any medical concerns.',
    'verified',
  ),
  releaseInAdvance: source(
    'LICADHO 2015, pre-release preparation',
    'the most appropriate family members can be informed in advance of scheduled release dates',
    'verified',
  ),
  reviewCare: source(
    LICADHO_PRISONS,
    'Allow mothers to review any childcare arrangements put in place at the time of arrest and to provide input for any decisions made related to the child’s care',
    'verified',
  ),
  foreignNationals: source(
    LICADHO_PRISONS,
    'Put special measures in place to allow foreign nationals to contact their families and diplomatic representatives.',
    'verified',
  ),
  childAssessments: source(
    'LICADHO 2015, recommendations on children in prison',
    'Provide ongoing, individual assessments of the situation of the child',
    'verified',
  ),
  overThree: source(
    'LICADHO 2015, recommendations on children in prison',
    'Issue guidelines on how to proceed with and enhance outside referrals and placements of children who live in prison once they are over the age of three.',
    'verified',
  ),
  prosecutionAppeal: source(
    'LICADHO 2015, footnote 11',
    'if a prosecutor appeals against a sentence, the prisoner must remain in detention awaiting the appeal hearing even when their period of incarceration extends beyond the expiration of their original sentence',
    'verified',
  ),
} as const;

export const BANGKOK = {
  rule2_1: source('Bangkok Rule 2(1)', 'Newly arrived women prisoners shall be provided with facilities to contact their relatives', 'verified'),
  rule2_2: source(
    'Bangkok Rule 2(2)',
    'Prior to or on admission, women with caretaking responsibilities for children shall be permitted to make arrangements for those children, including the possibility of a reasonable suspension of detention',
    'verified',
  ),
  rule3_1: source(
    'Bangkok Rule 3(1)',
    'The number and personal details of the children of a woman being admitted to prison shall be recorded at the time of admission.',
    'verified',
  ),
  rule23: source(
    'Bangkok Rule 23 (UN Women/ICJ practitioners’ guide)',
    'Disciplinary sanctions must not include a prohibition of family contact, especially with children.',
    'secondary',
  ),
  rule26: source('Bangkok Rule 26', '', 'not-verified'),
  rule28: source('Bangkok Rule 28', '', 'not-verified'),
  rule45: source(
    'Bangkok Rule 45',
    'to ease their transition from prison to liberty, to reduce stigma and to re-establish their contact with their families at the earliest possible stage',
    'verified',
  ),
  rule49: source(
    'Bangkok Rule 49',
    'Decisions to allow children to stay with their mothers in prison shall be based on the best interests of the children.',
    'verified',
  ),
  rule52: source(
    'Bangkok Rule 52(1)',
    'Decisions as to when a child is to be separated from its mother shall be based on individual assessments and the best interests of the child',
    'verified',
  ),
  rule57: source(
    'Bangkok Rule 57',
    'Gender-specific options for diversionary measures and pretrial and sentencing alternatives shall be developed',
    'verified',
  ),
  rule58: source(
    'Bangkok Rule 58',
    'women offenders shall not be separated from their families and communities without due consideration being given to their backgrounds and family ties',
    'verified',
  ),
  rule60: source('Bangkok Rule 60', '', 'not-verified'),
  rule64: source(
    'Bangkok Rule 64',
    'Non-custodial sentences for pregnant women and women with dependent children shall be preferred where possible and appropriate, with custodial sentences being considered when the offence is serious or violent or the woman represents a continuing danger',
    'verified',
  ),
} as const;

export const TOKYO = {
  rule2_3: source(
    'Tokyo Rule 2.3',
    'to avoid unnecessary use of imprisonment, the criminal justice system should provide a wide range of non-custodial measures',
    'verified',
  ),
  rule6_1: source('Tokyo Rule 6.1 (training summary)', 'pre-trial detention shall be used as a means of last resort', 'secondary'),
  rule8: source('Tokyo Rule 8', '', 'not-verified'),
} as const;

export const MANDELA = {
  rule58: source('Nelson Mandela Rule 58 (visits and contact; summary only)', '', 'secondary'),
  rule68: source('Nelson Mandela Rule 68 (transfers and serious illness; summary only)', '', 'secondary'),
  rule69: source('Nelson Mandela Rule 69', '', 'not-verified'),
} as const;

export const CRC = {
  art3: source(
    'Convention on the Rights of the Child art. 3(1)',
    'In all actions concerning children … the best interests of the child shall be a primary consideration.',
    'verified',
  ),
  art9_4: source('Convention on the Rights of the Child art. 9(4)', 'upon request… whereabouts', 'verified'),
  /** Weighs a child's views by age and maturity; it sets no age (the check's summary). */
  art12: source('Convention on the Rights of the Child art. 12', '', 'secondary'),
  art20: source(
    'Convention on the Rights of the Child art. 20(1)',
    'A child temporarily or permanently deprived of his or her family environment … shall be entitled to special protection and assistance provided by the State.',
    'verified',
  ),
} as const;

export const VCCR_36 = source('Vienna Convention on Consular Relations art. 36(1)(b)', 'without delay', 'verified');

/** California Penal Code §851.5 (codes.findlaw.com). */
export const CA_851_5 = {
  threeHours: source('California Penal Code §851.5(a)', 'no later than three hours after arrest', 'verified'),
  twoMoreCalls: source('California Penal Code §851.5(c)', 'two additional telephone calls', 'verified'),
} as const;

/** California Penal Code §13517.7 (gamutonline.net): guidelines only; nothing on telling the children. */
export const CA_13517_7 = source('California Penal Code §13517.7', 'shall develop guidelines', 'verified');

/** Cal. Code Regs. tit. 15 §3170 (regulations.justia.com, casetext). */
export const CCR_15_3170 = {
  purpose: source('Cal. Code Regs. tit. 15, §3170(a)', 'maintaining family and community connections', 'verified'),
  contact: source(
    'Cal. Code Regs. tit. 15, §3170(d)',
    'Devices that do not allow physical contact between incarcerated persons and visitors shall not normally be used',
    'verified',
  ),
} as const;
