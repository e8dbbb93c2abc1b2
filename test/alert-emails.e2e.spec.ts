/**
 * Alerts reach whoever must act, by email: a child left alone at an arrest raises a critical
 * alert, mailed at once to the police unit and the oversight body (the unit's first delivery
 * refused by the SMTP server, so it is retried); at the digest hour in Phnom Penh, the unit and
 * the oversight body get the day's digest, in Khmer and English. Through a real SMTP server
 * (smtp-server), read back with mailparser. Embedded mode and Kafka mode.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { bearer, DevKeys } from '@safeguard/platform';
import { EmailDispatcher } from '../apps/child-welfare-service/src/notifications/email/email-dispatcher';
import { anArrestBody } from './support/arrest-requests';
import { describeWithKafka } from './support/environment';
import { eventually } from './support/eventually';
import { SafeguardSystem, type SystemMode } from './support/safeguard-system';
import { teardown } from './support/teardown';

const MINUTE = 60_000;
const police = bearer(DevKeys.policePhnomPenh);
const monitor = bearer(DevKeys.monitor);

/** An SMTP server on this machine: keeps every message; refuses with a 451 the first try of each message `refusesFirst` picks (a try is known by its Message-ID). */
class MailServer {
  readonly messages: ParsedMail[] = [];
  private readonly tried = new Set<string>();
  private readonly server: SMTPServer;

