/**
 * The JSON Schema is the published contract and src/record/article-record.ts the types the code
 * compiles against. This walks both with the TypeScript compiler API and fails on any field that
 * one has and the other lacks, differs in optionality, nullability, primitive type or enum values.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

type SchemaNode = Record<string, unknown> & {
  $ref?: string; type?: string | string[]; properties?: Record<string, SchemaNode>; required?: string[];
  items?: SchemaNode; enum?: unknown[]; const?: unknown; anyOf?: SchemaNode[]; additionalProperties?: boolean | SchemaNode;
};

const schemaFile = fileURLToPath(new URL('../../schema/rostrum.article-1.schema.json', import.meta.url));
const typesFile = fileURLToPath(new URL('../../src/record/article-record.ts', import.meta.url));
const root = JSON.parse(readFileSync(schemaFile, 'utf8')) as SchemaNode & { $defs: Record<string, SchemaNode> };

function deref(node: SchemaNode): SchemaNode {
  return node.$ref ? deref(root.$defs[node.$ref.replace('#/$defs/', '')]!) : node;
}

/** The schema node's alternatives with null split out. */
function schemaVariants(node: SchemaNode): { nullable: boolean; rest: SchemaNode[] } {
  const n = deref(node);
  if (n.anyOf) {
    const parts = n.anyOf.map(deref);
    return { nullable: parts.some((p) => p.type === 'null'), rest: parts.filter((p) => p.type !== 'null') };
  }
  if (Array.isArray(n.type)) {
    return { nullable: n.type.includes('null'), rest: [{ ...n, type: n.type.filter((t) => t !== 'null')[0]! }] };
  }
  return { nullable: false, rest: [n] };
}

function compare(checker: ts.TypeChecker, type: ts.Type, node: SchemaNode, path: string, problems: string[]): void {
  const parts = type.isUnion() ? type.types : [type];
  const nonNull = parts.filter((t) => !(t.flags & ts.TypeFlags.Null));
  const { nullable, rest } = schemaVariants(node);
  if (nullable !== (nonNull.length < parts.length)) problems.push(`${path}: nullable in ${nullable ? 'schema' : 'types'} only`);
  const schema = rest[0]!;
  if (nonNull.every((t) => t.isStringLiteral())) {
    const literals = nonNull.map((t) => (t as ts.StringLiteralType).value).sort();
    const allowed = (schema.enum ?? (schema.const !== undefined ? [schema.const] : undefined))?.map(String).sort();
    if (JSON.stringify(literals) !== JSON.stringify(allowed)) problems.push(`${path}: values ${literals} vs schema ${allowed}`);
    return;
  }
  const t = nonNull[0]!;
  if (t.flags & ts.TypeFlags.String) { if (schema.type !== 'string') problems.push(`${path}: string vs ${schema.type}`); return; }
  if (t.flags & ts.TypeFlags.Number) {
    if (schema.type !== 'number' && schema.type !== 'integer') problems.push(`${path}: number vs ${schema.type}`);
    return;
  }
  if (checker.isArrayType(t)) {
    if (schema.type !== 'array' || !schema.items) { problems.push(`${path}: array vs ${schema.type}`); return; }
    compare(checker, checker.getTypeArguments(t as ts.TypeReference)[0]!, schema.items, `${path}[]`, problems);
    return;
  }
  const stringIndex = checker.getIndexInfoOfType(t, ts.IndexKind.String);
  if (stringIndex && t.getProperties().length === 0) {
    if (typeof schema.additionalProperties !== 'object') problems.push(`${path}: record type vs closed object`);
    else compare(checker, stringIndex.type, schema.additionalProperties, `${path}{}`, problems);
    return;
  }
  if (schema.type !== 'object' || !schema.properties) { problems.push(`${path}: object vs ${schema.type}`); return; }
  const props = t.getProperties();
  const names = props.map((p) => p.name).sort();
  const schemaNames = Object.keys(schema.properties).sort();
  if (JSON.stringify(names) !== JSON.stringify(schemaNames)) problems.push(`${path}: fields ${names} vs schema ${schemaNames}`);
  const required = props.filter((p) => !(p.flags & ts.SymbolFlags.Optional)).map((p) => p.name).sort();
  if (JSON.stringify(required) !== JSON.stringify([...(schema.required ?? [])].sort())) {
    problems.push(`${path}: required ${required} vs schema ${[...(schema.required ?? [])].sort()}`);
  }
  for (const prop of props) {
    const sub = schema.properties[prop.name];
    if (!sub) continue;
    const propType = checker.getNonNullableType(checker.getTypeOfSymbol(prop));
    const withNull = checker.getTypeOfSymbol(prop);
    compare(checker, prop.flags & ts.SymbolFlags.Optional ? propType : withNull, sub, `${path}.${prop.name}`, problems);
  }
}

describe('rostrum.article/1', () => {
  it('JSON Schema and TypeScript types agree field by field', () => {
    const program = ts.createProgram([typesFile], { strict: true, exactOptionalPropertyTypes: true, noEmit: true });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(typesFile)!;
    const decl = source.statements.find(
      (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'ArticleRecord',
    )!;
    const type = checker.getTypeAtLocation(decl.name);
    const problems: string[] = [];
    compare(checker, type, root, 'article', problems);
    expect(problems).toEqual([]);
  });

  it('the walker notices a difference', () => {
    const program = ts.createProgram([typesFile], { strict: true, exactOptionalPropertyTypes: true, noEmit: true });
    const checker = program.getTypeChecker();
    const decl = program.getSourceFile(typesFile)!.statements.find(
      (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'FigureRecord',
    )!;
    const tampered = structuredClone(deref({ $ref: '#/$defs/figure' }));
    tampered.required = tampered.required!.filter((f) => f !== 'approx');
    delete tampered.properties!['kind'];
    const problems: string[] = [];
    compare(checker, checker.getTypeAtLocation(decl.name), tampered, 'figure', problems);
    expect(problems.join('\n')).toMatch(/fields .* vs schema/);
    expect(problems.join('\n')).toMatch(/required .* vs schema/);
  });
});
