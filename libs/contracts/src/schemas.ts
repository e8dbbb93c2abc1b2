import Ajv2020, { type AnySchema, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository's `contracts/` folder, found from wherever this file was compiled to. */
export function contractsDir(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'contracts', 'asyncapi.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('contracts/asyncapi.yaml not found above ' + __dirname);
    dir = parent;
  }
  return join(dir, 'contracts');
}

export interface SchemaProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Validates event data against `contracts/events/<Type>.v<version>.schema.json`, the
 * language-neutral contract integrators read. Compiled once per process.
 */
export class EventSchemas {
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(eventsDir = join(contractsDir(), 'events')) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    for (const file of readdirSync(eventsDir).filter((f) => f.endsWith('.schema.json'))) {
      const match = /^(\w+)\.v(\d+)\.schema\.json$/.exec(file);
      if (!match) throw new Error(`unexpected schema file name ${file}`);
      const schema = JSON.parse(readFileSync(join(eventsDir, file), 'utf8')) as AnySchema;
      this.validators.set(key(match[1], Number(match[2])), ajv.compile(schema));
    }
  }

  has(type: string, version: number): boolean {
    return this.validators.has(key(type, version));
  }

  /** The problems found, or an empty list when the data honours its schema. */
  problems(type: string, version: number, data: unknown): SchemaProblem[] {
    const validate = this.validators.get(key(type, version));
    if (!validate) return [{ path: '', message: `no schema for ${type} v${version}` }];
    if (validate(data)) return [];
    return (validate.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: e.message ?? 'invalid' }));
  }
}

function key(type: string, version: number): string {
  return `${type}.v${version}`;
}

let shared: EventSchemas | undefined;
export function eventSchemas(): EventSchemas {
  return (shared ??= new EventSchemas());
}
