/**
 * `npm run import:report`: imports every page of the corpus (tests/fixtures/import, the sample
 * page, the generated Word manuscripts) and prints, per page and in total, the share of pieces
 * split exactly and of each field right, then what differed. Exits 1 below 100%.
 */
import { corpus, FIELDS, scorePage, type Field, type PageScore } from './corpus.ts';

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)}%`);
const fields = Object.keys(FIELDS) as Field[];

const scores: PageScore[] = [];
for (const page of corpus()) scores.push(scorePage(page, await page.run()));

const rows: string[][] = [['页面 (page)', '形式 form', '稿件', '切分 split', ...fields.map((f) => `${FIELDS[f]} ${f}`)]];
const total = { pieces: 0, split: 0, extra: 0, fields: Object.fromEntries(fields.map((f) => [f, 0])) as Record<Field, number> };
const byForm = new Map<string, typeof total>();
for (const s of scores) {
	const n = s.pieces.length;
	const split = s.pieces.filter((p) => p.split).length;
	const form = `${s.form}${s.detected === s.form ? '' : `→${s.detected}!`}`;
	rows.push([s.name, form, String(n), pct(split, n + s.extra), ...fields.map((f) => pct(s.pieces.filter((p) => p.fields[f]).length, n))]);
	for (const bucket of [total, byForm.get(s.form) ?? byForm.set(s.form, { pieces: 0, split: 0, extra: 0, fields: Object.fromEntries(fields.map((f) => [f, 0])) as Record<Field, number> }).get(s.form)!]) {
		bucket.pieces += n;
		bucket.split += split;
		bucket.extra += s.extra;
		for (const f of fields) bucket.fields[f] += s.pieces.filter((p) => p.fields[f]).length;
	}
}
const line = (name: string, t: typeof total) => [name, '', String(t.pieces), pct(t.split, t.pieces + t.extra), ...fields.map((f) => pct(t.fields[f], t.pieces))];
for (const [form, t] of byForm) rows.push(line(`合计 ${form}`, t));
rows.push(line('合计 (total)', total));

const width = (t: string) => [...t].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
for (const r of rows) console.log(r.map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c]! - width(cell)))).join('  '));

let wrong = 0;
for (const s of scores) {
	if (s.detected !== s.form) {
		wrong++;
		console.log(`\n${s.name}: 形式识别为 ${s.detected}，应为 ${s.form}`);
	}
	if (!s.pageRight) {
		wrong++;
		console.log(`\n${s.name}: 版次、版名或日期不对`);
	}
	if (s.extra) {
		wrong++;
		console.log(`\n${s.name}: 多出 ${s.extra} 篇 (extra drafts)`);
	}
	s.pieces.forEach((p, i) => {
		if (!p.misses.length) return;
		wrong++;
		console.log(`\n${s.name} #${i + 1}（${p.key.first}）:\n  ${p.misses.join('\n  ')}`);
	});
}
console.log(wrong ? `\n✖ ${wrong} 处不对` : '\n✔ 全部正确 (100%)');
process.exitCode = wrong ? 1 : 0;
