/**
 * A small element tree built from `saxes` events, with the line of every element, so TBX import
 * can report positions. Well-formedness errors come back as InterchangeError with line and column.
 */
import { SaxesParser } from 'saxes';
import { InterchangeError } from './interchange-error.js';

export interface XmlElement {
  /** Local name, without a namespace prefix. */
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
  /** 1-based line of the start tag. */
  line: number;
}

/** Parses a whole XML document into its root element. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: InterchangeError | undefined;
  parser.on('error', (error) => {
    failure ??= new InterchangeError(`invalid XML: ${error.message.replace(/^\d+:\d+: /, '')}`, parser.line, parser.column);
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attributes[key] = typeof value === 'string' ? value : value.value;
    const element: XmlElement = { name: tag.name.replace(/^.*:/, ''), attributes, children: [], line: parser.line };
    const parent = stack[stack.length - 1];
    if (parent === undefined) root ??= element;
    else parent.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (t: string): void => {
    stack[stack.length - 1]?.children.push(t);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(text.replace(/^\ufeff/, '')).close();
  if (failure !== undefined) throw failure;
  if (root === undefined) throw new InterchangeError('invalid XML: the file has no root element', 1);
  return root;
}

/** Child elements, optionally only those with one of the given names. */
export function childElements(element: XmlElement, ...names: string[]): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (names.length === 0 || names.includes(c.name)));
}

/** Descendant elements with one of the given names, in document order, not looking inside a match. */
export function findElements(element: XmlElement, ...names: string[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of childElements(element)) {
    if (names.includes(child.name)) out.push(child);
    else out.push(...findElements(child, ...names));
  }
  return out;
}

/** The text content of an element (all descendant text), whitespace kept. */
export function textContent(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
