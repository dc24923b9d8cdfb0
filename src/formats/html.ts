/**
 * HTML pages (`.html`, `.htm`): parse5 parses them as a browser does (unclosed tags and stray `<`
 * are repaired, never fatal) and reports where every node lies in the file. The prose is the body's
 * text plus `title` and `alt` attributes; scripts, styles, templates, comments and other attribute
 * values never enter it. Code (`<code>`, `<pre>`, `<kbd>`, `<samp>`) and URLs written in the text
 * enter it but are excluded from checking. Elements that the page's structure marks as furniture
 * (`<nav>`, `<footer>`, `<aside>`, landmark roles, comment and share sections by class or id) are
 * reported as furniture regions.
 */
import { decodeHTML } from 'entities/decode';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { ProseMapBuilder } from '../core/prose-map.js';
import type { FurnitureRegion, OffsetRange, ProseBlock, ProseView } from './prose-view.js';
import { addDecodedText, type ReferenceDecoder } from './text-runs.js';
import { urlRanges } from './url-ranges.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** Never prose, never entered. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'textarea', 'button']);
/** Entered but excluded from checking (code). */
const CODE = new Set(['code', 'pre', 'kbd', 'samp', 'var']);
/** Elements that start and end a block of prose. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const FURNITURE_TAGS: Record<string, string> = { nav: 'navigation', footer: 'page footer', aside: 'sidebar' };
const FURNITURE_ROLES: Record<string, string> = { navigation: 'navigation', contentinfo: 'page footer', complementary: 'sidebar', banner: 'page header' };
/** Class or id words that name furniture; `content` or `commentary-text` do not match. */
const FURNITURE_NAME = /(?:^|[-_\s])(comments?|comment-?(?:box|list|area|section|widget)|share|sharing|social|breadcrumbs?|related|sidebar|copyright|footer|navbar|nav|menu|friend-?links?)(?=$|[-_\s])/i;
const FURNITURE_KIND: Record<string, string> = { comment: 'comment section', share: 'share bar', sharing: 'share bar', social: 'share bar', breadcrumb: 'navigation', related: 'related links', sidebar: 'sidebar', copyright: 'copyright notice', footer: 'page footer', navbar: 'navigation', nav: 'navigation', menu: 'navigation', friend: 'link list' };

const SEPARATOR = '\n\n';

const decodeReference: ReferenceDecoder = (reference) => {
  const value = decodeHTML(reference);
  return value === reference ? null : value;
};

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** Why an element is furniture, or null. */
function furnitureKind(element: Element): string | null {
  const byTag = FURNITURE_TAGS[element.tagName];
  if (byTag !== undefined) return `${byTag} (<${element.tagName}>)`;
  const role = attribute(element, 'role');
  if (role !== undefined && FURNITURE_ROLES[role] !== undefined) return `${FURNITURE_ROLES[role]} (role="${role}")`;
  for (const name of ['class', 'id'] as const) {
    const value = attribute(element, name);
    const m = value === undefined ? null : FURNITURE_NAME.exec(value);
    if (m !== null) {
      const word = (m[1] as string).toLowerCase();
      const key = Object.keys(FURNITURE_KIND).find((k) => word.startsWith(k)) ?? 'nav';
      return `${FURNITURE_KIND[key] as string} (${name}="${value as string}")`;
    }
  }
  return null;
}

class HtmlProse {
  readonly builder = new ProseMapBuilder();
  readonly excluded: OffsetRange[] = [];
  readonly furniture: FurnitureRegion[] = [];
  readonly blocks: ProseBlock[] = [];
  /** Attribute texts (title, alt) waiting for the end of the current block. */
  private pending: { raw: string; start: number; value: string }[] = [];

  constructor(private readonly html: string) {}

  private separate(): void {
    const b = this.builder;
    if (b.length === 0) return;
    const tail = b.tail(2);
    if (tail === SEPARATOR) return;
    b.gap(tail.endsWith('\n') ? '\n' : SEPARATOR);
  }

  private flushAttributes(): void {
    const queued = this.pending;
    this.pending = [];
    for (const a of queued) {
      if (a.value.trim() === '') continue;
      this.separate();
      this.builder.startNode('html-attribute');
      addDecodedText(this.builder, a.raw, a.start, a.value, decodeReference, true);
      this.separate();
    }
  }

  private queueAttributes(element: Element): void {
    const loc = element.sourceCodeLocation;
    for (const name of ['title', 'alt']) {
      const value = attribute(element, name);
      const at = loc?.attrs?.[name];
      if (value === undefined || at === undefined || at === null) continue;
      const written = this.html.slice(at.startOffset, at.endOffset);
      const eq = written.indexOf('=');
      if (eq < 0) continue;
      let from = eq + 1;
      while (from < written.length && /\s/.test(written[from] as string)) from++;
      const quote = written[from] === '"' || written[from] === "'" ? 1 : 0;
      const raw = written.slice(from + quote, written.length - (quote && written.endsWith(written[from] as string) ? 1 : 0));
      this.pending.push({ raw, start: at.startOffset + from + quote, value });
    }
  }

  private text(node: TextNode, collapse: boolean, code: boolean): void {
    const loc = node.sourceCodeLocation;
    if (loc === undefined || loc === null) return;
    const from = this.builder.length;
    this.builder.startNode('html-text');
    addDecodedText(this.builder, this.html.slice(loc.startOffset, loc.endOffset), loc.startOffset, node.value, decodeReference, collapse);
    if (code && this.builder.length > from) this.excluded.push({ start: from, end: this.builder.length });
  }

  walk(node: Node, pre: boolean, code: boolean): void {
    if (node.nodeName === '#text') {
      this.text(node as TextNode, !pre, code);
      return;
    }
    if (node.nodeName === '#comment' || node.nodeName === '#documentType') return;
    if (!('tagName' in node)) {
      for (const child of (node as DefaultTreeAdapterMap['parentNode']).childNodes) this.walk(child, pre, code);
      return;
    }
    const element = node as Element;
    const tag = element.tagName;
    if (SKIPPED.has(tag) || attribute(element, 'hidden') !== undefined) return;
    if (tag === 'br') {
      if (this.builder.length > 0 && !this.builder.tail(1).endsWith('\n')) this.builder.gap('\n');
      return;
    }
    this.queueAttributes(element);
    const block = BLOCKS.has(tag);
    if (block) {
      this.separate();
      this.flushAttributes();
    }
    const start = this.builder.length;
    const kind = furnitureKind(element);
    for (const child of element.childNodes) this.walk(child, pre || tag === 'pre', code || CODE.has(tag));
    if (block || tag === 'img') {
      this.separate();
      this.flushAttributes();
    }
    const end = this.builder.length;
    if (kind !== null && end > start) this.furniture.push({ prose: { start, end }, kind });
    const loc = element.sourceCodeLocation;
    if (block && loc !== undefined && loc !== null && end > start) {
      this.blocks.push({ prose: { start, end }, file: { start: loc.startOffset, end: loc.endOffset } });
    }
  }
}

/** The prose view of an HTML page. Never throws: HTML is parsed leniently, as browsers do. */
export function htmlProse(html: string): ProseView {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const prose = new HtmlProse(html);
  prose.walk(document, false, false);
  const { prose: text, map } = prose.builder.build();
  return {
    format: 'html',
    prose: text,
    map,
    excluded: [...prose.excluded, ...urlRanges(text)],
    furniture: prose.furniture,
    blocks: prose.blocks,
  };
}
