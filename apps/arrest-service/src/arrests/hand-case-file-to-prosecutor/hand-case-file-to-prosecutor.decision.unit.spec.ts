import type { ArrestEvent } from '@safeguard/contracts';
import {
  anArrestMade,
  caseFileHandedToProsecutor,
  releasedOnPoliceBail,
  takenIntoPoliceCustody,
  transferredToPrison,
} from '@safeguard/contracts/testing/arrest-fixtures';
import { evolveArrest, initialArrestState } from '../arrest.state';
import { decideHandCaseFileToProsecutor, type HandCaseFileToProsecutor } from './hand-case-file-to-prosecutor.decision';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T23:30:00.000Z' });
const given = (...events: ArrestEvent[]) => events.reduce(evolveArrest, initialArrestState);
const command = (handedAt = '2026-03-03T17:30:00.000Z'): HandCaseFileToProsecutor => ({
  now: new Date('2026-03-05T08:00:00.000Z'),
  handover: { arrestId: arrest.data.arrestId, handedAt, courtCaseReference: 'PPCFI-2026-01183' },
});

describe('hand the case file to the prosecutor', () => {
  describe.each<[string, ArrestEvent[]]>([
    ['when arrested and not yet held', [arrest]],
    ['when in police custody', [arrest, custody]],
    ['when released on police bail', [arrest, releasedOnPoliceBail(arrest.data)]],
    ['when transferred to prison', [arrest, custody, transferredToPrison(arrest.data)]],
  ])('%s', (_name, events) => {
    it('records the hand-over', () => {
      expect(decideHandCaseFileToProsecutor(command(), given(...events))).toEqual([
        { type: 'CaseFileHandedToProsecutor', data: { ...command().handover, personId: arrest.data.person.personId } },
      ]);
    });
  });

  it.each([
    ['in the future', '2026-03-05T08:01:00.000Z', 'cannot be in the future'],
    ['before the arrest', '2026-03-01T20:00:00.000Z', 'cannot be before the arrest'],
  ])('refuses a hand-over %s, naming the field', (_name, handedAt, message) => {
    expect(() => decideHandCaseFileToProsecutor(command(handedAt), given(arrest, custody))).toThrow(
      expect.objectContaining({ kind: 'invalid-input', problems: [{ field: 'handedAt', message }] }),
    );
  });

  it.each<[string, ArrestEvent[], string]>([
    ['no arrest is recorded', [], 'ARREST.UNKNOWN'],
    ['the case file was already handed over', [arrest, custody, caseFileHandedToProsecutor(arrest.data)], 'CUSTODY.CASE_FILE_ALREADY_HANDED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideHandCaseFileToProsecutor(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
