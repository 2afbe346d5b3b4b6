import { chromium } from 'playwright';
const [,, path, out, width='1280', height='2400', theme='light'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const c = await b.newContext({ viewport: { width: +width, height: +height }, colorScheme: theme });
const p = await c.newPage();
await p.goto('http://localhost:4400' + path, { waitUntil: 'networkidle' });
await p.screenshot({ path: out });
await b.close();
