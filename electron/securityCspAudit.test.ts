import { describe, expect, it } from 'vitest';
import { PDF_DOCUMENT_CSP } from './pdf/pdfDocumentPolicy';
import { auditCsp } from './securityCspAudit';
import { CONTENT_SECURITY_POLICY } from './securityPolicy';
import { CONTENT_SECURITY_POLICY as WEB_CONTENT_SECURITY_POLICY } from './web/server';

const STRICT = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";

describe('auditCsp', () => {
  it('passes every policy the app sends: app:// pages, web mode pages, the PDF print document', () => {
    expect(auditCsp(CONTENT_SECURITY_POLICY)).toEqual([]);
    expect(auditCsp(WEB_CONTENT_SECURITY_POLICY)).toEqual([]);
    expect(auditCsp(PDF_DOCUMENT_CSP)).toEqual([]);
  });

  it('passes a strict policy', () => {
    expect(auditCsp(STRICT)).toEqual([]);
    expect(auditCsp(`${STRICT}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:`)).toEqual([]);
  });

  it.each([
    ["script-src 'self' 'unsafe-eval'", /eval/],
    ["script-src 'self' 'wasm-unsafe-eval'", /eval/],
    ["default-src 'self' 'unsafe-eval'", /eval/],
    ["script-src 'self' 'unsafe-inline'", /inline/],
    ["script-src 'self' data:", /data:/],
    ["script-src 'self' https://cdn.example.com", /remote/],
    ["connect-src 'self' https:", /remote/],
    ["connect-src 'self' ws://localhost:5173", /remote/],
    ['img-src *', /remote/],
    ["font-src *.example.com", /remote/],
  ])('flags %s', (directive, problem) => {
    expect(auditCsp(`${directive}; ${STRICT}`).join('\n')).toMatch(problem);
  });

  it('flags a policy that leaves plugins, base URLs or the default open', () => {
    expect(auditCsp("default-src 'self'; base-uri 'none'").join('\n')).toMatch(/object-src/);
    expect(auditCsp("default-src 'self'; object-src 'none'").join('\n')).toMatch(/base-uri/);
    expect(auditCsp("script-src 'self'; object-src 'none'; base-uri 'none'").join('\n')).toMatch(/default-src/);
    expect(auditCsp('').length).toBeGreaterThan(0);
  });

  it('reads only the first of duplicated directives, as browsers do', () => {
    expect(auditCsp(`${STRICT}; script-src 'self' 'unsafe-eval'`)).toEqual([]); // the second script-src is ignored
    expect(auditCsp(`script-src 'unsafe-eval'; ${STRICT}`).join('\n')).toMatch(/eval/);
  });
});
