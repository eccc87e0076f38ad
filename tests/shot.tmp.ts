import { launch, serve } from './helpers/browser.ts';
const [, , path, name, ...widths] = process.argv;
const server = await serve(`${process.cwd()}/dist`);
const browser = await launch();
for (const w of widths.length ? widths.map(Number) : [360, 1280]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 } });
  await page.goto(server.origin + path);
  await page.waitForTimeout(300);
  if (process.env.FOCUS) { for (let i = 0; i < Number(process.env.FOCUS); i++) await page.keyboard.press('Tab'); }
  await page.screenshot({ path: `/tmp/h6/${name}-${w}.png`, fullPage: process.env.FULL === '1' });
  await page.close();
}
await browser.close(); await server.close();
