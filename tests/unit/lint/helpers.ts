/** Small helpers for the copy-lint tests: lint a snippet, see rule, line:column and fix. */
import { fixText, lintText, type HouseStyle, type Problem } from '../../../src/lib/lint/index.ts';

export function lint(text: string, houseStyle: HouseStyle = 'newspaper', mdx = false): Problem[] {
	return lintText(text, { houseStyle, mdx });
}

/** `rule@line:column` for each problem, the shortest form to compare in a test. */
export function where(text: string, houseStyle: HouseStyle = 'newspaper', mdx = false): string[] {
	return lint(text, houseStyle, mdx).map((p) => `${p.rule}@${p.line}:${p.column}`);
}

export function fixed(text: string, houseStyle: HouseStyle = 'newspaper'): string {
	return fixText(text, { houseStyle }).text;
}
