/**
 * `SAFEGUARD_DEMO=1 npm start` (or `npm run demo`): about twenty synthetic families recorded
 * through the agencies' REST APIs, as police, court and prison software would, with event times
 * in the past weeks so that deadlines have passed and the oversight dashboard has alerts to show
 * within a minute. Drawn from a seeded generator (one seed per family, so a refused post never
 * shifts the families after it); not copied from the LICADHO report, only shaped like its
 * findings: children not asked about or left alone at arrest, detention ordered without asking
 * about them, fees at prison visits, families not told of transfers and releases.
 */
import { DemoClient, DemoKeys, type DemoEndpoints } from './demo-client';
import { CaregiversNames, ChildrensNames, DemoRandom, FamilyNames, MothersNames, Offences, Provinces, type Province } from './demo-random';
import { recordCourtAndPrison, type DemoChild, type DemoFamily } from './demo-court-and-prison';

export { type DemoEndpoints } from './demo-client';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const DEMO_SEED = 2015;
export const DEMO_FAMILIES = 20;

export interface DemoOptions {
  readonly now?: Date;
  readonly seed?: number;
  readonly families?: number;
  readonly log?: (line: string) => void;
}

export interface DemoSummary {
  readonly families: number;
  readonly posted: number;
  readonly failures: readonly string[];
  readonly skipped: boolean;
}

export const demoPersonId = (index: number) => `person-KH-D${String(index + 1).padStart(3, '0')}`;

