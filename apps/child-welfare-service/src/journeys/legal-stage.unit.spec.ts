import {
  anArrestMade,
  releasedOnPoliceBail,
  releasedWithoutCharge,
  takenIntoPoliceCustody,
  transferredToPrison,
} from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aCaseOpened,
  aClemencyGranted,
  aHearingScheduled,
  anAppealDecided,
  anAppealFiled,
  aPretrialDetentionOrdered,
  aPretrialRelease,
  aSentenceImposed,
  aVerdictDelivered,
} from '@safeguard/contracts/testing/court-fixtures';
import { aPersonAdmitted, aPersonReleased, aVisitTookPlace } from '@safeguard/contracts/testing/prison-fixtures';
import type { AgencyEvent } from '../person-file/person-file';
import { factOf, fileOf } from '../person-file/person-file.testing';
import type { LegalStage } from './family-journey';
import { legalStageHistory, NO_STAGE, stagesAfter, type StageContext } from './legal-stage';

const arrest = anArrestMade();
const opened = aCaseOpened({ personId: arrest.data.person.personId });
const admission = aPersonAdmitted({ personId: arrest.data.person.personId });
const appeal = anAppealFiled(opened.data);
const held = (stage: LegalStage | null, sentence: LegalStage | null = null): StageContext => ({ stage, held: true, sentence });
const free = (stage: LegalStage | null, sentence: LegalStage | null = null): StageContext => ({ stage, held: false, sentence });

describe('the legal stage a fact moves the parent to', () => {
  it.each<[string, AgencyEvent, StageContext, readonly LegalStage[]]>([
    ['an arrest', arrest, NO_STAGE, ['arrested']],
    ['police custody', takenIntoPoliceCustody(arrest.data), free('arrested'), ['in-police-custody']],
    ['a release without charge', releasedWithoutCharge(arrest.data), held('in-police-custody'), ['released-without-charge']],
    ['police bail', releasedOnPoliceBail(arrest.data), held('in-police-custody'), ['released-on-police-bail']],
    ['a case opened while in police custody', opened, held('in-police-custody'), ['charged']],
    ['a case opened once she is already detained', opened, held('pre-trial-detention'), []],
    ['a pre-trial detention order', aPretrialDetentionOrdered(opened.data), held('charged'), ['pre-trial-detention']],
    ['judicial supervision', aPretrialDetentionOrdered(opened.data, { outcome: 'judicial-supervision' }), held('charged'), ['judicial-supervision']],
    ['a release to await trial', aPretrialRelease(opened.data), held('charged'), ['released-pending-trial']],
    ['a transfer to prison on a detention order', transferredToPrison(arrest.data), held('in-police-custody'), ['pre-trial-detention']],
    ['an admission before trial', admission, held('pre-trial-detention'), ['pre-trial-detention']],
    ['an admission of a convicted person', aPersonAdmitted({ legalStatus: 'convicted' }), free('sentenced-custodial'), ['imprisoned']],
    ['a trial date set before the verdict', aHearingScheduled(opened.data), held('pre-trial-detention'), ['on-trial']],
    ['an investigation hearing', aHearingScheduled(opened.data, { kind: 'investigation' }), held('pre-trial-detention'), []],
    [
      'a trial hearing after sentence (a retrial is news from the appeal, not the hearing)',
      aHearingScheduled(opened.data),
      held('appeal-pending'),
      [],
    ],
    ['an acquittal on every charge', aVerdictDelivered(opened.data, 'acquitted'), held('on-trial'), ['acquitted']],
    ['a conviction (its sentence is the stage)', aVerdictDelivered(opened.data, 'convicted'), held('on-trial'), []],
    [
      'a custodial sentence while held',
      aSentenceImposed(opened.data, { suspendedMonths: 0 }),
      held('on-trial'),
      ['sentenced-custodial', 'imprisoned'],
    ],
    ['a custodial sentence while free', aSentenceImposed(opened.data, { suspendedMonths: 0 }), free('on-trial'), ['sentenced-custodial']],
    [
      'a partly suspended sentence while held',
      aSentenceImposed(opened.data, { custodialMonths: 24, suspendedMonths: 12 }),
      held('on-trial'),
      ['sentenced-custodial', 'imprisoned'],
    ],
    [
      'a wholly suspended sentence',
      aSentenceImposed(opened.data, { custodialMonths: 12, suspendedMonths: 12 }),
      held('on-trial'),
      ['sentenced-suspended'],
    ],
    [
      'a non-custodial sentence',
      aSentenceImposed(opened.data, { custodialMonths: 0, suspendedMonths: 0, nonCustodialMeasures: ['community-service'] }),
      free('on-trial'),
      ['sentenced-non-custodial'],
    ],
    ['an appeal', appeal, held('imprisoned', 'sentenced-custodial'), ['appeal-pending']],
    [
      'an appeal dismissed while held',
      anAppealDecided(appeal.data, { outcome: 'dismissed', newCustodialMonths: null }),
      held('appeal-pending', 'sentenced-custodial'),
      ['imprisoned'],
    ],
    [
      'an appeal dismissed while free',
      anAppealDecided(appeal.data, { outcome: 'dismissed', newCustodialMonths: null }),
      free('appeal-pending', 'sentenced-suspended'),
      ['sentenced-suspended'],
    ],
    [
      'a conviction overturned on appeal',
      anAppealDecided(appeal.data, { outcome: 'conviction-overturned', newCustodialMonths: null }),
      held('appeal-pending'),
      ['acquitted'],
    ],
    [
      'a shorter prison term on appeal',
      anAppealDecided(appeal.data),
      held('appeal-pending', 'sentenced-custodial'),
      ['sentenced-custodial', 'imprisoned'],
    ],
    ['a pardon', aClemencyGranted(opened.data, { kind: 'pardon', reductionMonths: null }), held('imprisoned'), ['pardoned']],
    ['an amnesty', aClemencyGranted(opened.data, { kind: 'amnesty', reductionMonths: null }), held('imprisoned'), ['pardoned']],
    ['a sentence reduction', aClemencyGranted(opened.data), held('imprisoned'), []],
    ['a release from prison', aPersonReleased(admission.data), held('pardoned'), ['released']],
    ['a visit', aVisitTookPlace(admission.data), held('imprisoned'), []],
  ])('when the fact is %s', (_name, event, context, stages) => {
    expect(stagesAfter(factOf(event), context)).toEqual(stages);
  });

  describe('when she is arrested, detained before trial, convicted and appeals', () => {
    const history = legalStageHistory(
      fileOf(
        arrest,
        takenIntoPoliceCustody(arrest.data),
        opened,
        aPretrialDetentionOrdered(opened.data),
        transferredToPrison(arrest.data),
        admission,
        aSentenceImposed(opened.data, { suspendedMonths: 0 }),
        appeal,
      ).facts,
    );

    it('keeps one step per change, each with its event time and source', () => {
      expect(history.map((s) => s.stage)).toEqual([
        'arrested',
        'in-police-custody',
        'charged',
        'pre-trial-detention',
        'sentenced-custodial',
        'imprisoned',
        'appeal-pending',
      ]);
      expect(history[0]).toEqual({
        stage: 'arrested',
        since: arrest.data.arrestedAt,
        source: expect.objectContaining({ agency: 'police', eventType: 'ArrestMade' }),
      });
    });
  });
});
