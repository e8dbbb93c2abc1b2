import { anArrestMade } from '../testing/arrest-fixtures';
import { aDependantsScreeningV1, anArrestRecordCorrectedV1 } from '../testing/v1-fixtures';
import { arrestRecordCorrectedV1toV2, dependantsScreeningRecordedV1toV2 } from './arrest-upcasters';

describe('DependantsScreeningRecorded v1 → v2', () => {
  const v1 = aDependantsScreeningV1(anArrestMade().data).data;
  const v2 = dependantsScreeningRecordedV1toV2(v1);

  it('marks every child as nothing withheld and no birth year known', () => {
    expect(v2.children).toEqual(v1.children.map((child) => ({ ...child, detailsWithheld: null, birthYear: null })));
  });

  it('keeps the answer, its time and who asked', () => {
    const { children: _v1Children, ...rest } = v1;
    expect(v2).toMatchObject(rest);
  });

  it('keeps a screening without child details without children', () => {
    const declined = aDependantsScreeningV1(anArrestMade().data, {
      answer: 'declined-to-say',
      numberOfChildren: null,
      consentToRecordChildDetails: false,
      children: [],
    }).data;
    expect(dependantsScreeningRecordedV1toV2(declined)).toEqual({ ...declined, children: [] });
  });
});

describe('ArrestRecordCorrected v1 → v2', () => {
  it('labels the correction time as the time of receipt, which it always was, and keeps the rest', () => {
    const v1 = anArrestRecordCorrectedV1(anArrestMade().data).data;
    expect(arrestRecordCorrectedV1toV2(v1)).toEqual({ ...v1, correctedAtSource: 'time-of-receipt' });
  });
});
