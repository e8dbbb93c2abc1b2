import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractsDir } from '@safeguard/contracts';
import type { Unit } from './unit';
import { UnitRegistry } from './unit-registry';

/** The file as `contracts/reference-data/units.v1.schema.json` describes it. */
interface UnitsFileV1 {
  readonly schemaVersion: 1;
  readonly sample: boolean;
  readonly about: string;
  readonly units: readonly (Omit<Unit, 'parentUnitId' | 'supervisorUnitId'> & { parentUnitId?: string; supervisorUnitId?: string })[];
}

/** A units file that cannot be used: start-up stops and says which file and why. */
export class UnitsFileInvalid extends Error {
  constructor(
    readonly path: string,
    readonly problems: readonly string[],
  ) {
    super(`units file ${path} cannot be used:\n  ${problems.join('\n  ')}`);
    this.name = 'UnitsFileInvalid';
  }
}

export function unitsSchemaPath(): string {
  return join(contractsDir(), 'reference-data', 'units.v1.schema.json');
}

/** `SAFEGUARD_UNITS_FILE`, else the sample shipped in `deploy/reference-data/units.v1.json`. */
export function unitsFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.SAFEGUARD_UNITS_FILE || join(contractsDir(), '..', 'deploy', 'reference-data', 'units.v1.json');
}

/**
 * Reads and checks a units file: the schema, then what the schema cannot say (see
 * `UnitRegistry`). In production the sample file is refused: its phone numbers reach nobody, and
 * a monitor would be told to call them.
 */
export function loadUnitRegistry(path: string, env: NodeJS.ProcessEnv = process.env): UnitRegistry {
  if (!existsSync(path)) throw new UnitsFileInvalid(path, ['the file does not exist (SAFEGUARD_UNITS_FILE names the file to use)']);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UnitsFileInvalid(path, [`not JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const validate = compiledSchema();
  if (!validate(data)) {
    throw new UnitsFileInvalid(
      path,
      (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`),
    );
  }
  const file = data as UnitsFileV1;
  if (file.sample && env.NODE_ENV === 'production') {
    throw new UnitsFileInvalid(path, [
      'this is the sample file (sample: true), whose phones and emails are fictional; production needs the ministry’s own file in SAFEGUARD_UNITS_FILE',
    ]);
  }
  const units = file.units.map((u): Unit => ({ ...u, parentUnitId: u.parentUnitId ?? null, supervisorUnitId: u.supervisorUnitId ?? null }));
  try {
    return new UnitRegistry(units, file.sample);
  } catch (error) {
    throw new UnitsFileInvalid(path, [error instanceof Error ? error.message : String(error)]);
  }
}

let validator: ReturnType<Ajv2020['compile']> | undefined;
function compiledSchema(): ReturnType<Ajv2020['compile']> {
  if (validator) return validator;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return (validator = ajv.compile(JSON.parse(readFileSync(unitsSchemaPath(), 'utf8'))));
}
