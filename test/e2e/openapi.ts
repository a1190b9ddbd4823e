// GitHub's published OpenAPI description (@octokit/openapi, api.github.com) as a request checker
// for the fake API server: finds the operation by method and path template, and validates path
// and query parameters and the JSON body against it. Anything it cannot match is a violation.
import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

interface Operation {
  readonly operationId: string;
  readonly method: string;
  readonly template: string;
  readonly parameters: Parameter[];
  readonly bodySchema: JsonObject | null;
  readonly bodyRequired: boolean;
}

interface Route {
  readonly template: string;
  readonly regex: RegExp;
  readonly names: string[];
  readonly operations: Map<string, Operation>;
}

export interface Matched {
  readonly operation: Operation;
  readonly params: Record<string, string>;
}

const SCHEMA_ID = 'github-openapi.json';
const isObj = (v: Json | undefined): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * OpenAPI 3.0 → JSON Schema as ajv reads it: `nullable: true` becomes a `null` alternative, the
 * document-local `#/components/...` refs point into the registered document, and `x-*`,
 * `example` and `discriminator` (annotations to ajv) are dropped.
 */
function convert(node: Json): Json {
  if (Array.isArray(node)) return node.map(convert);
  if (!isObj(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('x-') || k === 'example' || k === 'discriminator' || k === 'nullable') continue;
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) out[k] = `${SCHEMA_ID}${v}`;
    else out[k] = convert(v);
  }
  if (node['nullable'] === true) {
    if (typeof out['type'] === 'string') out['type'] = [out['type'], 'null'];
    else return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

function templateRegex(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const src = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { regex: new RegExp(`^${src}$`), names };
}

export class OpenApiChecker {
  private readonly routes: Route[] = [];
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  private readonly coercing = new Ajv({ strict: false, coerceTypes: true, validateFormats: false });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly components: JsonObject;

  constructor() {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
    this.components = doc['components'] as JsonObject;
    const converted = { $id: SCHEMA_ID, components: convert(this.components) };
    this.ajv.addSchema(converted);
    this.coercing.addSchema(converted);
    for (const [template, item] of Object.entries(doc['paths'] as JsonObject)) {
      if (!isObj(item)) continue;
      const { regex, names } = templateRegex(template);
      const operations = new Map<string, Operation>();
      const shared = Array.isArray(item['parameters']) ? item['parameters'] : [];
      for (const method of ['get', 'post', 'put', 'patch', 'delete', 'head']) {
        const op = item[method];
        if (!isObj(op)) continue;
        const params = [...shared, ...(Array.isArray(op['parameters']) ? op['parameters'] : [])].map((p) => this.deref(p) as unknown as Parameter);
        const body = isObj(op['requestBody']) ? (this.deref(op['requestBody']) as JsonObject) : null;
        const content = body && isObj(body['content']) ? body['content'] : null;
        const json = content && isObj(content['application/json']) ? content['application/json'] : null;
        operations.set(method.toUpperCase(), {
          operationId: typeof op['operationId'] === 'string' ? op['operationId'] : `${method} ${template}`,
          method: method.toUpperCase(),
          template,
          parameters: params,
          bodySchema: json && isObj(json['schema']) ? json['schema'] : null,
          bodyRequired: body?.['required'] === true,
        });
      }
      this.routes.push({ template, regex, names, operations });
    }
    // Literal segments beat parameters: `/pulls/comments` before `/pulls/{pull_number}`.
    this.routes.sort((a, b) => b.template.replace(/\{[^}]+\}/g, '').length - a.template.replace(/\{[^}]+\}/g, '').length);
  }

  private deref(node: Json): Json {
    if (isObj(node) && typeof node['$ref'] === 'string' && node['$ref'].startsWith('#/components/')) {
      const [, , kind, name] = node['$ref'].split('/');
      return this.deref((this.components[kind!] as JsonObject)[name!]!);
    }
    return node;
  }

  private validator(key: string, schema: JsonObject, coerce: boolean): ValidateFunction {
    let v = this.validators.get(key);
    if (!v) {
      v = (coerce ? this.coercing : this.ajv).compile(convert(schema) as JsonObject);
      this.validators.set(key, v);
    }
    return v;
  }

  /** The operation for a request, or the violation (unknown route, wrong method). */
  match(method: string, pathname: string): Matched | string {
    const candidates = this.routes.filter((r) => r.regex.test(pathname));
    if (candidates.length === 0) return `unknown route: ${method} ${pathname}`;
    for (const r of candidates) {
      const op = r.operations.get(method);
      if (!op) continue;
      const m = r.regex.exec(pathname)!;
      return { operation: op, params: Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])) };
    }
    return `wrong method: ${method} ${pathname} (the path allows ${[...new Set(candidates.flatMap((r) => [...r.operations.keys()]))].join(', ')})`;
  }

  /** Every violation of the operation's parameters and body; empty when the request is valid. */
  check(m: Matched, query: URLSearchParams, body: string): string[] {
    const op = m.operation;
    const where = `${op.method} ${op.template} (${op.operationId})`;
    const out: string[] = [];
    for (const p of op.parameters) {
      if (p.in !== 'path' && p.in !== 'query') continue;
      const value = p.in === 'path' ? m.params[p.name] : (query.get(p.name) ?? undefined);
      if (value === undefined) {
        if (p.required) out.push(`${where}: missing required ${p.in} parameter '${p.name}'`);
        continue;
      }
      if (!p.schema) continue;
      // On the wire every parameter is a string: `oneOf: [integer, string]` would match both
      // alternatives once coerced, so for parameters one matching alternative is enough.
      const { oneOf, ...rest } = p.schema;
      const schema = oneOf === undefined ? p.schema : { ...rest, anyOf: oneOf };
      const v = this.validator(`${op.operationId}:${p.in}:${p.name}`, { type: 'object', properties: { v: schema } }, true);
      if (!v({ v: value })) out.push(`${where}: ${p.in} parameter '${p.name}'='${value}' ${this.ajv.errorsText(v.errors)}`);
    }
    const known = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const k of query.keys()) if (!known.has(k)) out.push(`${where}: unknown query parameter '${k}'`);

    if (op.bodySchema === null) {
      if (body.trim() !== '') out.push(`${where}: takes no JSON body, got ${body.slice(0, 80)}`);
      return out;
    }
    if (body.trim() === '') {
      if (op.bodyRequired) out.push(`${where}: request body required`);
      return out;
    }
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return [...out, `${where}: body is not JSON`];
    }
    const v = this.validator(`${op.operationId}:body`, op.bodySchema, false);
    if (!v(data)) out.push(`${where}: invalid body: ${this.ajv.errorsText(v.errors)}`);
    // The schemas allow extra properties; GitHub ignores them, so a misspelt field would pass
    // silently. At the top level, an unknown field is a violation here.
    const props = op.bodySchema['properties'];
    if (isObj(props) && data !== null && typeof data === 'object' && !Array.isArray(data)) {
      for (const k of Object.keys(data)) if (!(k in props)) out.push(`${where}: unknown body field '${k}'`);
    }
    return out;
  }
}
