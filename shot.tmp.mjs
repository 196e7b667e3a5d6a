import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const server = spawn('python3', ['-m', 'http.server', '4499', '-d', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const spec of process.argv.slice(2)) {
  const [path, width, name, selector] = spec.split('|');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(`http://127.0.0.1:4499${path}`);
  if (selector) await page.locator(selector).first().screenshot({ path: `/tmp/ans/${name}.png` });
  else await page.screenshot({ path: `/tmp/ans/${name}.png` });
  await page.close();
}
await browser.close();
server.kill();
