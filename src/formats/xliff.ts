/**
 * XLIFF 1.2 (`<trans-unit>`) and 2.0 (`<unit>`/`<segment>`) files (`.xlf`, `.xliff`), read with
 * saxes, a conforming XML parser that reports where each event lies. The prose is the targets,
 * one block per unit; the source of each becomes its segment's `source`. Inline elements that
 * hold text (`<g>`, `<pc>`, `<mrk>`, `<sub>`) are read through; placeholders and native code
 * (`<x/>`, `<ph>`, `<bpt>`, `<ept>`, `<it>`, `<sc/>`, `<ec/>`, `<cp/>`) are not prose.
 * Malformed XML is a {@link FormatError} with the line and column saxes reports.
 */
import { SaxesParser, type SaxesTag } from 'saxes';
import { ProseMapBuilder } from '../core/prose-map.js';
import { FormatError, lineColumn, type ProseView, type Segment } from './prose-view.js';
import { addDecodedText, type ReferenceDecoder } from './text-runs.js';

const SEPARATOR = '\n\n';
/** Inline elements whose content is native code or a placeholder, never prose. */
const CODE_ELEMENTS = new Set(['x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it', 'sc', 'ec', 'cp', 'sm', 'em']);
const XML_REFERENCES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

const decodeReference: ReferenceDecoder = (reference) => {
  const named = XML_REFERENCES[reference];
  if (named !== undefined) return named;
  const m = /^&#(x[0-9a-fA-F]+|[0-9]+);$/.exec(reference);
  if (m === null) return null;
  const code = (m[1] as string).startsWith('x') ? parseInt((m[1] as string).slice(1), 16) : parseInt(m[1] as string, 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : null;
};

function attributeOf(tag: SaxesTag, name: string): string | undefined {
  const value = tag.attributes[name];
  return typeof value === 'string' ? value : value?.value;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

interface OpenUnit {
  id: string;
  source: string;
  /** File offset just past `</source>`, where a missing target would go. */
  afterSource: number;
  hasTarget: boolean;
  /** File offset just past `<target>` of an empty target, where its text would go. */
  emptyTargetAt: number | null;
  target: { start: number; end: number } | null;
}

/**
 * The prose view of an XLIFF file.
 * @throws FormatError on malformed XML or a file that is not XLIFF
 */
export function xliffProse(xml: string): ProseView {
  const builder = new ProseMapBuilder();
  const segments: Segment[] = [];
  const parser = new SaxesParser({ position: true });
  let lastEnd = 0;
  let unit: OpenUnit | null = null;
  let unitCount = 0;
  let sawXliff = false;
  /** Where text goes now: into the source, into the target, or nowhere. */
  let mode: 'none' | 'source' | 'target' = 'none';
  let codeDepth = 0;
  let unitId = '';

  const startUnit = (id: string): void => {
    unit = { id, source: '', afterSource: lastEnd, hasTarget: false, emptyTargetAt: null, target: null };
  };
  const endUnit = (): void => {
    const u = unit as OpenUnit | null;
    if (u === null) return;
    if (u.target === null) {
      const at = builder.length;
      builder.gap(SEPARATOR, u.emptyTargetAt ?? u.afterSource);
      segments.push({ id: u.id, source: u.source, target: { start: at + 1, end: at + 1 }, missing: !u.hasTarget });
    } else {
      segments.push({ id: u.id, source: u.source, target: u.target, missing: false });
    }
    unit = null;
  };

  parser.on('opentag', (tag: SaxesTag) => {
    const name = localName(tag.name);
    const end = parser.position;
    if (name === 'xliff') sawXliff = true;
    if (name === 'trans-unit' || name === 'unit') {
      unitCount++;
      unitId = attributeOf(tag, 'id') ?? String(unitCount);
      if (name === 'trans-unit') startUnit(unitId);
    } else if (name === 'segment') {
      const segmentId = attributeOf(tag, 'id');
      startUnit(segmentId === undefined ? unitId : `${unitId}/${segmentId}`);
    } else if (unit !== null && name === 'source' && mode === 'none') {
      mode = 'source';
    } else if (unit !== null && name === 'target' && mode === 'none') {
      mode = 'target';
      const u = unit as OpenUnit;
      u.hasTarget = true;
      builder.gap(SEPARATOR, end);
      u.target = { start: builder.length, end: builder.length };
      u.emptyTargetAt = end;
      if (tag.isSelfClosing) u.target = null;
    } else if (mode !== 'none' && CODE_ELEMENTS.has(name)) {
      codeDepth++;
      if (tag.isSelfClosing) codeDepth--;
    }
    lastEnd = end;
  });
  parser.on('closetag', (tag: SaxesTag) => {
    const name = localName(tag.name);
    if (mode !== 'none' && CODE_ELEMENTS.has(name) && !tag.isSelfClosing) codeDepth = Math.max(0, codeDepth - 1);
    if (name === 'source' && mode === 'source') {
      mode = 'none';
      if (unit !== null) (unit as OpenUnit).afterSource = parser.position;
    } else if (name === 'target' && mode === 'target') {
      mode = 'none';
      const u = unit as OpenUnit | null;
      if (u !== null && u.target !== null) u.target.end = builder.length;
      if (u !== null && u.target !== null && u.target.start === u.target.end) u.target = null;
    } else if (name === 'trans-unit' || name === 'segment') {
      endUnit();
    }
    lastEnd = parser.position;
  });
  const onText = (decoded: string, rawStart: number, rawEnd: number, cdata: boolean): void => {
    const u = unit as OpenUnit | null;
    if (u === null || mode === 'none' || codeDepth > 0) return;
    if (mode === 'source') {
      u.source += decoded;
      return;
    }
    builder.startNode(cdata ? 'none' : 'xml');
    if (cdata) builder.copy(rawStart, xml.slice(rawStart, rawEnd));
    else addDecodedText(builder, xml.slice(rawStart, rawEnd), rawStart, decoded, decodeReference, false);
  };
  parser.on('text', (text: string) => {
    const end = parser.position - 1;
    onText(text, lastEnd, end, false);
    lastEnd = end;
  });
  parser.on('cdata', (text: string) => {
    const end = parser.position;
    onText(text, lastEnd + '<![CDATA['.length, end - ']]>'.length, true);
    lastEnd = end;
  });
  for (const event of ['comment', 'processinginstruction', 'doctype', 'xmldecl'] as const) {
    parser.on(event, () => {
      lastEnd = parser.position;
    });
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    const message = (error as Error).message.replace(/^\d+:\d+:\s*/, '');
    throw new FormatError(`malformed XML: ${message}`, parser.line, Math.max(1, parser.column));
  }
  if (!sawXliff) {
    const at = lineColumn(xml, 0);
    throw new FormatError('not an XLIFF file (no <xliff> root element)', at.line, at.column);
  }
  const { prose, map } = builder.build();
  return { format: 'xliff', prose, map, excluded: [], furniture: [], blocks: [], segments };
}
