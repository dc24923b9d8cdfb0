/**
 * Markdown (`.md`): parsed by mdast-util-from-markdown (CommonMark, with GFM tables and YAML/TOML
 * front matter), which gives every node its offsets in the file. The prose is headings,
 * paragraphs, list items, table cells, link text and image alt text; code blocks, HTML, front
 * matter, link definitions and URLs never enter it; inline code enters it (so words either side
 * do not join) but is excluded from checking.
 */
import type { Nodes, Parents } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { ProseMapBuilder } from '../core/prose-map.js';
import type { OffsetRange, ProseView } from './prose-view.js';
import { addDecodedText, type ReferenceDecoder } from './text-runs.js';
import { urlRanges } from './url-ranges.js';
import { decodeHTML } from 'entities/decode';

const SEPARATOR = '\n\n';
const SKIPPED = new Set(['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition', 'thematicBreak']);
const BLOCKS = new Set(['heading', 'paragraph', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell']);

const decodeReference: ReferenceDecoder = (reference) => {
  const value = decodeHTML(reference);
  return value === reference ? null : value;
};

function offsets(node: Nodes): OffsetRange | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

/** The prose view of a Markdown file. Never throws: every text is valid Markdown. */
export function markdownProse(markdown: string): ProseView {
  const tree = fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml', 'toml']), gfmTable()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmTableFromMarkdown()],
  });
  const builder = new ProseMapBuilder();
  const excluded: OffsetRange[] = [];
  const separate = (): void => {
    if (builder.length > 0 && builder.tail(2) !== SEPARATOR) builder.gap(builder.tail(1) === '\n' ? '\n' : SEPARATOR);
  };
  const walk = (node: Nodes): void => {
    if (SKIPPED.has(node.type)) return;
    const at = offsets(node);
    switch (node.type) {
      case 'text':
        if (at === null) return;
        builder.startNode('none');
        addDecodedText(builder, markdown.slice(at.start, at.end), at.start, node.value, decodeReference, false);
        return;
      case 'inlineCode': {
        if (at === null) return;
        const from = builder.length;
        builder.startNode('none');
        builder.atom(at.start, at.end - at.start, node.value);
        excluded.push({ start: from, end: builder.length });
        return;
      }
      case 'image':
      case 'imageReference': {
        if (at === null || node.alt === null || node.alt === undefined || node.alt === '') return;
        separate();
        builder.startNode('none');
        // `![alt](url)`: the alt text starts after `![`; what follows it is not prose.
        addDecodedText(builder, markdown.slice(at.start + 2, at.end), at.start + 2, node.alt, decodeReference, false);
        separate();
        return;
      }
      case 'break':
        builder.gap('\n', at?.start);
        return;
      default:
        break;
    }
    const block = BLOCKS.has(node.type);
    if (block) separate();
    if ('children' in node) for (const child of (node as Parents).children) walk(child as Nodes);
    if (block) separate();
  };
  walk(tree);
  const { prose, map } = builder.build();
  return { format: 'markdown', prose, map, excluded: [...excluded, ...urlRanges(prose)], furniture: [], blocks: [] };
}
