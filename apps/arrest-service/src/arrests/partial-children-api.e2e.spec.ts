import { bearer, DevKeys } from '@safeguard/platform';
import { ArrestServiceModule } from '../arrest-service.module';
import { EMBEDDED_CONFIG, type ServiceApp, startServiceApp } from '../../../../test/support/service-app';
import { anArrestBody, aScreeningBody } from '../../../../test/support/arrest-requests';

/** A girl the police know only as about four, at school; her mother would not give her name. */
const unnamedGirl = {
  childId: '9a7e0c55-3b1f-4c2e-8e61-0f3c2a6d4b21',
  sex: 'female',
  detailsWithheld: 'parent-declined',
  ageYears: 4,
  whereabouts: 'at-school',
};
/** A boy born in 2021: nobody asked his name or sex, nobody wrote down where he is. */
const boyOf2021 = { detailsWithheld: 'not-asked', birthYear: 2021, whereabouts: 'not-recorded' };
const twoChildren = (children: object[]) => ({ ...aScreeningBody(), numberOfChildren: children.length, children });

describe('a dependants screening with partial children over HTTP (embedded database)', () => {
  let service: ServiceApp;
  const http = () => service.http();
  const police = bearer(DevKeys.policePhnomPenh);
  const eventCount = () => service.eventCount('arrest');
  const anArrest = async (): Promise<string> => (await http().post('/arrests').set(police).send(anArrestBody()).expect(201)).body.arrestId;

  beforeAll(async () => {
    service = await startServiceApp(ArrestServiceModule.forRoot(EMBEDDED_CONFIG), { title: 'arrest' });
  }, 60_000);
  afterAll(() => service.close());

  it('stores children known only by an age or a birth year, with the reason their details are missing', async () => {
    const arrestId = await anArrest();
    await http()
      .post(`/arrests/${arrestId}/dependants-screening`)
      .set(police)
      .set('Idempotency-Key', 'pp-screening-partial-1')
      .send(twoChildren([unnamedGirl, boyOf2021]))
      .expect(201);
    const record = await http().get(`/arrests/${arrestId}`).set(police).expect(200);
    expect(record.body.dependantsScreenings[0].children).toEqual([
      { ...unnamedGirl, name: null, dateOfBirth: null, birthYear: null, caregiver: null },
      {
        childId: expect.any(String),
        name: null,
        sex: null,
        detailsWithheld: 'not-asked',
        dateOfBirth: null,
        birthYear: 2021,
        ageYears: null,
        whereabouts: 'not-recorded',
        caregiver: null,
      },
    ]);
    const before = await eventCount();
    await http()
      .post(`/arrests/${arrestId}/dependants-screening`)
      .set(police)
      .set('Idempotency-Key', 'pp-screening-partial-1')
      .send(twoChildren([unnamedGirl, boyOf2021]))
      .expect(201);
    expect(await eventCount()).toBe(before);
  });

  it('stores a named child with an adult who is not family', async () => {
    const arrestId = await anArrest();
    await http()
      .post(`/arrests/${arrestId}/dependants-screening`)
      .set(police)
      .send(aScreeningBody({ name: 'Dara', sex: 'male', birthYear: 2019, whereabouts: 'with-other-adult' }))
      .expect(201);
  });

  it.each<[string, Record<string, unknown>, { field: string; message: string }]>([
    [
      'an unnamed child without the reason',
      { ...unnamedGirl, detailsWithheld: undefined },
      { field: 'children.0.detailsWithheld', message: 'say why the name or sex is not recorded' },
    ],
    [
      'a named child said withheld',
      { ...unnamedGirl, name: 'Sophea' },
      { field: 'children.0.detailsWithheld', message: 'must be absent when both name and sex are recorded' },
    ],
    [
      'a child of no known age',
      { ...unnamedGirl, ageYears: undefined },
      { field: 'children.0.ageYears', message: 'give a date of birth, a birth year or an age' },
    ],
    [
      'a child whose age contradicts her birth year',
      { ...unnamedGirl, birthYear: 2015 },
      { field: 'children.0.ageYears', message: 'does not match birthYear 2015' },
    ],
  ])('answers 400 for %s, naming the field', async (_name, child, problem) => {
    const arrestId = await anArrest();
    const before = await eventCount();
    const res = await http().post(`/arrests/${arrestId}/dependants-screening`).set(police).send(aScreeningBody(child)).expect(400);
    expect(res.body.errors).toEqual([problem]);
    expect(await eventCount()).toBe(before);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['an unknown reason', 'children.0.detailsWithheld', { ...unnamedGirl, detailsWithheld: 'forgot' }],
    ['a birth year that is not a year', 'children.0.birthYear', { ...boyOf2021, birthYear: 20.21 }],
    ['an unknown whereabouts', 'children.0.whereabouts', { ...unnamedGirl, whereabouts: 'with-grandmother' }],
    ['an empty name', 'children.0.name', { ...unnamedGirl, name: '' }],
  ])('answers 400 for %s, naming the field', async (_name, field, child) => {
    const arrestId = await anArrest();
    const res = await http().post(`/arrests/${arrestId}/dependants-screening`).set(police).send(aScreeningBody(child)).expect(400);
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))]).toEqual([field]);
  });
});
