/** Just enough of an OpenAPI 3 document to find a route's request body schema. */
export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  readonly components?: { schemas?: Record<string, Schema> };
}

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  example?: unknown;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  minItems?: number;
  minimum?: number;
  minLength?: number;
}

/**
 * A request body built from a route's documented schema: each required field from its example,
 * else its first enum value, else a value of its type and format. Enough to pass validation on
 * most routes, so a test can reach what the route checks next (who may see the record).
 */
export function requestBodyFor(document: OpenApiDocument, path: string, method: string): unknown {
  // A path or method the document does not have gives no operation: the lookups may miss.
  const operations = document.paths[path] as Partial<OpenApiDocument['paths'][string]> | undefined;
  const schema = operations?.[method]?.requestBody?.content?.['application/json']?.schema;
  return schema ? valueOf(document, schema, 0) : {};
}

function resolve(document: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) return resolve(document, document.components!.schemas![schema.$ref.replace('#/components/schemas/', '')]);
  if (schema.allOf?.length === 1) return { ...schema, ...resolve(document, schema.allOf[0]), allOf: undefined };
  return schema;
}

function valueOf(document: OpenApiDocument, raw: Schema, depth: number): unknown {
  const schema = resolve(document, raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.properties || schema.type === 'object') {
    if (depth > 6) return {};
    return Object.fromEntries((schema.required ?? []).map((name) => [name, valueOf(document, schema.properties?.[name] ?? {}, depth + 1)]));
  }
  switch (schema.type) {
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => valueOf(document, schema.items ?? {}, depth + 1));
    case 'boolean':
      return false;
    case 'number':
    case 'integer':
      return Math.max(1, schema.minimum ?? 1);
    case 'string':
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (schema.format === 'date-time') return '2026-06-01T10:00:00Z';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    default:
      return 'x';
  }
}
