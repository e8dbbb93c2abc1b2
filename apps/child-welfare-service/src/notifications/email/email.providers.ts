import { Logger, type Provider } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { Database } from '@safeguard/event-store';
import { Clock } from '@safeguard/platform';
import { UnitRegistry } from '@safeguard/units';
import { AlertChangeFeed } from '../../alerts/stream-alerts/alert-change-feed';
import { SAFEGUARD_POLICY, type SafeguardPolicy } from '../../safeguards/policy';
import { EmailDispatcher } from './email-dispatcher';
import { emailSettingsFromEnv } from './email-settings';

/** The email dispatcher, where the service follows the agencies (not in a rebuild) and an SMTP server is named. */
export function emailProviders(dispatching: boolean): Provider[] {
  const settings = emailSettingsFromEnv();
  if (!dispatching) return [];
  if (!settings) {
    new Logger('EmailDispatcher').log('alert emails are off: SAFEGUARD_SMTP_URL names no SMTP server');
    return [];
  }
  return [
    {
      provide: EmailDispatcher,
      inject: [Database, AlertChangeFeed, Clock, UnitRegistry, SAFEGUARD_POLICY],
      useFactory: (db: Database, feed: AlertChangeFeed, clock: Clock, units: UnitRegistry, policy: SafeguardPolicy) =>
        new EmailDispatcher(db, feed, clock, units, createTransport(settings.smtpUrl), { settings, timeZone: policy.timeZone }),
    },
  ];
}
