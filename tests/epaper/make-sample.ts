/**
 * `npm run epaper:sample`: (re)generates the sample issue's page PDF, 第3版 of 2022-02-09, from
 * the ten sample pieces (layout in ./layouts.ts) into content/issues/2022-02-09/03.pdf. The page
 * data file 03.yml beside it is written only when missing: it is the editors' file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { makePagePdf } from '../helpers/page-pdf.ts';
import { repoRoot } from '../helpers/site.ts';
import { sampleLayout } from './layouts.ts';

const dir = join(repoRoot, 'content/issues/2022-02-09');
mkdirSync(dir, { recursive: true });
const { pdf, overflow } = await makePagePdf(sampleLayout());
if (overflow.length) throw new Error(`pieces run past the page: ${overflow.join(', ')}`);
writeFileSync(join(dir, '03.pdf'), pdf);
const data = join(dir, '03.yml');
if (!existsSync(data)) {
	writeFileSync(data, ['# 第3版的版面数据（见 docs/editing.md「数字报」）', 'column: 工运纵横', 'editor: 王山功', ''].join('\n'));
}
console.log(`${relative(process.cwd(), join(dir, '03.pdf'))}: ${(pdf.length / 1024).toFixed(0)} KiB`);
