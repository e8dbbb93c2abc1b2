import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractsDir } from '@safeguard/contracts';
import { openApiDocumentOf } from '@safeguard/platform';
import { allServices } from '../apps/embedded/src/services';

/** The OpenAPI documents in contracts/ are what the services really serve; regenerate with `npm run contracts:openapi`. */
describe('the OpenAPI documents in contracts/openapi', () => {
  const config = { database: { kind: 'pglite', dataDir: 'memory://' }, transport: { kind: 'database-log' } } as const;

  it.each(allServices(config).map(([name, module]) => [name, module] as const))(
    'match what the %s serves at /docs',
    async (name, module) => {
      const committed = JSON.parse(readFileSync(join(contractsDir(), 'openapi', `${name}.json`), 'utf8'));
      const served = JSON.parse(JSON.stringify(await openApiDocumentOf(name, module)));
      expect(served).toEqual(committed);
      expect(Object.keys(served.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
    },
    60_000,
  );
});
