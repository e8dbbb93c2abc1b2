import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * TypeScript types from the event JSON Schemas in `contracts/events/`: the schemas are the one
 * source of each event's shape, and `libs/contracts/src/generated/event-data.ts` is written from
 * them (`npm run contracts:types`); `contracts.unit.spec.ts` fails when that file is stale.
 *
 * A generator of our own rather than json-schema-to-typescript: it emits `readonly` properties and
 * arrays (the events are immutable facts, and the hand-written types were readonly), and it knows
 * exactly the subset of JSON Schema the contracts use. A keyword it does not know stops it, so a
 * new construct is never silently widened to `unknown`.
 */

type Schema = { readonly [keyword: string]: unknown };

/** Keywords that constrain a value without changing its TypeScript type. */
const CONSTRAINTS = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'uniqueItems',
  'pattern',
]);
/** Keywords that shape the type, read below. */
const SHAPES = new Set(['type', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'items', 'oneOf', 'anyOf', '$ref', '$defs']);
/** Conditionals (`if`/`then`/`else`) tie fields together; a type cannot say it, the validator does. */
const CONDITIONALS = new Set(['if', 'then', 'else']);

export interface SchemaFile {
  readonly type: string;
  readonly version: number;
  readonly schema: Schema;
}

export function readSchemaFiles(eventsDir: string): SchemaFile[] {
  return readdirSync(eventsDir)
    .filter((f) => f.endsWith('.schema.json'))
    .map((file) => {
      const match = /^(\w+)\.v(\d+)\.schema\.json$/.exec(file);
      if (!match) throw new Error(`unexpected schema file name ${file}`);
      return { type: match[1], version: Number(match[2]), schema: JSON.parse(readFileSync(join(eventsDir, file), 'utf8')) as Schema };
    })
    .sort((a, b) => (a.type === b.type ? a.version - b.version : a.type < b.type ? -1 : 1));
}

/** The name of the data type of one event at one version: `VisitTookPlaceDataV2`. */
export function dataTypeName(type: string, version: number): string {
  return `${type}DataV${version}`;
}

/** The name of the constant holding an event version's enum values: `VisitTookPlaceEnumsV2`. */
export function enumsConstantName(type: string, version: number): string {
  return `${type}EnumsV${version}`;
}

/**
 * The whole generated module: one exported type per schema file, and beside it a constant of the
 * string values of each enum, keyed by the property's path (`children[].whereabouts`), for code
 * that needs the values at run time (a request DTO's `@IsIn`, Swagger's `enum`). A null the enum
 * allows is left out of the list: the type says it, a DTO says nullable its own way.
 */
export function typesFromSchemas(files: readonly SchemaFile[]): string {
  const header = [
    '// Generated from contracts/events/*.schema.json by `npm run contracts:types`. Do not edit:',
    '// change the schema and regenerate (contracts.unit.spec.ts fails while this file is stale).',
    '',
  ];
  const types = files.map(({ type, version, schema }) => {
    const where = `${type}.v${version}`;
    const doc = typeof schema.description === 'string' ? jsDoc(schema.description, '') : '';
    const declaration = `${doc}export type ${dataTypeName(type, version)} = ${typeOf(schema, schema, where, '')};\n`;
    const enums = enumsOf(schema, schema, '');
    if (enums.length === 0) return declaration;
    const entries = enums.map(
      ([path, values]) => `  ${/^\w+$/.test(path) ? path : `'${path}'`}: [${values.map((v) => literal(v, where)).join(', ')}],`,
    );
    return `${declaration}export const ${enumsConstantName(type, version)} = {\n${entries.join('\n')}\n} as const;\n`;
  });
  return header.join('\n') + types.join('\n');
}

