/**
 * Safeguards proved: `child-without-safe-care`, `custody-before-care-arranged`,
 * `no-family-contact` and `arrest-conduct-review` (LICADHO 2015: children left alone when their mother was taken, mothers
 * held before anyone arranged care and unable to reach their families). A child recorded alone
 * raises a critical alert at once; taking the mother into custody before care is arranged raises
 * a second; an adult's care arrangement later resolves both; three hours in custody with no
 * contact raises a third, which the late contact resolves; the arrest after dark in front of her
 * child is flagged for review. Embedded mode and Kafka mode.
 */
import { randomUUID } from 'node:crypto';
import { bearer, DevKeys } from '@safeguard/platform';
import { anArrestBody } from './support/arrest-requests';
import { describeWithKafka } from './support/environment';
import { eventually } from './support/eventually';
import { SafeguardSystem, type SystemMode } from './support/safeguard-system';
import { teardown } from './support/teardown';

const police = bearer(DevKeys.policePhnomPenh);
const monitor = bearer(DevKeys.monitor);
const MINUTE = 60_000;

function story(mode: SystemMode) {
  let system: SafeguardSystem;
  const arrestedAt = new Date(Date.now() - 5 * 60 * MINUTE);
  const at = (minutes: number) => new Date(arrestedAt.getTime() + minutes * MINUTE).toISOString();

  beforeAll(async () => {
    system = await SafeguardSystem.start(mode, new Date(arrestedAt.getTime() + 30 * MINUTE));
  }, 120_000);
  afterAll(() => teardown(system), 60_000);

  it('raises alerts for a child left alone, a mother held before care was arranged and kept from her family, and resolves each when the fact arrives', async () => {
    const childId = randomUUID();
    // Her own person id: in Kafka mode the topics also hold other suites' arrests, and the alerts are listed for her.
    const personId = `person-left-alone-${childId.slice(0, 8)}`;
    const arrest = { ...anArrestBody(), person: { ...anArrestBody().person, personId }, arrestedAt: arrestedAt.toISOString() };
    const { arrestId } = (await system.http('arrest').post('/arrests').set(police).send(arrest).expect(201)).body;
    await system
      .http('arrest')
      .post(`/arrests/${arrestId}/dependants-screening`)
      .set(police)
      .send({
        askedAt: at(20),
        askedBy: 'officer-17',
        answer: 'has-dependants',
        pregnancy: 'not-pregnant',
        numberOfChildren: 1,
        consentToRecordChildDetails: true,
        children: [{ childId, name: 'Chenda', sex: 'female', ageYears: 4, whereabouts: 'alone' }],
      })
      .expect(201);
    await system
      .http('arrest')
      .post(`/arrests/${arrestId}/police-custody`)
      .set(police)
      .send({ custodyAt: at(30), facility: 'Chbar Ampov police station' })
      .expect(201);

    const alertsForChild = async () =>
      (
        await system.http('childWelfare').get('/alerts').query({ ruleId: 'child-without-safe-care', personId }).set(monitor).expect(200)
      ).body.items.filter((a: { childIds: string[] }) => a.childIds.includes(childId));
    const [raised] = await eventually(async () => {
      const alerts = await alertsForChild();
      return alerts.length > 0 ? alerts : undefined;
    }, 'the critical alert');
    expect(raised).toMatchObject({ status: 'open', severity: 'critical', arrestId, dueAt: at(20), responsibleAgency: 'police' });

    await system
      .http('arrest')
      .post(`/arrests/${arrestId}/children/${childId}/care-arrangements`)
      .set(police)
      .send({ arrangedAt: at(110), caregiver: { name: 'Mom Sophal', relation: 'neighbour', ageYears: 45 }, chosenByParent: true })
      .expect(201);

    const resolved = await eventually(async () => {
      const res = await system.http('childWelfare').get(`/alerts/${raised.alertId}`).set(monitor).expect(200);
      return res.body.status === 'resolved' ? res.body : undefined;
    }, 'the alert to be resolved');
    expect(resolved).toMatchObject({ lateByMinutes: 90, resolution: 'fact-recorded-late' });
    const custodyAlert = (
      await system.http('childWelfare').get('/alerts').query({ ruleId: 'custody-before-care-arranged', personId }).set(monitor).expect(200)
    ).body.items.find((a: { childIds: string[] }) => a.childIds.includes(childId));
    expect(custodyAlert).toMatchObject({ status: 'resolved', dueAt: at(30), lateByMinutes: 80, severity: 'high' });

    // Three hours after custody nobody has let her reach her family.
    system.clock.set(at(30 + 181));
    await system.sweepDeadlines();
    const contactAlert = async () =>
      (await system.http('childWelfare').get('/alerts').query({ ruleId: 'no-family-contact', personId }).set(monitor).expect(200)).body.items.find(
        (a: { arrestId: string }) => a.arrestId === arrestId,
      );
    expect(await contactAlert()).toMatchObject({ status: 'open', dueAt: at(210), responsibleAgency: 'police' });
    await system
      .http('arrest')
      .post(`/arrests/${arrestId}/family-contacts`)
      .set(police)
      .send({ contactedAt: at(240), method: 'phone', contactedName: 'Mom Sophal', contactedRelation: 'neighbour', childIds: [childId] })
      .expect(201);
    const contacted = await eventually(async () => {
      const alert = await contactAlert();
      return alert?.status === 'resolved' ? alert : undefined;
    }, 'the family-contact alert to be resolved');
    expect(contacted).toMatchObject({ lateByMinutes: 30 });

    // She was arrested after dark with her child there: flagged, at low severity, for a reviewer.
    const review = (
      await system.http('childWelfare').get('/alerts').query({ ruleId: 'arrest-conduct-review', personId }).set(monitor).expect(200)
    ).body.items.find((a: { arrestId: string }) => a.arrestId === arrestId);
    expect(review).toMatchObject({ status: 'open', severity: 'low', summary: expect.stringContaining('after dark with children present') });
  }, 60_000);
}

describe('child left alone at arrest, embedded mode [PGlite, database log]', () => story('embedded'));
describeWithKafka('child left alone at arrest, Kafka mode [real PostgreSQL]', () => story('kafka'));
