import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractsDir } from '@safeguard/contracts';
import { openApiDocumentOf } from '@safeguard/platform';
import { allServices } from '../../apps/embedded/src/services';

/** `npm run contracts:openapi`: writes each service's OpenAPI document into contracts/openapi/. */
async function main(): Promise<void> {
  const config = { database: { kind: 'pglite', dataDir: 'memory://' }, transport: { kind: 'database-log' } } as const;
  for (const [name, module] of allServices(config)) {
    const file = join(contractsDir(), 'openapi', `${name}.json`);
    writeFileSync(file, JSON.stringify(await openApiDocumentOf(name, module), null, 2) + '\n');
    console.log(`wrote ${file}`);
  }
}

void main();
