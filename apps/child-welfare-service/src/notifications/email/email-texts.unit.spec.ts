import { criticalAlertEmail, digestEmail, DIGEST_LISTS_AT_MOST, languagesOf, type EmailAlert } from './email-texts';

const alert: EmailAlert = {
  alertId: '00000000-0000-4000-8000-000000000001',
  ruleId: 'child-without-safe-care',
  severity: 'critical',
  status: 'open',
  summary: 'A child was left without an adult when her mother was arrested',
  legalBasis: 'CRC art. 3 and 20',
  dueAt: '2026-05-01T13:30:00.000Z',
  raisedAt: '2026-05-01T13:31:00.000Z',
  resolvedAt: null,
  responsibleUnitId: 'PP-ANTI-DRUG',
};
const zone = { timeZone: 'Asia/Phnom_Penh' };
const unit = { address: 'pp-anti-drug@example.org', name: 'Phnom Penh Municipal Police, Anti-Drug Office', languages: languagesOf('KH') };

describe('alert emails', () => {
  it('writes a Cambodian unit in Khmer, then English, with the time as it was in Phnom Penh', () => {
    const email = criticalAlertEmail(alert, unit, zone);
    expect(email.to).toBe('pp-anti-drug@example.org');
    expect(email.subject).toBe('ការជូនដំណឹងបន្ទាន់: A child was left without an adult when her mother was arrested');
    const [khmer, english] = email.text.split('\n\n— — —\n\n');
    expect(khmer).toContain('កាលកំណត់: 1 ឧសភា 2026, 8:30 PM (Asia/Phnom_Penh)');
    expect(khmer).toContain('(ធ្ងន់ធ្ងរបំផុត)');
    // 13:30 UTC is 20:30 in Phnom Penh (UTC+7), whatever zone the server runs in.
    expect(english).toContain('Due: 1 May 2026, 20:30 (Asia/Phnom_Penh)');
    expect(english).toContain('Responsible unit: PP-ANTI-DRUG');
  });

  it('writes other jurisdictions in English only', () => {
    const email = criticalAlertEmail(alert, { ...unit, languages: languagesOf('US-CA') }, zone);
    expect(email.text).not.toContain('— — —');
    expect(email.subject).toBe('Critical alert: A child was left without an adult when her mother was arrested');
  });

  it('counts each section of a digest, says none where nothing happened, and lists no more than a page', () => {
    const many = Array.from({ length: DIGEST_LISTS_AT_MOST + 3 }, (_, i) => ({ ...alert, alertId: `a-${i}`, severity: 'high' }));
    const email = digestEmail(
      { day: '2026-05-02', raised: [alert], stillOpen: many, escalated: [], resolved: [] },
      { ...unit, languages: ['en'] },
      zone,
    );
    expect(email.subject).toBe('Daily digest of alerts: Phnom Penh Municipal Police, Anti-Drug Office, 2026-05-02 (1/28/0/0)');
    expect(email.text).toContain('New: 1\n  - [critical] A child was left without an adult');
    expect(email.text).toContain(`Still open, past due: ${DIGEST_LISTS_AT_MOST + 3}`);
    expect(email.text).toContain('  and 3 more');
    expect(email.text).toContain('Escalated: 0\n  none');
    expect(email.text.match(/ - \[high\]/g)).toHaveLength(DIGEST_LISTS_AT_MOST);
  });

  it('lists the most serious first, then the most recently due', () => {
    const low = { ...alert, alertId: 'low', severity: 'low', dueAt: '2026-05-01T23:00:00.000Z' };
    const older = { ...alert, alertId: 'critical-older', dueAt: '2026-04-01T00:00:00.000Z' };
    const email = digestEmail(
      { day: '2026-05-02', raised: [low, older, alert], stillOpen: [], escalated: [], resolved: [] },
      { ...unit, languages: ['en'] },
      zone,
    );
    const order = ['00000000-0000-4000-8000-000000000001', 'critical-older', 'low'].map((id) => email.text.indexOf(id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
