/**
 * The shell every HTML report page shares: doctype, charset, a Content-Security-Policy that
 * allows only the page's own inline style and script (by their SHA-256 hashes) and nothing from
 * anywhere else, so neither remote loads nor injected inline code or event handlers can run.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';
import { REPORT_STYLE } from './report-style.js';

/** `'sha256-…'` source expression of an inline element's exact text, for a CSP. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

export interface PageParts {
  title: string;
  /** Trusted markup (already escaped by the caller). */
  body: string;
  /** Inline script text, or none for a page without script. */
  script?: string;
}

/** The Content-Security-Policy of a page with this script (or none). */
export function contentSecurityPolicy(script: string | undefined): string {
  const scriptSrc = script === undefined ? "'none'" : cspHash(script);
  return `default-src 'none'; script-src ${scriptSrc}; style-src ${cspHash(REPORT_STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'`;
}

export function page(parts: PageParts): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(parts.script)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    parts.body,
    parts.script === undefined ? '' : `<script>${parts.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
