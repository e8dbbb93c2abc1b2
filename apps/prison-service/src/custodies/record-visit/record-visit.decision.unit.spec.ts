import type { PrisonEvent } from '@safeguard/contracts';
import { DomainRuleViolation, fold, InvalidInput } from '@safeguard/domain';
import {
  aChildrenRecordedAtAdmission,
  aHomeLeaveGranted,
  aPersonAdmitted,
  aPersonReleased,
  aVisitTookPlace,
} from '@safeguard/contracts/testing/prison-fixtures';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { decideRecordVisit, type RecordVisit } from './record-visit.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const children = aChildrenRecordedAtAdmission(admitted.data);
const sonId = children.data.children[0].childId;
const { personId: _personId, ...sonsVisit } = aVisitTookPlace(admitted.data, { childIds: [sonId], fee: { amount: 10000, currency: 'KHR' } }).data;

const stateAfter = (...events: PrisonEvent[]) => fold(evolveCustody, initialCustodyState, events);
const command = (overrides: Partial<RecordVisit['visit']> = {}): RecordVisit => ({
  visit: { ...sonsVisit, ...overrides },
  now: new Date('2026-04-01T12:00:00.000Z'),
});

describe('record a visit', () => {
  describe.each([
    ['given she is held with her children recorded', [admitted, children]],
    ['given she is on home leave', [admitted, children, aHomeLeaveGranted(admitted.data)]],
  ])('%s', (_name, history) => {
    it('when her son visits, then the visit is recorded with the fee the family paid', () => {
      expect(decideRecordVisit(command(), stateAfter(...history))).toEqual([
        { type: 'VisitTookPlace', data: { ...command().visit, personId: admitted.data.personId } },
      ]);
    });

    it('when her son and daughter visit together, then the one visit names both', () => {
      const both = children.data.children.map((c) => c.childId);
      expect(decideRecordVisit(command({ childIds: both }), stateAfter(...history))[0].data.childIds).toEqual(both);
    });

    it('when an adult visits alone, then the visit is recorded under the visitor’s name', () => {
      const adult = command({ childIds: [], visitorName: 'Sok Mealea', accompanyingAdult: null, fee: null });
      expect(decideRecordVisit(adult, stateAfter(...history))[0].data).toMatchObject({ childIds: [], visitorName: 'Sok Mealea' });
    });
  });

  describe('refusals', () => {
    it.each<[string, string, PrisonEvent[], Partial<RecordVisit['visit']>]>([
      ['no custody is recorded', 'CUSTODY.UNKNOWN', [], {}],
      ['she was released', 'CUSTODY.RELEASED', [admitted, children, aPersonReleased(admitted.data)], {}],
      ['the child is not known to the prison', 'CHILD.UNKNOWN', [admitted, children], { childIds: ['0b3f5e1c-52a4-4f0e-9a53-6d2c9d7f1a10'] }],
      [
        'one of the children is not known to the prison',
        'CHILD.UNKNOWN',
        [admitted, children],
        { childIds: [sonId, '0b3f5e1c-52a4-4f0e-9a53-6d2c9d7f1a10'] },
      ],
      ['no children were recorded yet', 'CHILD.UNKNOWN', [admitted], {}],
    ])('given %s, then it is refused with %s', (_name, code, history, overrides) => {
      expect(() => decideRecordVisit(command(overrides), stateAfter(...history))).toThrow(
        expect.objectContaining({ code, constructor: DomainRuleViolation }),
      );
    });

    it.each<[string, Partial<RecordVisit['visit']>, { field: string; message: string }[]]>([
      ['dated after now', { visitedAt: '2026-04-01T12:00:01.000Z' }, [{ field: 'visitedAt', message: 'cannot be in the future' }]],
      ['dated before the admission', { visitedAt: '2026-03-03T08:59:00.000Z' }, [{ field: 'visitedAt', message: 'cannot be before the admission' }]],
      [
        'by neither a child nor a named visitor',
        { childIds: [], visitorName: null },
        [{ field: 'visitorName', message: 'name the visitor when no child visited' }],
      ],
    ])('when a visit %s is recorded, then it is refused naming the field', (_name, overrides, problems) => {
      const decide = () => decideRecordVisit(command(overrides), stateAfter(admitted, children));
      expect(decide).toThrow(InvalidInput);
      expect(decide).toThrow(expect.objectContaining({ code: 'VISIT.INVALID', problems }));
    });
  });
});
