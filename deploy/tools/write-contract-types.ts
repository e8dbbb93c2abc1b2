import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contractsDir } from '@safeguard/contracts';
import { readSchemaFiles, typesFromSchemas } from '../../libs/contracts/codegen/schema-types';

/** Writes libs/contracts/src/generated/event-data.ts from the event JSON Schemas (`npm run contracts:types`). */
const repository = dirname(contractsDir());
const file = join(repository, 'libs', 'contracts', 'src', 'generated', 'event-data.ts');
writeFileSync(file, typesFromSchemas(readSchemaFiles(join(contractsDir(), 'events'))));
console.log(`wrote ${file}`);
