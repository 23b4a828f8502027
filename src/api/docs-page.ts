/**
 * `/docs`: the OpenAPI document rendered as one static HTML page on the server, with no script and
 * no CDN, so it works offline and under the strict Content-Security-Policy. Every value is escaped.
 */

type Doc = Record<string, unknown>;
interface Param { name: string; in: string; required: boolean; description?: string; schema: Doc }
interface Operation {
  operationId: string; summary: string; description?: string; tags: string[];
  parameters?: Param[]; requestBody?: { content: Record<string, { schema: Doc }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Doc }> }>;
  security?: unknown[];
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const code = (s: string) => `<code>${escapeHtml(s)}</code>`;
/** Backticks in descriptions become <code>, after escaping: no HTML from the document survives. */
const prose = (s: string | undefined) => (s ? escapeHtml(s).replace(/`([^`]{1,200})`/g, '<code>$1</code>') : '');

function schemaLabel(schema: Doc | undefined): string {
  if (!schema) return '';
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const name = ref.split('/').pop() ?? ref;
    return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
  }
  if (schema['type'] === 'array') return `array of ${schemaLabel(schema['items'] as Doc)}`;
  if (Array.isArray(schema['enum'])) return (schema['enum'] as unknown[]).map((v) => code(String(v))).join(' | ');
  if (Array.isArray(schema['anyOf'])) return (schema['anyOf'] as Doc[]).map(schemaLabel).join(' or ');
  const type = Array.isArray(schema['type']) ? (schema['type'] as string[]).join(' | ') : String(schema['type'] ?? 'any');
  const bounds = ['minimum', 'maximum', 'maxLength', 'pattern', 'default']
    .filter((k) => schema[k] !== undefined).map((k) => `${k} ${code(String(schema[k]))}`);
  return `${escapeHtml(type)}${bounds.length > 0 ? ` <span class="muted">(${bounds.join(', ')})</span>` : ''}`;
}

function renderOperation(method: string, path: string, op: Operation): string {
  const params = op.parameters ?? [];
  const body = op.requestBody?.content['application/json']?.schema;
  const bodyProps = (body?.['properties'] ?? {}) as Record<string, Doc>;
  const bodyRequired = (body?.['required'] ?? []) as string[];
  return `<section class="op" id="${escapeHtml(op.operationId)}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> ${code(path)}${op.security ? ' <span class="lock">token</span>' : ''}</h3>
<p>${prose(op.summary)}</p>${op.description ? `<p class="muted">${prose(op.description)}</p>` : ''}
${params.length > 0 ? `<table><thead><tr><th>parameter</th><th>in</th><th>schema</th><th>meaning</th></tr></thead><tbody>${params.map((p) =>
    `<tr><td>${code(p.name)}${p.required ? ' <b>*</b>' : ''}</td><td>${escapeHtml(p.in)}</td><td>${schemaLabel(p.schema)}</td><td>${prose(p.description)}</td></tr>`).join('')}</tbody></table>` : ''}
${body ? `<p><b>JSON body</b></p><table><thead><tr><th>field</th><th>schema</th><th>meaning</th></tr></thead><tbody>${Object.entries(bodyProps).map(([name, s]) =>
    `<tr><td>${code(name)}${bodyRequired.includes(name) ? ' <b>*</b>' : ''}</td><td>${schemaLabel(s)}</td><td>${prose(s['description'] as string | undefined)}</td></tr>`).join('')}</tbody></table>` : ''}
<table><thead><tr><th>status</th><th>response</th><th></th></tr></thead><tbody>${Object.entries(op.responses).map(([status, r]) =>
    `<tr><td>${escapeHtml(status)}</td><td>${prose(r.description)}</td><td>${r.content ? Object.entries(r.content).map(([type, c]) => `${code(type)} ${schemaLabel(c.schema)}`).join('<br>') : ''}</td></tr>`).join('')}</tbody></table>
</section>`;
}

export function renderDocsPage(doc: Doc): string {
  const info = doc['info'] as { title: string; version: string; summary?: string; description?: string };
  const paths = doc['paths'] as Record<string, Record<string, Operation>>;
  const schemas = ((doc['components'] as Doc | undefined)?.['schemas'] ?? {}) as Record<string, Doc>;
  const ops = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([m, op]) => renderOperation(m, path, op)));
  const toc = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods)
    .map(([m, op]) => `<li><a href="#${escapeHtml(op.operationId)}"><span class="method ${m}">${m.toUpperCase()}</span> ${escapeHtml(path)}</a></li>`));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)} — docs</title><link rel="stylesheet" href="/docs.css"></head>
<body><header><h1>${escapeHtml(info.title)} <span class="muted">${escapeHtml(info.version)}</span></h1>
<p>${prose(info.summary)}</p><p>${prose(info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${escapeHtml(String(doc['openapi']))}) · <a href="/">web UI</a></p></header>
<nav><ul>${toc.join('')}</ul></nav>
<main><h2>Operations</h2>${ops.join('\n')}
<h2>Schemas</h2>${Object.entries(schemas).map(([name, s]) =>
    `<details id="schema-${escapeHtml(name)}"><summary>${escapeHtml(name)}</summary><pre>${escapeHtml(JSON.stringify(s, null, 2))}</pre></details>`).join('\n')}
</main></body></html>`;
}

export const DOCS_CSS = `
body{font:14px/1.5 system-ui,"WenQuanYi Micro Hei",sans-serif;color:#1f2328;margin:0;display:grid;grid-template-columns:260px 1fr;grid-template-areas:"head head" "nav main"}
header{grid-area:head;padding:12px 24px;border-bottom:1px solid #d0d7de;background:#f6f8fa}
header h1{margin:0;font-size:20px}
nav{grid-area:nav;padding:12px;border-right:1px solid #d0d7de;position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto}
nav ul{list-style:none;margin:0;padding:0}nav li{margin:4px 0}nav a{color:#1f2328;text-decoration:none;font-family:ui-monospace,monospace;font-size:12px}
main{grid-area:main;padding:0 24px 48px;max-width:1100px}
.op{border:1px solid #d0d7de;border-radius:6px;padding:8px 16px;margin:12px 0}
.op h3{margin:4px 0;font-size:15px}
.method{display:inline-block;min-width:40px;padding:0 6px;border-radius:4px;color:#fff;font:600 11px/18px ui-monospace,monospace;text-align:center}
.method.get{background:#1a7f37}.method.post{background:#0969da}
.lock{font-size:11px;border:1px solid #9a6700;color:#9a6700;border-radius:4px;padding:0 4px}
table{border-collapse:collapse;margin:8px 0;width:100%}th,td{border-bottom:1px solid #eaeef2;text-align:left;padding:3px 8px;vertical-align:top;font-size:13px}
th{color:#57606a;font-weight:600}
code{font-family:ui-monospace,monospace;font-size:12px;background:#f6f8fa;padding:0 3px;border-radius:3px}
.muted{color:#57606a}
pre{background:#f6f8fa;padding:8px;overflow:auto;font-size:12px}
details{margin:4px 0}summary{cursor:pointer;font-family:ui-monospace,monospace}
`;
