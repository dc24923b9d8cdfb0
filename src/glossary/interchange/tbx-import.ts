/**
 * TBX import: TBX-Basic and TBX v3 (`conceptEntry`/`langSec`/`termSec`) and the older TBX v2
 * shape (`termEntry`/`langSet`/`tig`/`ntig`), mapped as `tbx-fields.ts` describes. Concepts that
 * give mtqa nothing to flag (no deprecated English term) or no approved rendering are skipped
 * with a warning naming their line.
 */
import type { Severity } from '../../core/finding.js';
import type { EntryStatus } from '../../core/glossary.js';
import { avoidData, examplesData, normaliseEntryData, type AvoidData, type EntryData } from '../entry-data.js';
import { CATEGORIES, defaultNote, patternFromTerm, uniqueId } from './imported-entry.js';
import { InterchangeError, type ImportDefaults, type ImportResult } from './interchange-error.js';
import { ADMIN, AVOID_STATUSES, languageOf, PREFERRED_STATUSES, TERM_NOTE } from './tbx-fields.js';
import { childElements, findElements, parseXml, textContent, type XmlElement } from './xml-tree.js';

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

function typed(element: XmlElement, names: string[], type: string): string[] {
  return childElements(element, ...names)
    .filter((e) => e.attributes.type === type)
    .map((e) => textContent(e).trim());
}

/** A concept's data categories, wherever TBX nests them (directly or in descripGrp/adminGrp). */
function conceptFields(concept: XmlElement): XmlElement {
  const flat: XmlElement = { ...concept, children: [] };
  for (const child of childElements(concept)) {
    if (child.name === 'descripGrp' || child.name === 'adminGrp') flat.children.push(...childElements(child));
    else flat.children.push(child);
  }
  return flat;
}

interface Term {
  text: string;
  status: string | undefined;
  element: XmlElement;
}

function termsOf(langSec: XmlElement): Term[] {
  return childElements(langSec, 'termSec', 'tig', 'ntig').flatMap((sec) => {
    const term = findElements(sec, 'term')[0];
    if (term === undefined) return [];
    const notes = findElements(sec, 'termNote').filter((n) => n.attributes.type === 'administrativeStatus');
    return [{ text: clean(textContent(term)), status: notes[0] === undefined ? undefined : clean(textContent(notes[0])), element: sec }];
  });
}

/** Reads a TBX document. @throws InterchangeError for invalid XML or a file that is not TBX */
export function importTbx(text: string, defaults: ImportDefaults = {}): ImportResult {
  const root = parseXml(text);
  if (root.name !== 'tbx' && root.name !== 'martif') {
    throw new InterchangeError(`not a TBX file: the root element is <${root.name}>, not <tbx> (TBX v3) or <martif> (TBX v2)`, root.line);
  }
  const warnings: ImportResult['warnings'] = [];
  const entries: EntryData[] = [];
  const taken = new Set<string>();
  for (const concept of findElements(root, 'conceptEntry', 'termEntry')) {
    const where = `concept${concept.attributes.id === undefined ? '' : ` \`${concept.attributes.id}\``}`;
    const fields = conceptFields(concept);
    const langSecs = childElements(concept, 'langSec', 'langSet');
    const zh = langSecs.filter((l) => languageOf(l.attributes['xml:lang']) === 'zh').flatMap(termsOf);
    const en = langSecs.filter((l) => languageOf(l.attributes['xml:lang']) === 'en').flatMap(termsOf);
    const preferred = [
      ...en.filter((t) => t.status === PREFERRED_STATUSES[0]),
      ...en.filter((t) => t.status === undefined || t.status === PREFERRED_STATUSES[1]),
    ].map((t) => t.text);
    const avoid: AvoidData[] = [];
    for (const t of en.filter((x) => (AVOID_STATUSES as readonly string[]).includes(x.status ?? ''))) {
      const pattern = patternFromTerm(t.text);
      if (pattern === undefined) {
        warnings.push({ line: t.element.line, column: 1, message: `${where}: the deprecated term \`${t.text}\` has no words; left out` });
        continue;
      }
      const notes = findElements(t.element, 'termNote');
      const replacement = notes.find((n) => n.attributes.type === TERM_NOTE.replacement);
      const unless = notes.filter((n) => n.attributes.type === TERM_NOTE.unless).map((n) => textContent(n).trim());
      avoid.push(avoidData(pattern, replacement === undefined ? undefined : textContent(replacement).trim(), unless));
    }
    if (preferred.length === 0 || avoid.length === 0) {
      const lack = preferred.length === 0 ? 'no preferred or admitted English term' : 'no deprecated or superseded English term to flag';
      warnings.push({ line: concept.line, column: 1, message: `${where} has ${lack}; skipped` });
      continue;
    }
    const source = (zh.find((t) => t.status === PREFERRED_STATUSES[0]) ?? zh[0])?.text;
    const subject = typed(fields, ['descrip'], 'subjectField')[0];
    const notes = childElements(fields, 'note').map((n) => textContent(n).trim()).filter((n) => n !== '');
    const definition = typed(fields, ['descrip'], 'definition')[0];
    const admin = (type: string): string[] => typed(fields, ['admin'], type);
    const data: EntryData = {
      id: uniqueId(concept.attributes.id, preferred[0] as string, taken),
      category: subject !== undefined && (CATEGORIES as readonly string[]).includes(subject) ? subject : (defaults.category ?? 'term'),
      severity: (admin(ADMIN.severity)[0] as Severity | undefined) ?? defaults.severity ?? 'warning',
      preferred,
      avoid,
      note: notes.length > 0 ? notes.join('\n\n') : (definition ?? defaultNote(source, preferred[0] as string, typeof avoid[0] === 'string' ? avoid[0] : (avoid[0]?.pattern ?? ''))),
    };
    if (source !== undefined) data.source = source;
    const status = admin(ADMIN.status)[0];
    if (status !== undefined) data.status = status as EntryStatus;
    const owner = admin(ADMIN.owner)[0];
    if (owner !== undefined) data.owner = owner;
    if (admin(ADMIN.fixable)[0] === 'false') data.fixable = false;
    const unless = admin(ADMIN.unless);
    if (unless.length > 0) data.unless = unless;
    const examples = examplesData(admin(ADMIN.flag), admin(ADMIN.pass));
    if (examples !== undefined) data.examples = examples;
    entries.push(normaliseEntryData(data));
  }
  return { entries, warnings };
}
