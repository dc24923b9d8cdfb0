/**
 * From a decoded input file to its prose view: picks the format by extension, pairs an aligned
 * source, and turns a format's parse error into one `file:line:col` input error.
 */
import { FormatError, formatOfPath, isBilingual, proseView, type ProseView } from '../formats/index.js';
import { InputError, UsageError } from './errors.js';
import type { InputFile } from './io.js';

/**
 * The prose view of an input, with its aligned Chinese source when one is given.
 * @throws InputError when the file is malformed or the pair does not align
 * @throws UsageError when a source is given for a format that holds its own
 */
export async function readDocument(input: InputFile, source?: InputFile): Promise<ProseView> {
  const format = formatOfPath(input.path);
  if (source !== undefined && format !== 'text') {
    throw new UsageError(`--source pairs a plain-text article with its Chinese source; ${input.path} is ${isBilingual(format) ? `${format}, which carries its own source` : format}`);
  }
  try {
    return await proseView(format, input.source.text, source === undefined ? undefined : { source: source.source.text, targetName: input.path, sourceName: source.path });
  } catch (error) {
    // A pair that does not align names both files and the place itself.
    if (error instanceof FormatError) throw new InputError(source === undefined ? `${input.path}:${error.line}:${error.column}: ${error.message}` : error.message);
    throw error;
  }
}
