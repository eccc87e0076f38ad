/** Pagefind reports errors in its responses instead of throwing: make them fail the build, in Chinese and English. */
interface PagefindResponse {
	errors: string[];
}

export function assertPagefind<T extends PagefindResponse>(response: T | undefined, step: string): T {
	if (!response) throw new Error(`Pagefind（搜索索引）${step}失败：没有返回结果 (no response)。`);
	if (response.errors.length) {
		throw new Error(`Pagefind（搜索索引）${step}失败 (${step} failed):\n${response.errors.map((e) => `  ${e}`).join('\n')}`);
	}
	return response;
}
