import type { PrisonEvent } from '@safeguard/contracts';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { aChildrenRecordedAtAdmission, aPersonAdmitted, aPersonReleased } from '@safeguard/contracts/testing/prison-fixtures';
import { decideRecordChildrenAtAdmission, type RecordChildrenAtAdmission } from './record-children-at-admission.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const given = (...events: PrisonEvent[]) => events.reduce(evolveCustody, initialCustodyState);
const twoChildren = aChildrenRecordedAtAdmission(admitted.data, { recordedAt: '2026-03-03T10:00:00.000Z' });
const [dara, sophea] = twoChildren.data.children;
const command = (overrides: Partial<RecordChildrenAtAdmission['record']> = {}): RecordChildrenAtAdmission => ({
  now: new Date('2026-03-03T12:00:00.000Z'),
  record: { ...twoChildren.data, ...overrides },
});

describe('record her children at admission', () => {
  describe('when she is held', () => {
    it('records her two children with her consent', () => {
      expect(decideRecordChildrenAtAdmission(command(), given(admitted))).toEqual([twoChildren]);
    });

    it('records a child known only by her birth year, her name withheld because she would not say, nobody noting with whom she lives', () => {
      const partial = {
        ...sophea,
        name: null,
        sex: null,
        detailsWithheld: 'parent-declined' as const,
        dateOfBirth: null,
        ageYears: null,
        birthYear: 2019,
        livesWhere: null,
        custodyStatus: 'not-recorded' as const,
      };
      expect(decideRecordChildrenAtAdmission(command({ children: [dara, partial] }), given(admitted))[0].data.children[1]).toEqual(partial);
    });

    it.each<[string, Partial<RecordChildrenAtAdmission['record']>]>([
      ['she declined to say', { answer: 'declined-to-say', numberOfChildren: null, consentToRecordDetails: false, children: [] }],
      ['she gave only their number', { numberOfChildren: 2, consentToRecordDetails: false, children: [] }],
      ['she has none', { answer: 'no-children', numberOfChildren: 0, consentToRecordDetails: false, children: [] }],
    ])('records a complete answer when %s', (_name, overrides) => {
      expect(decideRecordChildrenAtAdmission(command(overrides), given(admitted))[0].data).toMatchObject(overrides);
    });

    it.each<[string, Partial<RecordChildrenAtAdmission['record']>, { field: string; message: string }[]]>([
      [
        'with children but no number',
        { numberOfChildren: null, consentToRecordDetails: false, children: [] },
        [{ field: 'numberOfChildren', message: 'at least 1 when she has children' }],
      ],
      [
        'with no children yet a number',
        { answer: 'no-children', numberOfChildren: 2, children: [] },
        [{ field: 'numberOfChildren', message: 'must be 0 or absent when she has no children' }],
      ],
      [
        'declined yet counted',
        { answer: 'declined-to-say', numberOfChildren: 2, children: [] },
        [{ field: 'numberOfChildren', message: 'must be absent when she declined to say' }],
      ],
      [
        'naming children without her consent',
        { consentToRecordDetails: false },
        [{ field: 'children', message: 'without her consent no child details may be recorded, only their number' }],
      ],
      [
        'naming children she said she does not have',
        { answer: 'no-children', numberOfChildren: 0 },
        [{ field: 'children', message: 'must be empty unless she has children' }],
      ],
      [
        'listing fewer children than counted',
        { numberOfChildren: 3 },
        [{ field: 'children', message: 'lists 2 children but numberOfChildren is 3' }],
      ],
      [
        'with a child born in the future',
        { children: [dara, { ...sophea, dateOfBirth: '2026-03-04', ageYears: null }] },
        [{ field: 'children.1.dateOfBirth', message: 'a child cannot be born after the record' }],
      ],
      [
        'with a child of no known age',
        { children: [dara, { ...sophea, ageYears: null }] },
        [{ field: 'children.1.ageYears', message: 'give a date of birth, a birth year or an age' }],
      ],
      [
        'with a child whose name is missing for no stated reason',
        { children: [dara, { ...sophea, name: null }] },
        [{ field: 'children.1.detailsWithheld', message: 'say why the name or sex is not recorded' }],
      ],
      [
        'with a child born after the year of the record',
        { children: [dara, { ...sophea, dateOfBirth: null, ageYears: null, birthYear: 2027 }] },
        [{ field: 'children.1.birthYear', message: 'a child cannot be born after the record' }],
      ],
      [
        'with two children under one id',
        { children: [dara, { ...sophea, childId: dara.childId }] },
        [{ field: 'children.1.childId', message: 'is given to another child too' }],
      ],
      [
        'recorded before the admission',
        { recordedAt: '2026-03-03T08:59:00.000Z' },
        [{ field: 'recordedAt', message: 'cannot be before the admission' }],
      ],
      ['recorded in the future', { recordedAt: '2026-03-03T12:01:00.000Z' }, [{ field: 'recordedAt', message: 'cannot be in the future' }]],
    ])('refuses a record %s, naming the field', (_name, overrides, problems) => {
      expect(() => decideRecordChildrenAtAdmission(command(overrides), given(admitted))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems }),
      );
    });
  });

  it.each<[string, PrisonEvent[], string]>([
    ['no custody is admitted', [], 'CUSTODY.UNKNOWN'],
    ['she was released', [admitted, aPersonReleased(admitted.data)], 'CUSTODY.RELEASED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideRecordChildrenAtAdmission(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
