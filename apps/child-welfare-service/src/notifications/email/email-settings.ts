/**
 * Alert emails are sent when SAFEGUARD_SMTP_URL names an SMTP server (`smtp://host:587`,
 * `smtps://user:password@host:465`); unset, none are written. SAFEGUARD_MAIL_FROM is the sender,
 * SAFEGUARD_DIGEST_HOUR the hour (0–23, the jurisdiction's) the daily digest goes out, and
 * SAFEGUARD_OVERSIGHT_EMAILS more addresses of the oversight body besides its unit's.
 */
export interface EmailSettings {
  readonly smtpUrl: string;
  readonly from: string;
  readonly digestHour: number;
  readonly oversightAddresses: readonly string[];
}

export function emailSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): EmailSettings | undefined {
  const smtpUrl = env.SAFEGUARD_SMTP_URL?.trim();
  if (!smtpUrl) return undefined;
  if (!/^smtps?:\/\//.test(smtpUrl))
    throw new Error(`SAFEGUARD_SMTP_URL must be an smtp:// or smtps:// URL, got "${smtpUrl.replace(/\/\/[^@/]*@/, '//…@')}"`);
  const hour = env.SAFEGUARD_DIGEST_HOUR?.trim() ? Number(env.SAFEGUARD_DIGEST_HOUR) : 7;
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    throw new Error(`SAFEGUARD_DIGEST_HOUR must be a whole hour from 0 to 23, got "${env.SAFEGUARD_DIGEST_HOUR ?? ''}"`);
  const oversightAddresses = (env.SAFEGUARD_OVERSIGHT_EMAILS ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  for (const address of oversightAddresses)
    if (!/^[^\s@]+@[^\s@]+$/.test(address)) throw new Error(`SAFEGUARD_OVERSIGHT_EMAILS: "${address}" is not an email address`);
  return { smtpUrl, from: env.SAFEGUARD_MAIL_FROM?.trim() || 'Safeguard alerts <alerts@safeguard.invalid>', digestHour: hour, oversightAddresses };
}
