/** JSON Schema objects as plain data: the same object validates a request and documents it. */
export type JsonSchema = Readonly<Record<string, unknown>>;

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
export const arrayOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
export const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });

export function object(properties: Record<string, JsonSchema>, required: readonly string[] = [], description?: string): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    ...(description ? { description } : {}),
    ...(required.length > 0 ? { required: [...required] } : {}),
    properties,
  };
}
