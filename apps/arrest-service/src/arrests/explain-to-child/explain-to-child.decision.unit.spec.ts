import type { ArrestEvent } from '@safeguard/contracts';
import { DomainRuleViolation, fold, InvalidInput } from '@safeguard/domain';
import { aDependantsScreening, anArrestMade, takenIntoPoliceCustody } from '@safeguard/contracts/testing/arrest-fixtures';
import { evolveArrest, initialArrestState } from '../arrest.state';
import { decideExplainToChild, type ExplainToChild } from './explain-to-child.decision';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const screening = aDependantsScreening(arrest.data);
const childId = screening.data.children[0].childId;

const stateAfter = (...events: ArrestEvent[]) => fold(evolveArrest, initialArrestState, events);
const command = (overrides: Partial<ExplainToChild['explanation']> = {}): ExplainToChild => ({
  explanation: { arrestId: arrest.data.arrestId, childId, explainedAt: '2026-03-01T20:45:00.000Z', explainedBy: 'officer-17', ...overrides },
  now: new Date('2026-03-02T08:00:00.000Z'),
});

describe('explain to a child', () => {
  describe.each([
    ['given a child recorded with her consent', [arrest, screening]],
    ['given she has since been taken into custody', [arrest, screening, takenIntoPoliceCustody(arrest.data)]],
  ])('%s', (_name, history) => {
    it('when the child is told, then the explanation is recorded for her', () => {
      expect(decideExplainToChild(command(), stateAfter(...history))).toEqual([
        { type: 'ChildGivenExplanation', data: { ...command().explanation, personId: arrest.data.person.personId } },
      ]);
    });
  });

  describe('refusals', () => {
    it.each<[string, string, ArrestEvent[]]>([
      ['the arrest is not recorded', 'ARREST.UNKNOWN', []],
      ['the child is not on the record', 'CHILD.NOT_ON_RECORD', [arrest, aDependantsScreening(arrest.data)]],
      ['no screening yet', 'CHILD.NOT_ON_RECORD', [arrest]],
    ])('given %s, then it is refused with %s', (_name, code, history) => {
      expect(() => decideExplainToChild(command(), stateAfter(...history))).toThrow(
        expect.objectContaining({ code, constructor: DomainRuleViolation }),
      );
    });

    it.each([
      ['after now', '2026-03-02T08:00:01.000Z', 'cannot be in the future'],
      ['before the arrest', '2026-03-01T20:29:00.000Z', 'cannot be before the arrest'],
    ])('when the child is said to be told %s, then it is refused as invalid input', (_name, explainedAt, message) => {
      const decide = () => decideExplainToChild(command({ explainedAt }), stateAfter(arrest, screening));
      expect(decide).toThrow(InvalidInput);
      expect(decide).toThrow(expect.objectContaining({ code: 'CHILD_EXPLANATION.INVALID', problems: [{ field: 'explainedAt', message }] }));
    });
  });
});
