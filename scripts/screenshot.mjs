// Regenerates docs/report.png, the README's picture of the sample's review report: checks the
// sample with the shipped glossary into a temporary directory, opens the report in Chromium,
// selects a finding and accepts two safe fixes, then takes the screenshot. Run `npm run screenshot`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'mtqa-screenshot-'));
const check = spawnSync(process.execPath, ['dist/cli/main.js', 'check', 'samples/000_3d0ec830b14a6b06.txt', '--out', out, '--fail-on', 'never'], { cwd: root, encoding: 'utf8' });
if (check.status !== 0) throw new Error(`mtqa check failed: ${check.stderr}`);
const { context, close } = await launchChromium({ viewport: { width: 1400, height: 900 } });
try {
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(out, '000_3d0ec830b14a6b06.html')).href);
  await page.keyboard.press('j');
  await page.keyboard.press('a');
  await page.keyboard.press('j');
  await page.keyboard.press('a');
  await page.keyboard.press('k');
  mkdirSync(join(root, 'docs'), { recursive: true });
  await page.screenshot({ path: join(root, 'docs/report.png') });
  process.stdout.write('wrote docs/report.png\n');
} finally {
  await close();
  rmSync(out, { recursive: true, force: true });
}