function typeOf(schema: Schema, root: Schema, where: string, indent: string): string {
  for (const keyword of Object.keys(schema)) {
    if (!CONSTRAINTS.has(keyword) && !SHAPES.has(keyword) && !CONDITIONALS.has(keyword))
      throw new Error(`${where}: keyword ${keyword} is not understood by the type generator`);
  }
  const parts: string[] = [];
  if ('$ref' in schema) {
    // A reference either is the type (a shared definition) or only adds constraints (the
    // contracts' if/then/else rules); a schema that shapes the type beside a shaping $ref is refused.
    const target = resolve(String(schema.$ref), root, where);
    const shapesHere = Object.keys(schema).some((k) => SHAPES.has(k) && k !== '$ref' && k !== '$defs');
    if (Object.keys(target).some((k) => SHAPES.has(k))) {
      if (shapesHere) throw new Error(`${where}: $ref ${String(schema.$ref)} and the schema beside it both shape the type`);
      return typeOf(target, root, where, indent);
    }
  }
  if ('const' in schema) return literal(schema.const, where);
  if ('enum' in schema) return (schema.enum as unknown[]).map((v) => literal(v, where)).join(' | ');
  const alternatives = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (alternatives) return alternatives.map((s) => typeOf(s, root, where, indent)).join(' | ');
  const types: unknown[] = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length === 0) throw new Error(`${where}: a schema without type, enum, const or oneOf cannot be typed`);
  for (const type of types) {
    switch (type) {
      case 'string':
        parts.push('string');
        break;
      case 'integer':
      case 'number':
        if (!parts.includes('number')) parts.push('number');
        break;
      case 'boolean':
        parts.push('boolean');
        break;
      case 'null':
        parts.push('null');
        break;
      case 'array': {
        if (!schema.items || typeof schema.items !== 'object') throw new Error(`${where}: an array needs items`);
        const item = typeOf(schema.items as Schema, root, `${where}[]`, indent);
        parts.push(/[|&]/.test(item) ? `readonly (${item})[]` : `readonly ${item}[]`);
        break;
      }
      case 'object':
        parts.push(objectType(schema, root, where, indent));
        break;
      default:
        throw new Error(`${where}: type ${JSON.stringify(type)} is not understood by the type generator`);
    }
  }
  return parts.join(' | ');
}

function objectType(schema: Schema, root: Schema, where: string, indent: string): string {
  const properties = schema.properties as Record<string, Schema> | undefined;
  if (!properties) throw new Error(`${where}: an object needs its properties`);
  if (schema.additionalProperties !== false) throw new Error(`${where}: an object must say additionalProperties: false, so the type is exact`);
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const inner = indent + '  ';
  const lines = Object.entries(properties).map(([name, property]) => {
    const doc = typeof property.description === 'string' ? jsDoc(property.description, inner) : '';
    return `${doc}${inner}readonly ${name}${required.has(name) ? '' : '?'}: ${typeOf(property, root, `${where}.${name}`, inner)};`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function enumsOf(schema: Schema, root: Schema, path: string): [string, string[]][] {
  const found: [string, string[]][] = [];
  if (Array.isArray(schema.enum)) {
    const values = (schema.enum as unknown[]).filter((v): v is string => typeof v === 'string');
    if (values.length > 0 && path !== '') found.push([path, values]);
  }
  if (typeof schema.$ref === 'string') {
    const target = resolve(schema.$ref, root, path);
    if (Object.keys(target).some((k) => SHAPES.has(k))) found.push(...enumsOf(target, root, path));
  }
  for (const alternative of ((schema.oneOf ?? schema.anyOf) as Schema[] | undefined) ?? []) found.push(...enumsOf(alternative, root, path));
  if (schema.items && typeof schema.items === 'object') found.push(...enumsOf(schema.items as Schema, root, `${path}[]`));
  for (const [name, property] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
    found.push(...enumsOf(property, root, path === '' ? name : `${path}.${name}`));
  }
  return found;
}

function resolve(ref: string, root: Schema, where: string): Schema {
  const match = /^#\/\$defs\/(\w+)$/.exec(ref);
  const target = match ? (root.$defs as Record<string, Schema> | undefined)?.[match[1]] : undefined;
  if (!target) throw new Error(`${where}: $ref ${ref} is not a local #/$defs/ entry`);
  return target;
}

function literal(value: unknown, where: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`${where}: enum or const value ${JSON.stringify(value)} cannot be a literal type`);
}

function jsDoc(text: string, indent: string): string {
  return `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n`;
}
