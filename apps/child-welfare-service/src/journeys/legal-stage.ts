import type { JudicialReleaseOrder } from '@safeguard/contracts';
import type { Fact } from '../person-file/person-file';
import type { LegalStage, StageStep } from './family-journey';
import { sourceOf, typed } from './journey-facts';

/** What the next fact needs to know to place the parent: where she is now, whether she is held, her last sentence. */
export interface StageContext {
  readonly stage: LegalStage | null;
  /** Held by the police or a prison, whatever the stage says (a trial can run while she is detained). */
  readonly held: boolean;
  /** The last sentencing stage, so a dismissed appeal can return to it. */
  readonly sentence: LegalStage | null;
}

export const NO_STAGE: StageContext = { stage: null, held: false, sentence: null };

/** Stages before a court has the case: a case opened later (she is already detained or on trial) is no news to the child. */
const BEFORE_CHARGE: ReadonlySet<LegalStage | null> = new Set<LegalStage | null>([
  null,
  'arrested',
  'in-police-custody',
  'released-without-charge',
  'released-on-police-bail',
]);

/** Stages before a verdict: only here does a trial hearing mean "on trial" (an appeal hearing does not). */
const BEFORE_VERDICT: ReadonlySet<LegalStage | null> = new Set<LegalStage | null>([
  null,
  'arrested',
  'in-police-custody',
  'released-on-police-bail',
  'charged',
  'pre-trial-detention',
  'judicial-supervision',
  'released-pending-trial',
]);

/**
 * The stages one fact moves the parent through, in order (none when it changes nothing a child
 * would notice). A custodial sentence for someone already held is two steps: sentenced, then
 * imprisoned, because from that day the child's parent is serving a term, not awaiting one.
 */
export function stagesAfter(fact: Fact, context: StageContext): readonly LegalStage[] {
  const f = typed(fact);
  switch (f.type) {
    case 'ArrestMade':
      return ['arrested'];
    case 'TakenIntoPoliceCustody':
      return ['in-police-custody'];
    case 'ReleasedWithoutCharge':
      return ['released-without-charge'];
    case 'ReleasedOnPoliceBail':
      return ['released-on-police-bail'];
    case 'ReleasedOnJudicialOrder':
      return [judicialReleaseStage(f.data.orderKind)];
    case 'CaseOpened':
      return BEFORE_CHARGE.has(context.stage) ? ['charged'] : [];
    case 'PretrialDecisionMade':
      return [pretrialStage(f.data.outcome)];
    case 'PretrialDetentionExtended':
    case 'TransferredToPrison':
      return ['pre-trial-detention'];
    case 'PersonAdmitted':
      return [f.data.legalStatus === 'convicted' ? 'imprisoned' : 'pre-trial-detention'];
    case 'HearingScheduled':
      // The family's world changes when a trial date is set; the file has no "hearing held" fact.
      return (f.data.kind === 'trial' || f.data.kind === 'verdict') && BEFORE_VERDICT.has(context.stage) ? ['on-trial'] : [];
    case 'VerdictDelivered':
      // A conviction is followed by its sentence; only a full acquittal is a stage of its own.
      return f.data.findings.length > 0 && f.data.findings.every((x) => x.outcome === 'acquitted') ? ['acquitted'] : [];
    case 'SentenceImposed':
      return sentenceStages(f.data.custodialMonths, f.data.suspendedMonths, context.held);
    case 'AppealFiled':
      return ['appeal-pending'];
    case 'AppealDecided':
      if (f.data.outcome === 'conviction-overturned') return ['acquitted'];
      if (f.data.outcome === 'sentence-changed' && f.data.newCustodialMonths !== null)
        return sentenceStages(f.data.newCustodialMonths, 0, context.held);
      return context.held ? ['imprisoned'] : context.sentence ? [context.sentence] : [];
    case 'ClemencyGranted':
      return f.data.kind === 'sentence-reduction' ? [] : ['pardoned'];
    case 'PersonReleased':
      return ['released'];
    case 'DependantsScreeningRecorded':
    case 'CareArrangementMade':
    case 'FamilyContactGiven':
    case 'ChildGivenExplanation':
    case 'BroughtBeforeJudicialAuthority':
    case 'PoliceCustodyExtended':
    case 'CaseFileHandedToProsecutor':
    case 'ArrestRecordCorrected':
    case 'LegalRepresentationRecorded':
    case 'FamilyNotifiedOfHearing':
    case 'CaseClosed':
    case 'ChildrenRecordedAtAdmission':
    case 'ChildAdmittedWithParent':
    case 'ChildAssessed':
    case 'ChildLeftPrison':
    case 'PregnancyRecorded':
    case 'ChildBornInCustody':
    case 'VisitTookPlace':
    case 'PhoneCallMade':
    case 'PrisonerTransferred':
    case 'FamilyNotified':
    case 'MedicalEventRecorded':
    case 'ReleaseScheduled':
    case 'HomeLeaveGranted':
    case 'ReturnedFromHomeLeave':
    case 'ConsularContactRecorded':
    case 'DisciplinarySanctionImposed':
    case 'ConsularContactOffered':
    case 'ChildMedicalEventRecorded':
    case 'ParentToldOfChildMedicalEvent':
      return [];
    default: {
      const _exhaustive: never = f;
      return _exhaustive;
    }
  }
}

