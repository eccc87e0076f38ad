/** A small archive that spans years, for the search-shard tests (build and browser). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pieces about 暖心驿站 in 2023, 2025 and 2026 beside the fixture's 2024 ones. */
export function addYears(content: string) {
	const pieces: [string, string][] = [
		['2026/0105-01-ningshan.md', '2026-01-05'],
		['2025/0610-01-ningshan.md', '2025-06-10'],
		['2025/0611-01-ningshan.md', '2025-06-11'],
		['2023/0420-01-ningshan.md', '2023-04-20'],
	];
	for (const [file, date] of pieces) {
		mkdirSync(join(content, 'articles', file.slice(0, 4)), { recursive: true });
		writeFileSync(
			join(content, 'articles', file),
			`---\ntitle: 宁陕县暖心驿站服务户外劳动者（${date}）\ndate: ${date}\nsource: 本报讯\nauthors: [记者 刘强]\ncounties: [宁陕县]\npage: 3\norder: 1\n---\n\n宁陕县总工会的暖心驿站为环卫工人提供热水和休息场所。\n`,
		);
	}
}
