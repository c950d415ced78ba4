/**
 * A small JSON Schema (2020-12) checker for the keywords the tool's schemas use: type (incl. integer,
 * null and lists), const, enum, properties, required, additionalProperties (false or a schema), items,
 * prefixItems, minItems, maxItems, minimum, maximum, anyOf, oneOf, propertyNames, pattern, minLength,
 * maxLength, $ref to #/$defs or #/definitions.
 * Returns the problems as "path: message"; an unknown keyword is itself a problem, so a schema that
 * grows past this checker fails loudly instead of passing unchecked.
 */
type Schema = Record<string, unknown>;
const KNOWN = new Set(['$schema', '$id', '$defs', 'definitions', '$ref', 'type', 'const', 'enum', 'properties', 'required', 'additionalProperties',
  'items', 'prefixItems', 'minItems', 'maxItems', 'minimum', 'maximum', 'anyOf', 'oneOf', 'description', 'title', 'default', 'format',
  'propertyNames', 'pattern', 'minLength', 'maxLength']);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export function checkJsonSchema(value: unknown, schema: Schema, root: Schema = schema, path = '$'): string[] {
  const out: string[] = [];
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) out.push(`${path}: schema keyword ${k} is not supported by this checker`);
  if (typeof schema.$ref === 'string') {
    const parts = schema.$ref.replace(/^#\//, '').split('/');
    let target: unknown = root;
    for (const p of parts) target = (target as Schema)[p];
    return [...out, ...checkJsonSchema(value, target as Schema, root, path)];
  }
  const t = typeOf(value);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type as string[] : [schema.type as string];
    if (!types.some((x) => x === t || (x === 'number' && t === 'integer'))) return [...out, `${path}: ${t}, not ${types.join(' or ')}`];
  }
  if ('const' in schema && JSON.stringify(value) !== JSON.stringify(schema.const)) out.push(`${path}: not ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).some((e) => JSON.stringify(e) === JSON.stringify(value))) out.push(`${path}: ${JSON.stringify(value)} not in the enum`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) out.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) out.push(`${path}: above ${schema.maximum}`);
  }
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) out.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) out.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength) out.push(`${path}: longer than ${schema.maxLength}`);
  }
  if (schema.anyOf && !(schema.anyOf as Schema[]).some((s) => checkJsonSchema(value, s, root, path).length === 0)) out.push(`${path}: matches none of anyOf`);
  if (schema.oneOf && (schema.oneOf as Schema[]).filter((s) => checkJsonSchema(value, s, root, path).length === 0).length !== 1) out.push(`${path}: does not match exactly one of oneOf`);
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const r of (schema.required ?? []) as string[]) if (!(r in obj)) out.push(`${path}: missing ${r}`);
    if (schema.propertyNames && typeof schema.propertyNames === 'object') {
      for (const k of Object.keys(obj)) out.push(...checkJsonSchema(k, schema.propertyNames as Schema, root, `${path}[key ${JSON.stringify(k)}]`));
    }
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) out.push(...checkJsonSchema(v, props[k]!, root, `${path}.${k}`));
      else if (schema.additionalProperties === false) out.push(`${path}: unexpected property ${k}`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') out.push(...checkJsonSchema(v, schema.additionalProperties as Schema, root, `${path}.${k}`));
    }
  }
  if (t === 'array') {
    const arr = value as unknown[];
    if (typeof schema.minItems === 'number' && arr.length < schema.minItems) out.push(`${path}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && arr.length > schema.maxItems) out.push(`${path}: more than ${schema.maxItems} items`);
    const prefix = (schema.prefixItems ?? []) as Schema[];
    arr.forEach((v, i) => {
      if (i < prefix.length) out.push(...checkJsonSchema(v, prefix[i]!, root, `${path}[${i}]`));
      else if (schema.items && typeof schema.items === 'object') out.push(...checkJsonSchema(v, schema.items as Schema, root, `${path}[${i}]`));
    });
  }
  return out;
}
