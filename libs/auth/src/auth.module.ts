import { Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contractsDir } from '@safeguard/contracts';
import { UnitRegistry } from '@safeguard/units';
import { Authenticator } from './authenticator';
import { CredentialGuard } from './credential.guard';
import { CredentialRegistry } from './credentials';
import { failedAuthBudgetFromEnv, FailedAuthLimiter } from './failed-auth-limiter';
import { accessTokenSettingsFromEnv } from './oauth2/access-token-settings';
import { AccessTokenVerifier } from './oauth2/access-token-verifier';

function credentialsFile(): string {
  const configured = process.env.SAFEGUARD_CREDENTIALS_FILE;
  if (configured) return configured;
  if (process.env.NODE_ENV === 'production') {
    throw new Error('SAFEGUARD_CREDENTIALS_FILE must be set in production; the development keys are public');
  }
  const devFile = join(contractsDir(), '..', 'deploy', 'local', 'dev-credentials.json');
  if (!existsSync(devFile)) throw new Error(`no credentials: ${devFile} is missing`);
  return devFile;
}

/** API keys always; OAuth2 access tokens when SAFEGUARD_OIDC_ISSUER is set; the failed-authentication limit unless switched off. */
function authenticator(keys: CredentialRegistry, units: UnitRegistry): Authenticator {
  const tokens = accessTokenSettingsFromEnv(process.env);
  if (tokens) new Logger('Auth').log(`accepting access tokens of ${tokens.issuer} for audience ${tokens.audience}`);
  return new Authenticator(keys, tokens && new AccessTokenVerifier(tokens, units), new FailedAuthLimiter(failedAuthBudgetFromEnv(process.env)));
}

/** Needs the `UnitRegistry`, which the platform's global `UnitsModule` provides. */
@Module({
  providers: [
    {
      provide: CredentialRegistry,
      inject: [UnitRegistry],
      useFactory: (units: UnitRegistry) => CredentialRegistry.fromFile(credentialsFile(), units),
    },
    { provide: Authenticator, inject: [CredentialRegistry, UnitRegistry], useFactory: authenticator },
    { provide: APP_GUARD, useClass: CredentialGuard },
  ],
  exports: [CredentialRegistry, Authenticator],
})
export class AuthModule {}
