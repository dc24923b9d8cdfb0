/**
 * What a check is: a small module with metadata and a pure `check(ctx)`.
 */
import type { RawFinding, Severity } from '../core/finding.js';
import type { CompiledGlossary } from '../core/glossary.js';
import type { Segment } from '../core/segment.js';
import type { Position, SourceText } from '../core/source-text.js';
import type { Tokens } from '../core/tokens.js';

/** A `[start, end)` range of 0-based UTF-16 offsets. */
export interface Range {
  start: number;
  end: number;
}

export interface CheckContext {
  source: SourceText;
  /** Tokens of the whole text. */
  tokens: Tokens;
  glossary: CompiledGlossary;
  /**
   * Ranges that are not article prose (page furniture found by an earlier check, or markup masked
   * by an input format). Checks that look at prose ignore findings inside them.
   */
  excluded: readonly Range[];
  /**
   * The translation units of a bilingual input, their targets as ranges of {@link source};
   * absent for monolingual input. Source-aware checks do nothing without them.
   */
  segments?: readonly Segment[];
  /**
   * Line and column in the file as written of an offset into {@link source} (they differ when the
   * input format extracted the prose from markup), for messages that name other places.
   */
  place(offset: number): Position;
}

export interface Check {
  /** The rule id findings carry, e.g. `number-format`. */
  id: string;
  /** One line for `--help`, SARIF rule descriptions and the docs. */
  description: string;
  category: string;
  defaultSeverity: Severity;
  /** Whether the check offers automatic fixes. */
  fixable: boolean;
  /**
   * Set on checks whose findings are not prose (page furniture): the linter runs them first and
   * hands their ranges to the other checks as {@link CheckContext.excluded}.
   */
  excludesProse?: boolean;
  check(ctx: CheckContext): RawFinding[];
}
