/**
 * Inflection keys: one key for all inflected forms of an English word.
 *
 * `take`, `takes`, `took`, `taking` and `taken` share a key; so do `hat`/`hats` and
 * `worry`/`worries`/`worried`. Only inflection is undone (plural, third person, past, participles,
 * possessive), never derivation, so `general` and `generate` stay apart, unlike a Porter stemmer.
 * The key is not always a word (`take` → `tak`): it is compared, never shown. The same function is
 * applied to the text and to glossary patterns, so a pattern may be written in any form.
 */

/** Irregular forms mapped to their base form (the base is then keyed like any word). */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  [
    'be:am,is,are,was,were,been,being',
    'have:has,had,having',
    'do:does,did,done,doing',
    'go:goes,went,gone',
    'take:took,taken',
    'give:gave,given',
    'get:got,gotten',
    'make:made',
    'leave:left',
    'win:won',
    'fight:fought',
    'bring:brought',
    'buy:bought',
    'think:thought',
    'seek:sought',
    'teach:taught',
    'catch:caught',
    'sink:sank,sunk',
    'run:ran',
    'begin:began,begun',
    'come:came',
    'become:became',
    'see:saw,seen',
    'say:said',
    'pay:paid',
    'lay:laid',
    'lead:led',
    'feed:fed',
    'keep:kept',
    'hold:held',
    'stand:stood',
    'understand:understood',
    'build:built',
    'send:sent',
    'spend:spent',
    'lend:lent',
    'find:found',
    'tell:told',
    'sell:sold',
    'know:knew,known',
    'grow:grew,grown',
    'throw:threw,thrown',
    'draw:drew,drawn',
    'show:showed,shown',
    'fall:fell,fallen',
    'rise:rose,risen',
    'drive:drove,driven',
    'write:wrote,written',
    'ride:rode,ridden',
    'eat:ate,eaten',
    'beat:beaten',
    'break:broke,broken',
    'speak:spoke,spoken',
    'choose:chose,chosen',
    'wear:wore,worn',
    'tear:tore,torn',
    'bear:bore,borne',
    'swear:swore,sworn',
    'steal:stole,stolen',
    'freeze:froze,frozen',
    'forget:forgot,forgotten',
    'hide:hid,hidden',
    'bite:bit,bitten',
    'shake:shook,shaken',
    'meet:met',
    'sit:sat',
    'lose:lost',
    'mean:meant',
    'feel:felt',
    'deal:dealt',
    'hear:heard',
    'sleep:slept',
    'sweep:swept',
    'fly:flew,flown',
    'withdraw:withdrew,withdrawn',
    'undertake:undertook,undertaken',
    'overtake:overtook,overtaken',
    'overcome:overcame',
    'uphold:upheld',
    'withhold:withheld',
    'arise:arose,arisen',
    'strike:struck',
    'stick:stuck',
    'dig:dug',
    'hang:hung',
    'shoot:shot',
    'bind:bound',
    'forbid:forbade,forbidden',
    'forgive:forgave,forgiven',
    'mistake:mistook,mistaken',
    'spring:sprang,sprung',
    'swim:swam,swum',
    'sing:sang,sung',
    'drink:drank,drunk',
    'ring:rang,rung',
    'man:men',
    'woman:women',
    'child:children',
    'foot:feet',
    'tooth:teeth',
    'mouse:mice',
    'goose:geese',
    'wife:wives',
    'half:halves',
    'leaf:leaves',
    'shelf:shelves',
    'wolf:wolves',
    'knife:knives',
    'thief:thieves',
  ].flatMap((line) => {
    const [base, forms] = line.split(':') as [string, string];
    return forms.split(',').map((form) => [form, base] as const);
  }),
);

/** Words ending in -s (or looking inflected) that are not inflected forms. */
const INVARIANT = new Set(
  (
    'as is us was has its his gas bus yes hers ours yours theirs this thus yes plus minus news means series species ' +
    'always perhaps whereas towards afterwards besides sometimes politics economics physics mathematics ' +
    'lens chaos atlas canvas bias alias cosmos ethos overseas headquarters whereabouts nevertheless ' +
    'during morning evening anything something nothing everything thing things king kings string ' +
    'spring bring ring sing wing swing sting sling cling fling ceiling nothing' +
    ' red bed shed need seed feed weed speed breed bleed greed deed indeed hundred ' +
    'sacred naked wicked rugged ragged beloved proceed succeed exceed'
  ).split(' '),
);

const VOWEL = /[aeiouy]/;

/** Removes an `'s` or trailing apostrophe (possessive). */
function stripPossessive(word: string): string {
  const last = word.length - 1;
  const c = word.charCodeAt(last);
  if (c === 0x27 || c === 0x2019) return word.slice(0, last);
  const p = word.charCodeAt(last - 1);
  if ((p === 0x27 || p === 0x2019) && word.charCodeAt(last) === 0x73) return word.slice(0, last - 1);
  return word;
}

/**
 * Final normalisation shared by every form: drop a final `e` (`take`/`taking` → `tak`). After an
 * `-ed`/`-ing` suffix, also undouble a final consonant (`stopp` → `stop`, `runn` → `run`), except
 * l, s, z and f (`called`, `missed`, `buzzed`, `stuffed`) and three-letter stems (`added`).
 */
function normalise(stem: string, afterSuffix = false): string {
  let s = stem;
  const n = s.length;
  if (afterSuffix && n >= 4) {
    const a = s.charCodeAt(n - 1);
    if (a === s.charCodeAt(n - 2) && !VOWEL.test(s[n - 1] as string) && a !== 0x6c && a !== 0x73 && a !== 0x7a && a !== 0x66) {
      return s.slice(0, -1);
    }
  }
  if (s.length >= 3 && s.endsWith('e') && !s.endsWith('ee')) s = s.slice(0, -1);
  return s;
}

/**
 * The inflection key of one lower-case word. Digits and non-Latin words are returned unchanged.
 * @param word a lower-case token as {@link tokenize} produces it
 */
export function inflectionKey(word: string): string {
  let w = word.indexOf("'") >= 0 || word.indexOf('\u2019') >= 0 ? stripPossessive(word) : word;
  const irregular = IRREGULAR.get(w);
  if (irregular !== undefined) return normalise(irregular);
  if (INVARIANT.has(w) || !/^[a-z]+$/.test(w)) return w;
  const n = w.length;
  if (n > 4 && (w.endsWith('ies') || w.endsWith('ied'))) return w.slice(0, -3) + 'y';
  if (n >= 5 && w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    return VOWEL.test(stem) ? normalise(stem, true) : w;
  }
  if (n >= 4 && w.endsWith('ed')) {
    if (w.endsWith('eed')) return normalise(w.slice(0, -1));
    const stem = w.slice(0, -2);
    return VOWEL.test(stem) ? normalise(stem, true) : w;
  }
  if (n >= 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    w = w.slice(0, -1);
    if (/(?:[sxz]|ch|sh)e$/.test(w)) w = w.slice(0, -1);
  }
  return normalise(w);
}
