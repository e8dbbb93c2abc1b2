import type { PrisonEvent } from '@safeguard/contracts';
import { evolveCustody, initialCustodyState } from '../custody.state';
import {
  aChildAdmittedWithParent,
  aChildAssessed,
  aChildLeftPrison,
  aChildrenRecordedAtAdmission,
  aPersonAdmitted,
  aPersonReleased,
} from '@safeguard/contracts/testing/prison-fixtures';
import { decideAssessChild, type AssessChild } from './assess-child.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const baby = aChildAdmittedWithParent(admitted.data, { admittedAt: '2026-03-04T09:00:00.000Z' });
const assessed = aChildAssessed(admitted.data, baby.data.childId, {
  assessedAt: '2026-03-17T09:00:00.000Z',
  nextAssessmentDue: '2026-09-17T09:00:00.000Z',
});
const given = (...events: PrisonEvent[]) => events.reduce(evolveCustody, initialCustodyState);
const command = (overrides: Partial<AssessChild['assessment']> = {}): AssessChild => ({
  now: new Date('2026-03-20T12:00:00.000Z'),
  assessment: { ...assessed.data, ...overrides },
});

describe('assess a child living in prison', () => {
  describe('when the child lives in prison with her', () => {
    it('records the assessment and when the next is due', () => {
      expect(decideAssessChild(command(), given(admitted, baby))).toEqual([assessed]);
    });

    it('records an assessment with no referral or placement plan', () => {
      expect(decideAssessChild(command({ referralOrPlacementPlan: null }), given(admitted, baby))[0].data.referralOrPlacementPlan).toBeNull();
    });

    it.each([
      [
        'with the next one due before it',
        command({ nextAssessmentDue: '2026-03-16T09:00:00.000Z' }),
        [{ field: 'nextAssessmentDue', message: 'must be after assessedAt' }],
      ],
      [
        'with the next one due at the same time',
        command({ nextAssessmentDue: '2026-03-17T09:00:00.000Z' }),
        [{ field: 'nextAssessmentDue', message: 'must be after assessedAt' }],
      ],
      [
        'made before the child came in',
        command({ assessedAt: '2026-03-04T08:00:00.000Z' }),
        [{ field: 'assessedAt', message: 'cannot be before the child came to live in prison' }],
      ],
      [
        'made before her admission',
        command({ assessedAt: '2026-03-03T08:00:00.000Z' }),
        [{ field: 'assessedAt', message: 'cannot be before the admission' }],
      ],
      ['made in the future', command({ assessedAt: '2026-03-20T12:01:00.000Z' }), [{ field: 'assessedAt', message: 'cannot be in the future' }]],
    ])('refuses an assessment %s, naming the field', (_name, assessment, problems) => {
      expect(() => decideAssessChild(assessment, given(admitted, baby))).toThrow(expect.objectContaining({ kind: 'invalid-input', problems }));
    });
  });

  const recordedOutside = aChildrenRecordedAtAdmission(admitted.data);
  it.each<[string, PrisonEvent[], AssessChild, string]>([
    ['no custody is admitted', [], command(), 'CUSTODY.UNKNOWN'],
    ['she was released', [admitted, baby, aPersonReleased(admitted.data)], command(), 'CUSTODY.RELEASED'],
    ['the child never lived in prison', [admitted], command(), 'CHILD.NOT_IN_PRISON'],
    [
      'the child lives outside with family',
      [admitted, recordedOutside],
      command({ childId: recordedOutside.data.children[0].childId }),
      'CHILD.NOT_IN_PRISON',
    ],
    [
      'the child has left',
      [admitted, baby, aChildLeftPrison(admitted.data, baby.data.childId, { leftAt: '2026-03-10T09:00:00.000Z' })],
      command(),
      'CHILD.NOT_IN_PRISON',
    ],
  ])('refuses when %s', (_name, events, assessment, code) => {
    expect(() => decideAssessChild(assessment, given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