/** A judge's or prosecutor's order ending police custody, as the stage the child lives through. */
function judicialReleaseStage(order: JudicialReleaseOrder): LegalStage {
  switch (order) {
    case 'judicial-supervision':
      return 'judicial-supervision';
    case 'bail':
    case 'provisional-release':
      return 'released-pending-trial';
    case 'no-further-action':
      return 'released-without-charge';
    default: {
      const _exhaustive: never = order;
      return _exhaustive;
    }
  }
}

function pretrialStage(outcome: 'detention' | 'judicial-supervision' | 'release'): LegalStage {
  switch (outcome) {
    case 'detention':
      return 'pre-trial-detention';
    case 'judicial-supervision':
      return 'judicial-supervision';
    case 'release':
      return 'released-pending-trial';
    default: {
      const _exhaustive: never = outcome;
      return _exhaustive;
    }
  }
}

function sentenceStages(custodialMonths: number, suspendedMonths: number, held: boolean): LegalStage[] {
  if (custodialMonths <= 0) return ['sentenced-non-custodial'];
  if (suspendedMonths >= custodialMonths) return ['sentenced-suspended'];
  return held ? ['sentenced-custodial', 'imprisoned'] : ['sentenced-custodial'];
}

/** Whether she is held by the police or a prison after this fact. */
export function heldAfter(fact: Fact, held: boolean): boolean {
  const f = typed(fact);
  switch (f.type) {
    case 'TakenIntoPoliceCustody':
    case 'TransferredToPrison':
    case 'PersonAdmitted':
      return true;
    case 'PretrialDecisionMade':
      return f.data.outcome === 'detention';
    case 'ReleasedWithoutCharge':
    case 'ReleasedOnPoliceBail':
    case 'ReleasedOnJudicialOrder':
    case 'PersonReleased':
      return false;
    default:
      return held;
  }
}

const SENTENCES: ReadonlySet<LegalStage> = new Set<LegalStage>(['sentenced-custodial', 'sentenced-suspended', 'sentenced-non-custodial']);

/** The parent's stages over the whole file; a fact that repeats the current stage adds no step. */
export function legalStageHistory(facts: readonly Fact[]): StageStep[] {
  const steps: StageStep[] = [];
  let context = NO_STAGE;
  for (const fact of facts) {
    for (const stage of stagesAfter(fact, context)) {
      if (stage === context.stage) continue;
      steps.push({ stage, since: fact.occurredAt, source: sourceOf(fact) });
      context = { ...context, stage, sentence: SENTENCES.has(stage) ? stage : context.sentence };
    }
    context = { ...context, held: heldAfter(fact, context.held) };
  }
  return steps;
}
