/**
 * A progress bar on standard error while many files are checked: only on a terminal, only for
 * more than a few files, and never on CI (where a log would fill with carriage returns).
 */

/** Fewest files for which a bar is shown. */
export const PROGRESS_MIN_FILES = 6;

/** Whether to show the bar. */
export function wantsProgress(files: number, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return files >= PROGRESS_MIN_FILES && stream.isTTY === true && !env.CI && env.TERM !== 'dumb';
}

/** One frame of the bar: `[#####.....] 12/40 files`, `width` cells wide. */
export function progressFrame(done: number, total: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`;
}

export interface Progress {
  tick(): void;
  done(): void;
}

/** A bar that redraws in place on `stream` (standard error), or a silent one. */
export function createProgress(total: number, stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled) return { tick: () => undefined, done: () => undefined };
  let count = 0;
  let last = 0;
  const draw = (): void => void stream.write(`\r${progressFrame(count, total)}`);
  draw();
  return {
    tick() {
      count++;
      const now = Date.now();
      // Redraw at most ~20 times a second: writing to a terminal is not free.
      if (now - last > 50 || count === total) {
        last = now;
        draw();
      }
    },
    done() {
      stream.write('\r\u001b[2K');
    },
  };
}
