import { readFileSync } from 'fs';

/**
 * The skill manifest checked against the schema SMAPI publishes: ask-smapi-model's spec.json (Swagger
 * 2.0), definition `v1.skill.Manifest.SkillManifestEnvelope` (`{ manifest: v1.skill.Manifest.SkillManifest }`).
 * A small validator for the JSON Schema the spec uses: $ref, type, properties, required, enum, items,
 * additionalProperties, allOf, Swagger's discriminator (a subtype per `x-discriminator-value`), and
 * the length, count, range and pattern bounds.
 *
 * Stricter than the schema in one way, on purpose: a property an object's schema does not name is an
 * error (Swagger allows it by default), because SMAPI rejects unknown manifest fields and a misspelled
 * optional field would otherwise pass silently.
 */

interface Schema {
  readonly $ref?: string;
  readonly type?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly items?: Schema;
  readonly additionalProperties?: Schema | boolean;
  readonly allOf?: readonly Schema[];
  readonly discriminator?: string;
  readonly 'x-discriminator-value'?: string;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly pattern?: string;
}

type Definitions = Readonly<Record<string, Schema>>;

export const MANIFEST_ENVELOPE = 'v1.skill.Manifest.SkillManifestEnvelope';

let loaded: Definitions | undefined;

/** The published definitions, read once from the ask-smapi-model package. */
export function smapiDefinitions(): Definitions {
  loaded ??= (JSON.parse(readFileSync(require.resolve('ask-smapi-model/spec.json'), 'utf8')) as { definitions: Definitions }).definitions;
  return loaded;
}

/** Every way `skillJson` (the whole skill.json) departs from the schema, each with where: [] when none. */
export function manifestSchemaProblems(skillJson: unknown, definitions: Definitions = smapiDefinitions()): string[] {
  const problems: string[] = [];
  const resolve = (schema: Schema): Schema => {
    let current = schema;
    for (let hops = 0; current.$ref; hops++) {
      const name = current.$ref.replace('#/definitions/', '');
      if (!definitions[name] || hops > 20) throw new Error(`The schema has no definition ${current.$ref}`);
      current = definitions[name];
    }
    return current;
  };
  /** The subtype a discriminator value names: a definition that is allOf the base and says so. */
  const subtypeOf = (base: string, value: unknown): Schema | undefined =>
    Object.entries(definitions).find(
      ([name, schema]) => schema.allOf?.some((part) => part.$ref === `#/definitions/${base}`) && (schema['x-discriminator-value'] ?? name) === value,
    )?.[1];
  /** The properties an object may have under this schema and every allOf part of it. */
  const propertiesOf = (schema: Schema): Record<string, Schema> => {
    const own = resolve(schema);
    return Object.assign({}, ...(own.allOf ?? []).map(propertiesOf), own.properties ?? {});
  };
  const allows = (schema: Schema): Schema | boolean | undefined => {
    const own = resolve(schema);
    return own.additionalProperties ?? own.allOf?.map(allows).find((a) => a !== undefined);
  };

  const check = (value: unknown, schema: Schema, at: string): void => {
    const refName = schema.$ref?.replace('#/definitions/', '');
    const own = resolve(schema);
    if (own.discriminator) {
      const tag = (value as Record<string, unknown> | null)?.[own.discriminator];
      const base = refName ?? '';
      const subtype = subtypeOf(base, tag);
      if (!subtype) {
        problems.push(`${at}.${own.discriminator}: ${JSON.stringify(tag)} is not a kind of ${base}`);
        return;
      }
      return checkResolved(value, subtype, at);
    }
    checkResolved(value, own, at);
  };

  const checkResolved = (value: unknown, schema: Schema, at: string): void => {
    for (const part of schema.allOf ?? []) checkConstraints(value, resolve(part), at, false);
    checkConstraints(value, schema, at, true);
    if (isObject(value) && (schema.properties || schema.allOf)) {
      const known = propertiesOf(schema);
      const extra = allows(schema);
      for (const [key, child] of Object.entries(value)) {
        if (known[key]) check(child, known[key], `${at}.${key}`);
        else if (typeof extra === 'object') check(child, extra, `${at}.${key}`);
        else if (extra !== true) problems.push(`${at}.${key}: not a field of the manifest schema`);
      }
    } else if (isObject(value) && typeof schema.additionalProperties === 'object') {
      for (const [key, child] of Object.entries(value)) check(child, schema.additionalProperties, `${at}.${key}`);
    }
  };

  /** The checks of one schema on one value, not its properties (checkResolved walks those once). */
  const checkConstraints = (value: unknown, schema: Schema, at: string, own: boolean): void => {
    if (schema.type && !hasType(value, schema.type)) {
      problems.push(`${at}: ${JSON.stringify(value)} is not ${schema.type === 'array' || schema.type === 'object' ? 'an' : 'a'} ${schema.type}`);
      return;
    }
    if (schema.enum && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.length} allowed values`);
    if (isObject(value)) {
      for (const key of schema.required ?? []) if (!(key in value)) problems.push(`${at}.${key}: required`);
      const count = Object.keys(value).length;
      if (schema.minProperties !== undefined && count < schema.minProperties) problems.push(`${at}: at least ${schema.minProperties} entries`);
      if (schema.maxProperties !== undefined && count > schema.maxProperties) problems.push(`${at}: at most ${schema.maxProperties} entries`);
    }
    if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(`${at}: at least ${schema.minItems} items`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems) problems.push(`${at}: at most ${schema.maxItems} items`);
      if (own && schema.items) value.forEach((item, i) => check(item, schema.items!, `${at}[${i}]`));
    }
    if (typeof value === 'string') {
      if (schema.minLength !== undefined && value.length < schema.minLength) problems.push(`${at}: at least ${schema.minLength} characters`);
      if (schema.maxLength !== undefined && value.length > schema.maxLength) problems.push(`${at}: at most ${schema.maxLength} characters`);
      if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${at}: does not match ${schema.pattern}`);
    }
    if (typeof value === 'number') {
      if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${at}: at least ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${at}: at most ${schema.maximum}`);
    }
  };

  check(skillJson, { $ref: `#/definitions/${MANIFEST_ENVELOPE}` }, 'skill');
  return problems;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    default:
      return typeof value === type;
  }
}
