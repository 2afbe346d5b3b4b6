import { chromium, devices } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const c = await b.newContext({ ...devices['Pixel 5'], serviceWorkers:'block' }); const p = await c.newPage();
await p.goto('http://localhost:4321/tools/deadline/', {waitUntil:'networkidle'});
console.log(await p.evaluate(() => { const o=document.querySelector('.calc-output'); const cs=getComputedStyle(o); return {h:o.getBoundingClientRect().height, min:cs.minHeight, text:[...o.children].filter(e=>!e.hidden).map(e=>e.textContent.trim().slice(0,80)+' @'+Math.round(e.getBoundingClientRect().height))}; }));
await b.close();
