/**
 * Scanning a trainee's result QR code with the camera on the results page. Chromium's fake camera
 * plays a video file: the test draws a real result code's QR code into a Y4M video (the simplest
 * raw format Chromium reads) before the browser starts, so the page scans what a webcam would see.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import qrcode from 'qrcode-generator';
import { test, expect } from './fixtures';
import { chromiumLaunchOptions } from '../../scripts/chromium';
import { encodeAssignment, encodeResult, type Assignment } from '../../src/lib/codes';
import { ResultsPage } from './managePages';

const VIDEO = join(tmpdir(), `xuetang-qr-${process.pid}.y4m`);
const launch = chromiumLaunchOptions();
test.use({
  launchOptions: { ...launch, args: [...launch.args, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${VIDEO}`] },
  permissions: ['camera'],
});

const assignment: Assignment = {
  t: '扫码测试', g: '', q: 'deadlines', tp: [], n: 3, p: 60, m: 10, d: '2026-12-31', s: 'camera-test-seed',
  rv: 'score', at: 1, ct: 'best', bp: [['时限', 1, 3]],
};

/** A 480×480 Y4M video of `text` as a QR code: dark modules luma 16, light 235, grey chroma. */
function qrVideo(text: string, path: string) {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = 480;
  const n = qr.getModuleCount();
  const scale = Math.floor((size - 40) / n);
  const offset = Math.floor((size - n * scale) / 2);
  const luma = Buffer.alloc(size * size, 235);
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++)
      if (qr.isDark(y, x))
        for (let dy = 0; dy < scale; dy++) luma.fill(16, (offset + y * scale + dy) * size + offset + x * scale, (offset + y * scale + dy) * size + offset + (x + 1) * scale);
  const chroma = Buffer.alloc((size / 2) * (size / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${size} H${size} F5:1 Ip A1:1 C420jpeg\n`), frame, frame]));
}

// The browser may start before beforeAll runs, and Chromium wants the file to exist when it does.
qrVideo('', VIDEO);

let link = '';
test.beforeAll(async () => {
  const code = await encodeAssignment(assignment);
  link = `/manage/take/#a=${code}`;
  const result = await encodeResult({
    aid: code.split('.')[2].slice(0, 8), attempt: 1, name: '冯一', staffNo: 'G7001',
    startedAt: Date.UTC(2026, 11, 1, 1), finishedAt: Date.UTC(2026, 11, 1, 1, 6), timeout: false,
    fingerprints: ['000000', '000000', '000000'], answers: [1, 1, 1],
  });
  qrVideo(result, VIDEO);
});

test('the results page reads a result QR code from the camera', async ({ page }) => {
  test.setTimeout(120_000);
  const results = new ResultsPage(page);
  await results.open();
  await results.load(`http://localhost${link}`);
  await page.getByRole('button', { name: '用摄像头扫描结果二维码' }).click();
  await expect(page.getByText(/正在扫描/)).toBeVisible({ timeout: 20_000 });
  await expect(results.intake).toHaveText(/读入 1 份：冯一（G7001）/, { timeout: 30_000 });
  await page.getByRole('button', { name: '停止扫描' }).click();
  await expect(results.row('冯一')).toBeVisible();
});