  constructor(refusesFirst: (mail: ParsedMail) => boolean) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            const id = mail.messageId ?? '';
            const firstTry = !this.tried.has(id);
            this.tried.add(id);
            if (firstTry && refusesFirst(mail)) {
              callback(Object.assign(new Error('mailbox busy, try again later'), { responseCode: 451 }));
              return;
            }
            this.messages.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.server.address() as AddressInfo).port;
  }

  to(address: string): ParsedMail[] {
    return this.messages.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.value.some((v) => v.address === address)));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function story(mode: SystemMode) {
  let system: SafeguardSystem;
  // The unit's mail server refuses the first try of each critical alert sent to it.
  const mail = new MailServer(
    (m) => m.text?.includes('child-without-safe-care') === true && JSON.stringify(m.to).includes('pp-anti-drug@example.org'),
  );
  // Arrested at 10:00 in Phnom Penh (03:00 UTC) yesterday by the real clock's day.
  const today = new Date();
  const arrestedAt = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 1, 3));
  const at = (minutes: number) => new Date(arrestedAt.getTime() + minutes * MINUTE).toISOString();

  beforeAll(async () => {
    process.env.SAFEGUARD_SMTP_URL = `smtp://127.0.0.1:${await mail.listen()}`;
    process.env.SAFEGUARD_DIGEST_HOUR = '7';
    system = await SafeguardSystem.start(mode, new Date(arrestedAt.getTime() + 30 * MINUTE));
  }, 120_000);
  afterAll(async () => {
    await teardown(system, mail);
    delete process.env.SAFEGUARD_SMTP_URL;
    delete process.env.SAFEGUARD_DIGEST_HOUR;
  }, 60_000);

  it('mails a critical alert at once to the unit and the oversight body, retrying what the server refused, then the day’s digest at 07:00 in Phnom Penh', async () => {
    const childId = randomUUID();
    const personId = `person-mailed-${childId.slice(0, 8)}`;
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
    const alert = await eventually(
      async () => {
        const items = (
          await system.http('childWelfare').get('/alerts').query({ ruleId: 'child-without-safe-care', personId }).set(monitor).expect(200)
        ).body.items;
        return items[0] as { alertId: string; summary: string } | undefined;
      },
      'the critical alert',
      60_000,
    ); // Kafka mode: a fresh service catches up with the topics' whole history first

    const about = (address: string) => mail.to(address).filter((m) => m.text?.includes(alert.alertId));
    const [toOversight] = await eventually(
      async () => (about('oversight@example.org').length > 0 ? about('oversight@example.org') : undefined),
      'the email to the oversight body',
    );
    expect(toOversight.subject).toBe(`ការជូនដំណឹងបន្ទាន់: ${alert.summary}`);
    expect(toOversight.text).toContain('Critical alert (critical)');
    // Due 20 minutes after a 10:00 arrest, in Phnom Penh's time.
    expect(toOversight.text).toContain(
      'Due: ' +
        new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Phnom_Penh', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at(20))) +
        ' (Asia/Phnom_Penh)',
    );
    expect(toOversight.text).toContain('កាលកំណត់');

    // The unit's server refused the first try (451): once the backoff (at most 30 s) has passed, it is sent.
    const unitEmail = () =>
      system.childWelfareDb.query<{ attempts: number; status: string; last_error: string | null }>(
        `SELECT attempts, status, last_error FROM child_welfare.email_outbox WHERE dedupe_key = $1`,
        [`critical:${alert.alertId}:pp-anti-drug@example.org`],
      );
    const [refused] = await eventually(
      async () => ((await unitEmail()).at(0)?.last_error ? unitEmail() : undefined),
      'the first, refused, try to the unit',
    );
    expect(refused).toMatchObject({ attempts: 1, status: 'pending', last_error: expect.stringContaining('451') });
    expect(about('pp-anti-drug@example.org')).toEqual([]);
    system.clock.set(new Date(system.clock.now().getTime() + 31_000));
    system.childWelfare.get(EmailDispatcher).wake();
    const [toUnit] = await eventually(
      async () => (about('pp-anti-drug@example.org').length > 0 ? about('pp-anti-drug@example.org') : undefined),
      'the retried email to the unit',
    );
    expect(toUnit.messageId).toMatch(/@safeguard>$/);
    await eventually(async () => ((await unitEmail()).at(0)?.status === 'sent' ? true : undefined), 'the email to be recorded as sent');
    expect(await unitEmail()).toEqual([{ attempts: 2, status: 'sent', last_error: null }]);

    // 07:00 the next morning in Phnom Penh is 00:00 UTC: the digest of the 24 hours before.
    const digestAt = new Date(Date.UTC(arrestedAt.getUTCFullYear(), arrestedAt.getUTCMonth(), arrestedAt.getUTCDate() + 1, 0, 0, 5));
    system.clock.set(digestAt);
    system.childWelfare.get(EmailDispatcher).wake();
    const day = digestAt.toISOString().slice(0, 10);
    const digestTo = (address: string) => mail.to(address).find((m) => m.subject?.includes(`, ${day} (`));
    const unitDigest = await eventually(async () => digestTo('pp-anti-drug@example.org'), 'the unit’s digest');
    expect(unitDigest.subject).toMatch(/^សេចក្តីសង្ខេបប្រចាំថ្ងៃនៃការជូនដំណឹង · Daily digest of alerts: Phnom Penh Municipal Police, Anti-Drug Office, /);
    expect(unitDigest.text).toMatch(/New: [1-9]/);
    const oversightDigest = await eventually(async () => digestTo('oversight@example.org'), 'the oversight body’s digest');
    // Critical and due yesterday, it leads its section, unless (Kafka mode) other suites' history
    // holds more critical alerts due later than a page can list.
    for (const digest of [unitDigest, oversightDigest]) {
      const [english] = (digest.text ?? '').split('— — —').slice(-1);
      const newSection = english.slice(english.indexOf('New: '), english.indexOf('Still open, past due: '));
      if (!newSection.includes('more')) expect(newSection).toContain(alert.alertId);
    }
    if (mode === 'embedded') expect(unitDigest.text).toContain(alert.alertId);
    expect(oversightDigest.text).toContain('ថ្មី');
    // One digest a day: waking the dispatcher again sends no second one.
    system.childWelfare.get(EmailDispatcher).wake();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(mail.to('oversight@example.org').filter((m) => m.subject?.includes(`, ${day} (`))).toHaveLength(1);
  }, 150_000);
}

describe('alert emails, embedded mode [PGlite, database log]', () => story('embedded'));
describeWithKafka('alert emails, Kafka mode [real PostgreSQL]', () => story('kafka'));
