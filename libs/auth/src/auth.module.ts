import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contractsDir } from '@safeguard/contracts';
import { UnitRegistry } from '@safeguard/units';
import { ApiKeyGuard } from './api-key.guard';
import { CredentialRegistry } from './credentials';

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

/** Needs the `UnitRegistry`, which the platform's global `UnitsModule` provides. */
@Module({
  providers: [
    { provide: CredentialRegistry, inject: [UnitRegistry], useFactory: (units: UnitRegistry) => CredentialRegistry.fromFile(credentialsFile(), units) },
    { provide: APP_GUARD, useClass: ApiKeyGuard },
  ],
  exports: [CredentialRegistry],
})
export class AuthModule {}
