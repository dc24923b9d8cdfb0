/**
 * TBX export: TBX v3, TBX-Basic dialect in DCA style, one `conceptEntry` per entry with a `zh`
 * and an `en` language section, mapped as `tbx-fields.ts` describes. `importTbx` reads it back to
 * an equal glossary.
 */
import { avoidPattern, type EntryData } from '../entry-data.js';
import { ADMIN, TERM_NOTE } from './tbx-fields.js';
import { escapeXml } from './xml-tree.js';

function element(indent: string, name: string, text: string, type?: string): string {
  return `${indent}<${name}${type === undefined ? '' : ` type="${escapeXml(type)}"`}>${escapeXml(text)}</${name}>\n`;
}

function termSec(indent: string, term: string, status: string, notes: [string, string][] = []): string {
  let out = `${indent}<termSec>\n${element(`${indent}  `, 'term', term)}${element(`${indent}  `, 'termNote', status, 'administrativeStatus')}`;
  for (const [type, text] of notes) out += element(`${indent}  `, 'termNote', text, type);
  return `${out}${indent}</termSec>\n`;
}

function conceptEntry(entry: EntryData): string {
  const i = '      ';
  let out = `    <conceptEntry id="${escapeXml(entry.id)}">\n`;
  out += element(i, 'descrip', entry.category, 'subjectField');
  out += element(i, 'admin', entry.severity, ADMIN.severity);
  if (entry.status !== undefined && entry.status !== 'approved') out += element(i, 'admin', entry.status, ADMIN.status);
  if (entry.owner !== undefined) out += element(i, 'admin', entry.owner, ADMIN.owner);
  if (entry.fixable === false) out += element(i, 'admin', 'false', ADMIN.fixable);
  for (const u of entry.unless ?? []) out += element(i, 'admin', u, ADMIN.unless);
  for (const f of entry.examples?.flag ?? []) out += element(i, 'admin', f, ADMIN.flag);
  for (const p of entry.examples?.pass ?? []) out += element(i, 'admin', p, ADMIN.pass);
  out += element(i, 'note', entry.note);
  if (entry.source !== undefined) {
    out += `${i}<langSec xml:lang="zh">\n${termSec(`${i}  `, entry.source, 'preferredTerm-admn-sts')}${i}</langSec>\n`;
  }
  out += `${i}<langSec xml:lang="en">\n`;
  for (const p of entry.preferred) out += termSec(`${i}  `, p, 'preferredTerm-admn-sts');
  for (const a of entry.avoid) {
    const notes: [string, string][] = [];
    if (typeof a !== 'string') {
      if (a.replacement !== undefined) notes.push([TERM_NOTE.replacement, a.replacement]);
      for (const u of a.unless ?? []) notes.push([TERM_NOTE.unless, u]);
    }
    out += termSec(`${i}  `, avoidPattern(a), 'deprecatedTerm-admn-sts', notes);
  }
  return `${out}${i}</langSec>\n    </conceptEntry>\n`;
}

/** Writes entries as a TBX-Basic (TBX v3) document. */
export function exportTbx(entries: readonly EntryData[], title = 'mtqa glossary'): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n' +
    `  <tbxHeader>\n    <fileDesc>\n      <titleStmt>\n        <title>${escapeXml(title)}</title>\n      </titleStmt>\n` +
    '      <sourceDesc>\n        <p>Exported by mtqa. Terms with deprecatedTerm-admn-sts are mtqa avoid patterns; x-mtqa- data categories are private to mtqa.</p>\n      </sourceDesc>\n' +
    '    </fileDesc>\n  </tbxHeader>\n  <text>\n    <body>\n' +
    entries.map(conceptEntry).join('') +
    '    </body>\n  </text>\n</tbx>\n'
  );
}
