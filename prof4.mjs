import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const js of [true, false]) {
  const c = await b.newContext({ javaScriptEnabled: js, serviceWorkers: 'block' }); const p = await c.newPage();
  for (const path of ['/counter/','/counter/','/reference/glossary/']) {
    let t=Date.now(); await p.goto('http://localhost:4321'+path); const g=Date.now()-t;
    t=Date.now(); await new AxeBuilder({page:p}).withRules(axe.getRules().map(r=>r.ruleId)).analyze(); const a=Date.now()-t;
    console.log('js',js,path,'goto',g,'axeAll',a);
  }
  await c.close();
}
await b.close();
