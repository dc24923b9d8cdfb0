/**
 * What each payload number of a compiled glossary's phrase index stands for, kept as three typed
 * arrays rather than one object per payload: a 100,000-entry glossary has several hundred
 * thousand payloads, and the arrays are stored in (and read back from) the loader's cache as bytes.
 */

/** What a compiled phrase stands for; `entry` and `avoid` are 0-based indexes into the glossary. */
export type PhraseRole =
  | { kind: 'avoid'; entry: number; avoid: number }
  | { kind: 'unless'; entry: number; avoid: number | null }
  | { kind: 'preferred'; entry: number };

/** Codes of {@link PhraseRole} kinds in {@link PhraseRoles.kinds}. */
const KINDS = ['avoid', 'unless', 'preferred'] as const;

/** The roles of every payload, indexed by payload number. */
export class PhraseRoles {
  /**
   * @param kinds the kind of each payload, as its index in `['avoid', 'unless', 'preferred']`
   * @param entries the entry of each payload
   * @param avoids the avoided rendering of each payload; -1 for none (a preferred rendering, or an
   *   entry-wide negative context)
   */
  constructor(
    readonly kinds: Uint8Array,
    readonly entries: Int32Array,
    readonly avoids: Int32Array,
  ) {}

  /** Number of payloads. */
  get length(): number {
    return this.kinds.length;
  }

  /** The role of a payload, or undefined for a number out of range. */
  at(payload: number): PhraseRole | undefined {
    if (!(payload >= 0 && payload < this.kinds.length)) return undefined;
    const kind = KINDS[this.kinds[payload] as number];
    const entry = this.entries[payload] as number;
    const avoid = this.avoids[payload] as number;
    if (kind === 'avoid') return { kind, entry, avoid };
    if (kind === 'unless') return { kind, entry, avoid: avoid < 0 ? null : avoid };
    return kind === 'preferred' ? { kind, entry } : undefined;
  }

  /** Builds the arrays from roles given in payload order. */
  static from(roles: readonly PhraseRole[]): PhraseRoles {
    const n = roles.length;
    const kinds = new Uint8Array(n);
    const entries = new Int32Array(n);
    const avoids = new Int32Array(n);
    roles.forEach((role, p) => {
      kinds[p] = KINDS.indexOf(role.kind);
      entries[p] = role.entry;
      avoids[p] = role.kind === 'preferred' || role.avoid === null ? -1 : role.avoid;
    });
    return new PhraseRoles(kinds, entries, avoids);
  }
}