export async function loadDemoData(endpoints: DemoEndpoints, options: DemoOptions = {}): Promise<DemoSummary> {
  const now = (options.now ?? new Date()).getTime();
  const log = options.log ?? (() => undefined);
  const client = new DemoClient(endpoints);
  const already = await client.get<{ total: number }>('arrest', DemoKeys.policePhnomPenh, `/arrests?personId=${demoPersonId(0)}`);
  if (already.total > 0) {
    log('demo data already loaded in this database; nothing posted');
    return { families: 0, posted: 0, failures: [], skipped: true };
  }
  const failures: string[] = [];
  const count = options.families ?? DEMO_FAMILIES;
  for (let index = 0; index < count; index++) {
    const family = drawFamily(index, new DemoRandom((options.seed ?? DEMO_SEED) * 1_000 + index), now);
    try {
      await recordFamily(family, client, now);
    } catch (error) {
      failures.push(`${family.personId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  log(
    `demo data: ${count} families, ${client.posted} facts posted${failures.length ? `, ${failures.length} stories cut short: ${failures.join('; ')}` : ''}`,
  );
  return { families: count, posted: client.posted, failures, skipped: false };
}

/**
 * The first five families show the arrest safeguards on their own; the others go on to court and
 * most to prison. Their arrests spread over the last three months, so the indicators have months.
 */
function drawFamily(index: number, r: DemoRandom, now: number): DemoFamily {
  const province: Province = index % 4 === 3 ? 'Battambang' : r.pick(['Phnom Penh', 'Phnom Penh', 'Kandal'] as const);
  const hoursAgo = [5, 3 * 24, 2 * 24, 9 * 24, 6 * 24][index] ?? (10 + (index - 5) * 5 + r.int(0, 3)) * 24 + r.int(0, 12);
  const withBaby = index >= 5 && index % 3 === 0;
  const children = Array.from({ length: r.int(1, 3) }, (_, i) => drawChild(r, withBaby && i === 0, now - hoursAgo * HOUR));
  if (index === 1) Object.assign(children[0], { whereabouts: 'alone', caregiver: undefined, careArrangedAfterHours: null });
  if (index === 2)
    Object.assign(children[0], {
      whereabouts: 'with-other-children-only',
      caregiver: { name: 'Bora', relation: 'older-sibling', ageYears: 14 },
      careArrangedAfterHours: 30,
    });
  return {
    index,
    personId: demoPersonId(index),
    name: `${r.pick(FamilyNames)} ${r.pick(MothersNames)}`,
    ageYears: r.int(19, 44),
    province,
    place: r.pick(Provinces[province]),
    policeKey: province === 'Battambang' ? DemoKeys.policeBattambang : DemoKeys.policePhnomPenh,
    offence: r.pick(index >= 5 && index % 5 === 1 ? Offences.slice(0, 2) : Offences),
    arrestedAt: now - hoursAgo * HOUR,
    childrenPresent: r.int(0, Math.min(2, children.length)),
    afterDark: r.chance(0.3),
    screenedAfterHours: index === 0 ? null : r.chance(0.8) ? r.int(1, 5) / 2 : r.pick([6, 9, null]),
    children,
    custodyAfterHours: r.int(1, 3) / 2,
    contactAfterHours: r.chance(0.6) ? r.int(2, 5) / 2 : r.pick([10, null]),
    ending: (['in-police-custody', 'police-bail', 'with-care-arranged-late', 'released-without-charge', 'police-bail'] as const)[index] ?? 'court',
    random: r,
  };
}

function drawChild(r: DemoRandom, baby: boolean, arrestedAt: number): DemoChild {
  const [name, sex] = r.pick(ChildrensNames);
  const ageYears = baby ? 0 : r.int(2, 15);
  const whereabouts = baby
    ? 'with-parent-in-custody'
    : r.pick(['with-relative', 'with-relative', 'at-home-with-caregiver', 'with-neighbour', 'unknown'] as const);
  const relation = whereabouts === 'with-neighbour' ? 'neighbour' : r.pick(['grandparent', 'grandparent', 'other-relative', 'father'] as const);
  return {
    childId: r.uuid(),
    name,
    sex,
    ageYears,
    dateOfBirth: baby ? new Date(arrestedAt - r.int(60, 300) * DAY).toISOString().slice(0, 10) : null,
    whereabouts,
    caregiver:
      baby || whereabouts === 'unknown'
        ? undefined
        : {
            name: r.pick(CaregiversNames),
            relation,
            ageYears: r.int(35, 70),
            contact: `+855 ${r.int(10, 99)} ${r.int(100, 999)} ${r.int(100, 999)}`,
          },
    // Most arrangements are confirmed before she is taken to the station; a child whose whereabouts are unknown waits longer, or for ever.
    careArrangedAfterHours: whereabouts === 'unknown' ? r.pick([4, 20, null]) : !baby && r.chance(0.7) ? 0.2 : null,
    explainedAfterHours: r.chance(0.6) ? r.int(1, 4) : null,
  };
}

/** The police part of a family's story, then the court and the prison for those who go on. */
async function recordFamily(f: DemoFamily, client: DemoClient, now: number): Promise<void> {
  const at = (hours: number) => new Date(f.arrestedAt + hours * HOUR).toISOString();
  const happened = (hours: number) => f.arrestedAt + hours * HOUR < now - 60_000;
  const police = (path: string, body: object) => client.post('arrest', f.policeKey, path, body);
  const { arrestId } = await police('/arrests', {
    person: { personId: f.personId, name: f.name, sex: 'female', estimatedAgeYears: f.ageYears, nationality: 'KH', homeProvince: f.province },
    arrestedAt: at(0),
    place: f.place,
    province: f.province,
    arrestingUnitType: 'police',
    suspectedOffence: f.offence,
    circumstances: {
      childrenPresent: f.childrenPresent,
      afterDark: f.afterDark,
      restraintsOrSirensInFrontOfChildren: f.childrenPresent > 0 && f.random.chance(0.3),
      searchWithChildPresent: false,
    },
  });
  const a = `/arrests/${arrestId}`;
  if (f.screenedAfterHours !== null && happened(f.screenedAfterHours)) {
    await police(`${a}/dependants-screening`, {
      askedAt: at(f.screenedAfterHours),
      askedBy: 'officer-17',
      answer: 'has-dependants',
      pregnancy: 'not-pregnant',
      numberOfChildren: f.children.length,
      consentToRecordChildDetails: true,
      children: f.children.map((c) => ({
        childId: c.childId,
        name: c.name,
        sex: c.sex,
        ageYears: c.ageYears,
        ...(c.dateOfBirth ? { dateOfBirth: c.dateOfBirth } : {}),
        whereabouts: c.whereabouts,
        ...(c.caregiver ? { caregiver: c.caregiver } : {}),
      })),
    });
    for (const c of f.children) {
      const arranged = f.screenedAfterHours + (c.careArrangedAfterHours ?? 0);
      if (c.careArrangedAfterHours !== null && happened(arranged)) {
        await police(`${a}/children/${c.childId}/care-arrangements`, {
          arrangedAt: at(arranged),
          caregiver:
            c.caregiver && c.caregiver.relation !== 'older-sibling' ? c.caregiver : { name: 'Srey Mom', relation: 'grandparent', ageYears: 58 },
          chosenByParent: true,
        });
      }
      if (c.explainedAfterHours !== null && happened(f.screenedAfterHours + c.explainedAfterHours)) {
        await police(`${a}/children/${c.childId}/explanations`, {
          explainedAt: at(f.screenedAfterHours + c.explainedAfterHours),
          explainedBy: 'officer-17',
        });
      }
    }
  }
  const custody = Math.max(f.custodyAfterHours, (f.screenedAfterHours ?? 0) + 0.25);
  if (!happened(custody)) return;
  await police(`${a}/police-custody`, {
    custodyAt: at(custody),
    facility: f.province === 'Battambang' ? 'Battambang provincial police station' : 'Phnom Penh Municipal Police, Anti-Drug Office',
  });
  if (f.contactAfterHours !== null && happened(custody + f.contactAfterHours)) {
    await police(`${a}/family-contacts`, {
      contactedAt: at(custody + f.contactAfterHours),
      method: 'phone',
      contactedName: 'Srey Mom',
      contactedRelation: 'grandparent',
      childIds: f.screenedAfterHours === null ? [] : f.children.map((c) => c.childId),
    });
  }
  switch (f.ending) {
    case 'in-police-custody':
    case 'with-care-arranged-late':
      return;
    case 'police-bail':
      if (happened(30)) await police(`${a}/police-bail`, { releasedAt: at(30), conditions: 'Report to the district police station every Monday.' });
      return;
    case 'released-without-charge':
      if (happened(20))
        await police(`${a}/release-without-charge`, { releasedAt: at(20), reason: 'The complainant withdrew; no evidence of the offence.' });
      return;
    case 'court':
      await recordCourtAndPrison(f, arrestId, client, now);
      return;
    default: {
      const _exhaustive: never = f.ending;
    }
  }
}
