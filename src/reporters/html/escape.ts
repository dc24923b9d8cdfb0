/**
 * Escaping for the HTML report. Article text, glossary notes and suggestions are untrusted: every
 * string that reaches the page goes through one of these functions.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for element content and for quoted attribute values (both quote kinds), so one
 * function is safe in either place. Attribute values must still be written in quotes.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` become `\u003c`-style
 * escapes so no `</script>` or `<!--` can end or change the block, and U+2028/U+2029 are escaped
 * for parsers that treat them as line ends. `JSON.parse` of the block's text gives the value back.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
