import { UnitRegistry } from '@safeguard/units';
import { aUnit } from '@safeguard/units/testing/unit-fixtures';
import { toAlertView } from './alert.view';

const cc2 = aUnit('CC2', {
  name: 'Correctional Centre 2 (CC2), Prey Sar: women and juveniles',
  phone: '+855 23 000 012',
  email: 'cc2@example.org',
  supervisorUnitId: null,
});
const units = new UnitRegistry([cc2], false);

const row = (responsibleUnitId: string | null) => ({
  alert_id: '00000000-0000-4000-8000-000000000001',
  rule_id: 'no-family-contact',
  status: 'open',
  severity: 'high',
  person_id: 'person-KH-0012',
  arrest_id: null,
  child_ids: '[]',
  responsible_agency: 'prison',
  responsible_unit_id: responsibleUnitId,
  province: 'Phnom Penh',
  legal_basis: 'Bangkok Rule 26',
  summary: 'No contact with her children for 30 days',
  due_at: '2026-04-01T00:00:00Z',
  raised_at: '2026-04-01T00:01:00Z',
  triggering_event_ids: '[]',
  policy_id: 'cambodia-2026',
  version: 1,
});

describe('an alert as monitors read it', () => {
  it('says whom to call: the responsible unit’s name, phone and email from the registry', () => {
    expect(toAlertView(row('CC2'), units)).toMatchObject({
      responsibleUnitId: 'CC2',
      responsibleUnit: {
        unitId: 'CC2',
        name: 'Correctional Centre 2 (CC2), Prey Sar: women and juveniles',
        phone: '+855 23 000 012',
        email: 'cc2@example.org',
      },
    });
  });

  it.each([
    ['names a unit the registry does not hold (a judge)', 'judge-1'],
    ['names no unit', null],
  ])('keeps the responsible unit null when the alert %s, and its id as recorded', (_name, unitId) => {
    expect(toAlertView(row(unitId), units)).toMatchObject({ responsibleUnitId: unitId, responsibleUnit: null });
  });
});
