import { describe, expect, it } from 'vitest';
import { progressFrame, wantsProgress } from '../../src/cli/progress.js';

describe('progress bar', () => {
  it('shows only on a terminal, for more than a few files, and never on CI', () => {
    expect(wantsProgress(50, { isTTY: true }, {})).toBe(true);
    expect(wantsProgress(3, { isTTY: true }, {})).toBe(false);
    expect(wantsProgress(50, { isTTY: false }, {})).toBe(false);
    expect(wantsProgress(50, { isTTY: true }, { CI: 'true' })).toBe(false);
    expect(wantsProgress(50, { isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('draws a fixed-width frame', () => {
    expect(progressFrame(0, 40, 10)).toBe('[..........] 0/40 files');
    expect(progressFrame(10, 40, 10)).toBe('[###.......] 10/40 files');
    expect(progressFrame(40, 40, 10)).toBe('[##########] 40/40 files');
  });
});
