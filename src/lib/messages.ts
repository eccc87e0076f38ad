/**
 * What the editor commands and the checker say to editors: Chinese first, the English term
 * beside it, and what to change. One home, so the schema, the checker (`validate.ts`), the
 * skeleton of `npm run new` and the CLIs say the same thing the same way. Tests pin these
 * texts and docs/editing.md quotes them: change them on purpose only.
 */
import { parseIsoDate } from './dates.ts';
import type { Reuse } from './incremental.ts';
import { nearestStrings } from './text.ts';

/** What each frontmatter key is called in the editor guide. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
	title: '主题',
	kicker: '引题',
	subtitle: '副题',
	date: '见报日期',
	genre: '体裁',
	source: '稿源',
	originalTitle: '原标题',
	editor: '责任编辑',
	authors: '作者',
	photographers: '摄影',
	unit: '供稿单位',
	counties: '县区',
	cities: '市',
	tags: '专题',
	page: '版次',
	order: '版内顺序',
	column: '版名',
	summary: '摘要',
	image: '图片',
	imageAlt: '图片说明',
	draft: '草稿',
};

/**
 * One line of help per field, in the editors' words: shown under each field of the web editor
 * (src/lib/cms/config.ts). Keep it short and concrete.
 */
export const FIELD_HINTS: Readonly<Record<string, string>> = {
	title: '文章主题（大标题），按见报原样填写。',
	kicker: '印在主题上方的一行（引题）；没有就空着。',
	subtitle: '印在主题下方的一行（副题）；没有就空着。',
	date: '见报日期：北京时间的年-月-日。',
	genre: '稿件体裁，决定稿件标签和搜索筛选；不选时为“消息”。',
	source: '本报讯，或转载来源，如 据《工人日报》。',
	originalTitle: '转载稿在原报纸上的标题（本栏改了标题时填写），文末显示为“原标题”。',
	editor: '本文的责任编辑；不填时用本版的责任编辑（网站设置 pageEditors）。',
	authors: '按见报署名填写，一人一项；职务写在名字前，如 记者 刘强。',
	photographers: '摄影者姓名，一人一项，见报时印作 □王辉 摄。',
	unit: '印在标题上方的供稿单位，如 紫阳县总工会。',
	counties: '稿件涉及的县区：输入两三个字（如 紫阳）或拼音即可查找；外省的县区带所属省市。',
	cities: '只有写整个地级市的稿件才选市；写某个县区时选上面的县区。',
	tags: '专题标签：输入时提示已有的专题，按回车添加，也可以新建一个。',
	page: '见报版次（数字）。',
	order: '本版内从上到下的第几篇（数字）。',
	column: '版名；不填时用本站的默认版名。',
	summary: '一两句话的摘要；不填时取正文第一段。',
	image: '题图：上传后与稿件放在同一文件夹。',
	imageAlt: '有题图时必填：用一句话说明图片内容，供读屏软件朗读。',
	draft: '勾选后只在预览中显示，不会发布。',
};

/** `版次（page）`: how a message names a field. */
export function fieldName(field: string): string {
	return `${FIELD_LABELS[field]}（${field}）`;
}

// ---- field values ---------------------------------------------------------------------

/** `kicker:` with nothing after it: YAML reads null, which an editor knows as “empty”. */
export const emptyField = (field: string) => `${fieldName(field)}不能为空 (must not be empty)：在 ${field}: 后面填写内容，或删掉这一行。`;

export const expectedText = (field: string) => `${fieldName(field)}应是一段文字 (expected text)：例如 ${field}: 文字内容。`;

export const expectedList = (field: string) => `${fieldName(field)}应是一个或几个名称，例如 ${field}: [甲, 乙] (expected a list of names)。`;

/** A page or order number that is no whole number; `example` is what to write instead. */
export const expectedWholeNumber = (field: string, example = `${field}: 3`) => `${fieldName(field)}应是正整数，例如 ${example} (expected a whole number)。`;
export const expectedInteger = (field: string) => `${fieldName(field)}应是正整数 (expected a whole number)。`;
export const expectedPositive = (field: string) => `${fieldName(field)}应大于 0 (must be positive)。`;

// ---- people (authors, photographers) ---------------------------------------------------

export const unknownRole = (field: string, typed: string, roles: readonly string[]) =>
	`${fieldName(field)}的身份 role “${typed}”不在可选范围内 (unknown role)：可选 ${roles.join('、')}；没有身份时删掉 role。`;

export const personKeys = (field: string, keys: string[]) => `${fieldName(field)}只能写 name 和 role (unknown key ${keys.join(', ')})：例如 { name: 刘强, role: 记者 }。`;

export const expectedPerson = (field: string) => `${fieldName(field)}应是人名，例如 ${field}: [记者 刘强, 王山功] 或 ${field}: [{ name: 刘强, role: 记者 }] (expected names)。`;

export const expectedPeople = (field: string) => `${fieldName(field)}应是一个或几个人名，例如 ${field}: [记者 刘强, 王山功] (expected a list of names)。`;

export const roleWithoutName = (field: string, typed: string) => `${fieldName(field)}“${typed}”只有身份，没有人名 (role without a name)：写成 ${field}: [记者 刘强]。`;

export const severalNames = (field: string, typed: string, names: string[], roles: readonly string[]) =>
	`${fieldName(field)}“${typed}”像是几个人名写在了一起 (several names in one value)：请写成列表，例如 ${field}: [${names.join(', ')}]；若前面是身份，可选 ${roles.join('、')}。`;

/** The importer's 待定（无标题） left in a piece that is no longer a draft. */
export const placeholderTitle = (title: string) => `主题 title 还是占位文字“${title}” (placeholder title)：请写上这篇稿件的标题；还没定时保留 draft: true，草稿不会发布。`;

export const MISSING_DATE = '缺少见报日期 date (required)：加一行 date: 2022-02-09（年-月-日）。';

/**
 * The one wording of a bad 见报日期, wherever it was typed (frontmatter, `npm run new`, a
 * flag). A date of the right shape that is no real day (2022-02-30) also gets told why.
 * `example` is how the right form is written where it was typed (`--date 2022-02-09`).
 */
export function invalidDate(typed: string, example = '2022-02-09'): string {
	const [, y, m, d] = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(typed) ?? [];
	// Year, month and day are all there, but the calendar has no such day.
	const noSuchDay = d !== undefined && !parseIsoDate(`${y}-${m!.padStart(2, '0')}-${d.padStart(2, '0')}`);
	return `见报日期 date “${typed}”不是有效日期 (invalid date)：${noSuchDay ? '这个月没有这一天，请核对见报日期，' : ''}写成 年-月-日，例如 ${example}。`;
}

export const MISSING_TITLE = '缺少主题 title (required)：加一行 title: 文章标题。';
export const EMPTY_TITLE = '主题 title 不能为空 (must not be empty)：在 title: 后面写上文章标题。';
export const BAD_TITLE = '主题 title 应是一行文字，或几行组成的列表 (expected text or a list of lines)：例如 title: 文章标题。';

/** The genres as an editor picks them: `1 消息、2 通讯…` where a number may be typed. */
function genreChoices(genres: readonly string[], numbered: boolean): string {
	return numbered ? genres.map((g, i) => `${i + 1} ${g}`).join('、') : genres.join('、');
}

export const emptyGenre = (genres: readonly string[]) => `体裁 genre 不能为空 (must not be empty)：可选 ${genreChoices(genres, false)}；不写这一行时默认为“消息”。`;

/** `numbered`: in `npm run new`, where the number is an answer too. */
export const unknownGenre = (typed: string, genres: readonly string[], numbered = false) =>
	`体裁 genre “${typed}”不在可选范围内 (unknown genre)：可选 ${genreChoices(genres, numbered)}${numbered ? '（输入名称或序号）' : ''}。`;

export const BAD_DRAFT = '草稿 draft 应写 true 或 false (expected true or false)。';
export const IMAGE_ALT_REQUIRED = '有图片 image 时必须填写图片说明 imageAlt (required with image)：用一句话说明图片内容，供读屏软件朗读。';

/** A key the schema does not know, most often a typo: name the key it was probably meant to be. */
export function unknownField(key: string): string {
	const near = nearestStrings(key, Object.keys(FIELD_LABELS), 1)[0];
	return (
		`未知字段 (unknown field) “${key}”：` +
		(near ? `是不是要写 ${near}（${FIELD_LABELS[near]}）？请改正拼写。` : '请删掉这一行，可用字段见编辑指南 docs/editing.md。')
	);
}

// ---- places ---------------------------------------------------------------------------

type PlaceField = 'counties' | 'cities';
const placeLabel = (field: PlaceField, name: string) => `${fieldName(field)}“${name}”`;

/** `紫阳县，靖边县` typed as one name: the list brackets were forgotten. */
export const severalPlaces = (field: PlaceField, typed: string, names: string[]) =>
	`${placeLabel(field, typed)}像是几个地名写在了一起 (several places in one value)：请写成列表，例如 ${field}: [${names.join(', ')}]（方括号，英文逗号分隔）。`;

/** A county typed under cities, or a city under counties. */
export const wrongPlaceKind = (field: PlaceField, name: string) =>
	field === 'cities'
		? `${placeLabel(field, name)}是县级行政区，不是地级市 (a county, not a city)：请写在 counties 中，例如 counties: [${name}]。`
		: `${placeLabel(field, name)}是地级市，不是县区 (a city, not a county)：请写在 cities 中，例如 cities: [${name}]。`;

export const ambiguousPlace = (field: PlaceField, name: string, count: number, homeProvince: string, qualified: string[]) =>
	`${placeLabel(field, name)}在全国有 ${count} 处，本省（${homeProvince}）没有 (ambiguous place name)：请写明所属地区，例如 ${qualified.join('、')}。`;

/** 北林区 (Heilongjiang) written where 碑林区 (Xi'an) was probably meant: an error until the editor says which. */
export const lookalikePlace = (name: string, far: string, homeProvince: string, lookalikes: string[]) =>
	`${placeLabel('counties', name)}不在本省（${homeProvince}），而是 ${far}；本省有读音相同或只差一个字的 ${lookalikes.join('、')} (look-alike of a home-province county)：` +
	`要写本省的，请改成 ${lookalikes[0]}；确实是外省的，请写全称 ${far}。`;

export const unknownPlace = (field: PlaceField, name: string, suggestions: string[]) =>
	`${placeLabel(field, name)}不是已知的${field === 'counties' ? '县级行政区' : '地级市'} (unknown place)。` +
	(suggestions.length ? `最接近的有：${suggestions.join('、')}。` : '请检查名称是否写全，例如 紫阳县、西安市。');

// ---- files -----------------------------------------------------------------------------

export const MISSING_FRONTMATTER = '文件开头缺少 frontmatter (missing frontmatter)：第一行应是 ---，写完字段后再用一行 --- 结束。可用 npm run new 生成模板。';

/** A key written twice: js-yaml (Astro's parser) refuses the file, so the checker names the key. */
export const duplicateKey = (key?: string) =>
	`同一个字段${key ? ` ${key} ` : ''}写了两次 (duplicate key${key ? ` “${key}”` : ''})：每个字段只能写一次，请删掉其中一行（保留正确的那一行）。`;
export const duplicateId = (twin: string, id: string) => `与 ${twin} 的网址相同 (duplicate article id/URL “${id}”)：两篇文章不能同名，请给其中一个文件改名。`;

export const imageNotFound = (image: string) => `图片 image “${image}”不存在 (image not found)：路径相对于文章文件，例如 ./photo.jpg；请检查文件名和位置。`;

export const bodyImageNotFound = (path: string) =>
	`正文中的图片“${path}”不存在 (image not found)：路径相对于文章文件，例如 ./photo.jpg；请检查文件名（含大小写和扩展名）和位置。`;

/** What is wrong with an image an article names (src/cli/images.ts decides), for the lead image or one in the body. */
export function imageProblemMessage(problem: 'missing' | 'outside' | 'empty' | 'not-image', path: string, where: 'frontmatter' | 'body'): string {
	const what = where === 'frontmatter' ? '图片 image ' : '正文中的图片';
	switch (problem) {
		case 'missing':
			return where === 'frontmatter' ? imageNotFound(path) : bodyImageNotFound(path);
		case 'outside':
			return `${what}“${path}”在 content 文件夹以外 (image outside content/)：网站只发布 content 里的文件。请把图片复制到文章旁边，写成 ./图片名.jpg。`;
		case 'empty':
			return `${what}“${path}”是空文件（0 字节）(empty image file)：可能没有复制完整，请重新复制图片。`;
		case 'not-image':
			return `${what}“${path}”不是图片 (not an image)：文件内容不是 JPEG、PNG、GIF、WebP、AVIF 或 SVG（可能只是改了扩展名）。请用图片软件另存为 JPG 或 PNG。`;
	}
}

/** A 见报日期 further ahead than the site allows. */
export const futureDate = (date: string, today: string, ahead: number, max: number) =>
	`见报日期 date “${date}”比今天（${today}）晚 ${ahead} 天 (date in the future)：最多只能晚 ${max} 天。请核对年份；还没见报的稿件请加 draft: true。`;

// ---- YAML ----------------------------------------------------------------------------

/** What each YAML error usually means in a frontmatter an editor typed, and how to fix it. */
const YAML_HINTS: [code: string, test: RegExp, hint: string][] = [
	['MISSING_CHAR', /quote/i, '引号没有成对 (unclosed quote)：值开头用了引号，结尾也要有同样的引号；值里要用引号时请用中文引号“”。'],
	['BAD_INDENT', /flow sequence/i, '方括号没有闭合 (unclosed [ ])：列表要写成 [甲, 乙]，结尾要有 ]。'],
	['MISSING_CHAR', /flow sequence|\]/i, '方括号没有闭合 (unclosed [ ])：列表要写成 [甲, 乙]，结尾要有 ]。'],
	['MULTILINE_IMPLICIT_KEY', /./, '字段名后缺少英文冒号和空格 (missing “: ”)：要写成 title: 标题（冒号后空一格）。'],
	['MISSING_CHAR', /map values/i, '字段名后缺少英文冒号和空格 (missing “: ”)：要写成 title: 标题（冒号后空一格）。'],
	['BLOCK_AS_IMPLICIT_KEY', /nested mappings/i, '值里出现了“: ”（英文冒号加空格）(colon in a value)：请改用中文冒号“：”，或把整个值用单引号括起来；也可能是下一行多了缩进。'],
	['DUPLICATE_KEY', /./, '同一个字段写了两次 (duplicate key)：删掉其中一行。'],
	['TAB_AS_INDENT', /./, '缩进用了 Tab 键 (tab as indentation)：请改用空格。'],
	['BAD_INDENT', /./, '缩进不齐 (bad indentation)：列表的每一项（- 开头）要对齐，字段名要顶格写。'],
	['BLOCK_AS_IMPLICIT_KEY', /./, '缩进不齐 (bad indentation)：列表的每一项（- 开头）要对齐，字段名要顶格写。'],
];

/** A frontmatter the YAML parser rejected: its reason, and what that usually means for an editor. */
export function yamlSyntaxError(code: string, reason: string): string {
	const hint = YAML_HINTS.find(([c, test]) => c === code && test.test(reason))?.[2] ?? '常见原因：冒号后缺空格、引号不成对、缩进不齐。';
	return `frontmatter 的 YAML 格式有误 (YAML syntax error: ${reason})。${hint}`;
}

// ---- MDX -----------------------------------------------------------------------------

/** What usually causes each kind of MDX error, for an editor who has never seen JSX. */
function mdxHint(ruleId: string | undefined, source: string | undefined): string {
	if (ruleId === 'end-tag-mismatch') {
		return '标签没有闭合 (unclosed tag)：在 .mdx 文件里 <br> 要写成 <br />，每个 <标签> 都要有对应的 </标签>；正文里的尖括号（如 <联合会>）请改用书名号或写成 \\<。';
	}
	if (source?.includes('expression')) {
		return '大括号 { } 里的内容会被当作代码 (expression)：正文里要写大括号时，请写成 \\{ 和 \\}。';
	}
	if (ruleId === 'unexpected-character' || ruleId === 'unexpected-eof') {
		return '“<” 在 .mdx 文件里表示标签的开始 (tag)：正文里要写小于号时，请写成 \\<，或改用中文“小于”。';
	}
	return '请检查这一行的 <、>、{、} 等符号 (check <, >, {, } on this line)。不需要组件的文章请用 .md 文件。';
}

/** An `.mdx` body that does not compile: the compiler's reason (with file lines), and the usual cause. */
export function mdxSyntaxError(reason: string, ruleId: string | undefined, source: string | undefined): string {
	return `MDX 语法错误 (MDX syntax error: ${reason})。${mdxHint(ruleId, source)}`;
}

// ---- safety: file bytes, links, MDX code, publishing --------------------------------------

const ENCODING_NAMES = { gb18030: 'GBK/GB18030（Windows 中文“ANSI”）', 'utf-16le': 'UTF-16（Word“Unicode”）', 'utf-16be': 'UTF-16 BE' } as const;
export type OtherEncoding = keyof typeof ENCODING_NAMES;
const ENCODING_LABELS: Record<OtherEncoding, string> = { gb18030: 'GBK/GB18030', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16 BE' };

export const wrongEncoding = (encoding: OtherEncoding) =>
	`文件不是 UTF-8 编码，而是 ${ENCODING_NAMES[encoding]} (file is ${encoding}, not UTF-8)：直接发布会变成乱码。运行 npm run lint:content -- --fix 可转换为 UTF-8（会改写这个文件），或在编辑器里“另存为 UTF-8”。`;
export const NOT_TEXT = '文件不是文本，或不是 UTF-8 编码 (not UTF-8 text)：请在编辑器里“另存为 UTF-8”；如果它是图片或 Word 文件，请不要用 .md 扩展名。';
export const controlChar = (column: number, code: string) =>
	code === 'U+FFFD'
		? `第 ${column} 列有乱码字符 � (U+FFFD, replacement character)：这里原来的字在某次转换时丢失了，请对照原稿补上。`
		: `第 ${column} 列有看不见的控制字符 ${code} (control character)：通常是从别处复制带来的。运行 npm run lint:content -- --fix 可删除它们。`;
export const moreControlChars = (n: number) => `还有 ${n} 个控制字符 (more control characters)。`;
export const unreadable = (code: string | undefined) =>
	code === 'EACCES' || code === 'EPERM'
		? '没有权限读取这个文件 (permission denied)：请检查文件权限（例如 chmod a+r），或请管理员处理。'
		: `无法读取这个文件 (cannot read file: ${code ?? 'error'})：请确认它是一个普通文件。`;

/** `lint:content`'s notes on a file's bytes (with or without --fix). */
export const lintEncoding = (encoding: OtherEncoding, fixed: boolean) =>
	fixed
		? `已从 ${ENCODING_LABELS[encoding]} 转换为 UTF-8 (converted from ${ENCODING_LABELS[encoding]} to UTF-8)。`
		: `文件是 ${ENCODING_LABELS[encoding]} 编码，不是 UTF-8 (file is ${ENCODING_LABELS[encoding]}, not UTF-8)：加 --fix 可转换为 UTF-8。`;
export const LINT_NOT_TEXT = '文件不是 UTF-8 文本 (not UTF-8 text)，无法自动转换：请在编辑器里“另存为 UTF-8”。';
export const lintControlChar = (code: string, column: number, fixed: boolean) =>
	`${fixed ? '已删除' : '有'}看不见的控制字符 ${code}（第 ${column} 列）(${fixed ? 'removed ' : ''}control character)${fixed ? '。' : '：加 --fix 可删除。'}`;
export const lintReplacementChar = (column: number) => `第 ${column} 列有乱码字符 � (U+FFFD)：这里原来的字在转换时丢失了，请对照原稿补上。`;

export const SYMLINK_SELF_LOOP = '这个符号链接 (symlink) 指向自己，形成循环 (symlink loop)：请删除这个链接。';
export const SYMLINK_DANGLING = '这个符号链接 (symlink) 指向的文件或文件夹不存在 (dangling symlink)：请删除这个链接，或把真正的文件放到这里。';
export const symlinkOutside = (target: string) =>
	`这个符号链接 (symlink) 指向 content 文件夹以外的 ${target} (symlink leaves content/)：网站只发布 content 里的文件。请把文件复制进来，再删除这个链接。`;
export const SYMLINK_LOOP = '这个文件夹链接 (symlink) 指向它自己所在的上级文件夹，形成循环 (symlink loop)，会让每篇文章发布两次：请删除这个链接。';
export const symlinkDuplicate = (target: string) =>
	`这个符号链接 (symlink) 指向 articles 里的 ${target}，同一篇文章会以两个网址发布两次 (duplicate via symlink)：请删除这个链接。`;

export const mdxImportNotAllowed = (specifier: string, alias: string) =>
	`MDX 只能导入本站的组件 (only the project's components may be imported)：不能导入“${specifier}”。请写成 import 组件名 from '${alias}组件名.astro'；不需要组件时请用 .md 文件。`;
export const mdxComponentMissing = (specifier: string) =>
	`组件“${specifier}”不存在 (component not found)：src/components/mdx/ 里没有这个文件，请检查文件名（含大小写和 .astro 扩展名）。`;
export const MDX_NO_EXPORTS = 'MDX 文章里不能写 export (no exports in articles)：标题、日期等资料请写在 frontmatter 里，正文里不要写代码。';
export const mdxForbiddenCode = (name: string) =>
	`MDX 文章里不能使用 ${name} (code that reaches the build machine is not allowed)：正文里只能使用本站组件，不能读取环境变量、文件或运行代码。需要写大括号时请写成 \\{ 和 \\}。`;
export const mdxNotImported = (name: string, alias: string) =>
	`组件 <${name}> 没有导入 (component not imported)：请在文件开头（frontmatter 之后）写 import ${name} from '${alias}${name}.astro'。`;

export const buildWaiting = (pid: number) => `另一个构建正在进行（进程 ${pid}），等它结束后再开始 (another build is running in this checkout; waiting)…`;
export const lockTimeout = (pid: number) => `另一个构建（进程 ${pid}）太久没有结束 (timed out waiting for the build lock)：请确认它是否卡住；结束它之后再构建。`;
export const noArticles = (folder: string) =>
	`${folder} 里没有可发布的文章 (no articles to publish)：请检查 --content 指的文件夹是否正确。确实要发布一个空网站时，请加 --allow-empty。`;
export const tooFewArticles = (now: number, published: number) =>
	`这次只有 ${now} 篇文章，而已发布的网站有 ${published} 篇 (far fewer articles than the published site)：可能是文件没有复制完整或 --content 指错了文件夹。确认无误时，请加 --allow-empty 再构建。`;
export const cannotWriteOutput = (path: string) => `没有权限写入 ${path} (permission denied / read-only)：请换一个可写的输出文件夹（--out），或请管理员检查权限。`;
export const notAFolder = (path: string) => `输出位置 ${path} 不是文件夹 (not a folder)：请用 --out 指定一个文件夹。`;
export const NO_SPACE = '磁盘空间不足 (no space left on device)：请清理磁盘后再构建。';
export const astroError = (message: string) => `Astro 生成网页时出错 (Astro build error)：${message}\n    请检查上面提到的文件；看不懂时，请把这段信息发给技术人员。`;
export const imageUndecodable = (name: string) =>
	`图片“${name}”无法处理 (image could not be processed)：文件可能已损坏或没有复制完整。请用图片软件打开，重新导出为 JPG 或 PNG 后再放回原处。`;

// ---- command line ----------------------------------------------------------------------

export const unknownOption = (option: string, suggestion?: string) =>
	`未知选项 (unknown option)：${option}${suggestion ? `。是不是要写 ${suggestion}？(did you mean ${suggestion}?)` : ''}`;
export const optionNeedsValue = (option: string) => `选项 ${option} 后面缺少值 (option needs a value)。`;
export const unexpectedArgument = (argument: string) => `多余的参数 (unexpected argument)：${argument}`;
export const badArguments = (detail: string) => `参数有误 (bad arguments)：${detail}`;
export const requiredAnswer = (question: string) => `${question} 是必填项 (required)，不能为空。`;

/** `npm run build` stopped: nothing was published. */
export const BUILD_FAILED = '构建失败 (build failed)，已发布的网站没有改动 (the previous output was left as it was)。';
export const problemCount = (n: number) => `发现 ${n} 处问题 (${n} problem(s))：`;
export const checked = (n: number, ms: number) => `✔ ${n} 篇稿件检查通过 (${n} article(s) checked, ${ms} ms)`;
/** After the check: what this build takes from the last one's content cache (src/lib/incremental.ts). */
export function reuseReport(reuse: Reuse, options: { keptRenders?: boolean } = {}): string {
	if (reuse.kind === 'full') {
		const why = {
			first: '没有上次构建留下的缓存 (full build: no cache from an earlier build)',
			program: options.keptRenders
				? '程序、设置或 Astro 版本与上次不同，缓存已清空，数字报版面图沿用 (full build: code, settings or Astro changed since the last build; cache cleared but for the e-paper page images)'
				: '程序、设置或 Astro 版本与上次不同，缓存已清空 (full build: code, settings or Astro changed since the last build; cache cleared)',
			asked: '按 --clean 清空了缓存 (full build: cache cleared as --clean asked)',
		}[reuse.reason];
		return `完整构建：${why}`;
	}
	const n = (x: number) => x.toLocaleString('en-US');
	const { unchanged, added, changed, removed } = reuse;
	return (
		`增量构建：${n(unchanged)} 篇未改动，沿用内容缓存；${n(added.length)} 篇新增，${n(changed.length)} 篇修改，${n(removed.length)} 篇删除 ` +
		`(incremental: ${n(unchanged)} unchanged, reused from the content cache; ${n(added.length)} added, ${n(changed.length)} changed, ${n(removed.length)} removed)`
	);
}
/** After page generation: how many pages came from the last build unchanged (Astro's incremental build). */
export function pageReuseReport({ reused, rendered }: { reused: number; rendered: number }): string {
	const n = (x: number) => x.toLocaleString('en-US');
	return `页面：${n(rendered)} 个重新生成，${n(reused)} 个与上次构建相同、直接沿用 (pages: ${n(rendered)} rendered, ${n(reused)} unchanged and reused from the last build)`;
}
/** Before the list of warnings: the build went on. */
export const warningCount = (n: number) => `⚠ 提醒 (warning)：${n} 处，网站照常构建 (the site was built)：`;
/** After the first places a warning applies to, the rest counted (`--verbose` lists them all). */
export const moreWarnings = (n: number) => `… 另有 ${n.toLocaleString('en-US')} 处同样的提醒，加 --verbose 全部列出 (${n.toLocaleString('en-US')} more; --verbose lists them all)`;
/** A 图片新闻 without `image`: the build warns until it has one (src/lib/photos.ts). */
export const photoStoryWithoutPhoto = '图片新闻没有图片 (photo story without a photo)：请在 image 字段填写图片路径（图片放在文章旁边），并在 imageAlt 写一句图片说明；在此之前页面不显示摄影署名。';
/** While pages are made, instead of Astro's line per page (`--verbose` shows those). */
export const pagesMade = (n: number) => `  … 已生成 ${n.toLocaleString('en-US')} 个网页 (pages made)`;
export const built = (outDir: string) => `✔ 构建完成 (built) → ${outDir}`;
export const siteUrlNotSet = (placeholder: string) =>
	`⚠ 没有设置网站的正式网址 (SITE_URL not set)：规范链接、RSS 和站点地图里会写成 ${placeholder}。上线用的构建请加 --site https://你的网址，或设置环境变量 SITE_URL。`;
export const badSiteUrl = (typed: string) => `--site “${typed}”不是完整的网址 (not a URL)：例如 --site https://news.example.cn。`;

export const badHouseStyle = (typed: string) => `--house-style 只能是 newspaper 或 spaced (unknown house style “${typed}”)。`;
export const noSuchPath = (path: string) => `找不到 ${path} (no such file or folder)：请检查路径。`;

export const invalidFlags = (errors: string[]) => `参数有误 (invalid value)：\n${errors.join('\n')}`;
export const invalidAnswers = (errors: string[]) => `${errors.length} 个回答有误 (${errors.length} invalid answer(s))，没有写入文件：\n${errors.join('\n')}`;
export const TITLE_FLAG_REQUIRED = '主题 title 是必填项 (required)：用 --title 给出，例如 npm run new -- --title 走访慰问快递小哥。';
export const fileExists = (path: string) => `文件已存在 (file exists)：${path}\n  没有覆盖它 (not overwritten)。请直接编辑这个文件，或换一个标题再运行。`;
export const skeletonInvalid = (details: string) => `生成的文件没有通过检查 (internal error)：\n${details}`;

// ---- npm run import ----------------------------------------------------------------------

export const MISSING_IMPORT_INPUT = '缺少要导入的文件 (missing input file)。';
export const importFileNotFound = (given: string) => `找不到文件 (file not found)：${given}`;
export const importNotAFile = (path: string) => `不是文件 (not a file)：${path}`;
export const importEmptyFolder = (given: string) => `文件夹里没有 .docx 或 .txt 文件 (no .docx or .txt files)：${given}`;
export const badImportFormat = (typed: string) =>
	`--format “${typed}”无效 (bad format)：可选 layout（排版系统导出）或 web（数字报网页 / PDF 文本）；Word 文件按 .docx 自动识别。`;
export const badPageFlag = (typed: string) => `版次“${typed}”无效 (bad page)：应是正整数，例如 --page 3。`;
export const badDateFlag = (typed: string) => `见报日期“${typed}”无效 (bad date)：写成 年-月-日，例如 --date 2022-02-09。`;
export const unreadableDocx = (path: string, reason: string) =>
	`读不了 Word 文件 (cannot read .docx)：${path}：${reason}。请确认它是 .docx（不是旧的 .doc），可在 Word 里“另存为 .docx”。`;
export const notUtf8 = (path: string) => `文件不是 UTF-8 编码 (not UTF-8)：${path}。请先另存为 UTF-8。`;
export const emptyFile = (path: string) => `文件是空的 (empty file)：${path}`;
export const noPieces = (path: string) => `没有在 ${path} 里找到稿件 (no pieces found)。`;
export const cannotWrite = (path: string, reason: string) => `写不进 ${path} (cannot write)：${reason}`;

// ---- 数字报: page data files (content/issues/<日期>/<版次>.yml) and page PDFs ------------------

/** What each key of a page data file is called in the editor guide. */
export const PAGE_FIELD_LABELS: Readonly<Record<string, string>> = {
	page: '版次',
	column: '版名',
	editor: '责任编辑',
	issueNumber: '期号',
	zones: '热区',
};

const pageField = (field: string) => `${PAGE_FIELD_LABELS[field]}（${field}）`;

export const pageExpectedText = (field: string) => `${pageField(field)}应是一段文字 (expected text)：例如 ${field}: 文字内容。`;
export const pageEmptyField = (field: string) => `${pageField(field)}不能为空 (must not be empty)：填写内容，或删掉这一行。`;
export const PAGE_NUMBER = '版次（page）应是正整数，例如 page: 3 (expected a whole number)。';
export const PAGE_POSITIVE = '版次（page）应大于 0 (must be positive)。';
export const ISSUE_NUMBER = '期号（issueNumber）应是文字或正整数，例如 issueNumber: 8821 (expected text or a number)。';
export const ZONE_NUMBER = '热区的每个数都应是页面的百分比 0–100 (expected a number)。';
export const ZONE_MIN = '热区的数不能小于 0 (must be ≥ 0)。';
export const ZONE_MAX = '热区的数不能大于 100 (must be ≤ 100)：坐标是页面宽、高的百分比。';
export const ZONE_RECT = '热区的每个矩形应写成 [左, 上, 宽, 高] 四个百分比 (expected [left, top, width, height])，例如 [12.5, 30, 25, 18]。';
export const ZONE_LIST = '热区应是矩形的列表 (expected a list of rectangles)，例如 - [12.5, 30, 25, 18]。';
export const ZONE_EMPTY = '热区不能为空列表 (must not be empty)：至少写一个矩形，或删掉这一行恢复自动热区。';
export const ZONES_MAP = '热区（zones）应按文章文件名逐项列出 (expected a map)，例如：\n  zones:\n    0209-03-ziyang-kuaidi:\n      - [12.5, 30, 25, 18]';
export const PAGE_DATA_SHAPE = '版面数据文件应是“字段: 值”的列表 (expected key: value lines)，例如 column: 工运纵横。';
export const unknownPageField = (key: string) =>
	`未知字段 (unknown field) “${key}”：可用字段有 ${Object.entries(PAGE_FIELD_LABELS)
		.map(([k, v]) => `${k}（${v}）`)
		.join('、')}。`;
export const pageDataYaml = (reason: string) => `版面数据文件的 YAML 格式有误 (YAML syntax error: ${reason})。常见原因：冒号后缺空格、缩进不齐、方括号不成对。`;
/** A hand-made zone for an article that is not on the page. */
export const zoneNotOnPage = (key: string, onPage: string[]) =>
	`热区（zones）“${key}”不是本版的文章 (no such article on this page)：本版的文章有 ${onPage.join('、') || '（无）'}。请写文章的文件名（不带 .md）。`;
export const PAGE_DATA_FAILED = '版面数据文件有误 (page data errors)：';
export const piecesNotFound = (pdf: string, ids: string[]) =>
	`${pdf}：${ids.length} 篇文章在版面 PDF 中没有找到，没有热区 (not found in the page PDF, no zone)：${ids.join('、')}。可在版面数据文件的 zones 中手工给出热区（见 docs/editing.md「数字报」）。`;
export const pageWithoutArticles = (file: string, date: string, page: number) =>
	`${file}：${date}第${page}版没有文章 (no articles for this page)，版面没有发布。文章的 date 和 page 要与文件夹和文件名一致。`;
export const badPageFileName = (file: string) => `忽略 (ignored) ${file}：文件名应是 日期/版次，例如 2022-02-09/03.pdf、2022-02-09/03.yml。`;
export const pdfPages = (file: string, pages: number) => `${file}：PDF 有 ${pages} 页，只用第 1 页 (only the first page is used)。每个版面请单独存一个 PDF。`;

/* ---------- the editors' desk: npm run edit, the web editor, the preview ---------- */

export const badPort = (typed: string) => `端口 --port “${typed}”不是有效的端口号 (invalid port)：请写 1024 到 65535 之间的数字，例如 --port 4321。`;
export const editorDeskRunning = (adminUrl: string, siteUrl: string, articlesDir: string) =>
	[
		'',
		'✔ 编辑台已启动 (editors’ desk running)',
		`  编辑稿件 (web editor)：${adminUrl}   ← 点“登录”即可，不需要账号`,
		`  预览网站 (preview)：   ${siteUrl}`,
		`  稿件文件夹 (files)：   ${articlesDir}`,
		'  按 Ctrl+C 退出 (quit)。',
		'',
	].join('\n');
/** The web editor's notice when the checker refuses a save; the diagnostics follow, one per line. */
export const saveRefused = (n: number) => `没有保存：稿件有 ${n} 处需要修改 (not saved: the checker found ${n} problem(s))。`;
export const saveRefusedLog = '网页编辑器的保存被拒绝 (save refused)：';
export const savedFromEditor = (paths: string) => `网页编辑器保存了 (saved from the web editor) ${paths}`;
export const LOCAL_EDITING_ONLY = '网页编辑器只能在运行 npm run edit 的电脑上保存 (local editing only)。';
export const CMS_REPO_NOT_SET =
	'网页编辑器 admin/ 没有配置代码仓库 (CMS_REPO not set)：线上编辑需要设置 CMS_BACKEND、CMS_REPO 等，见 docs/cms-deploy.md。本地编辑用 npm run edit，不受影响。';
export const unsupportedGitHost = (typed: string, hosts: readonly string[]) =>
	`CMS_BACKEND “${typed}”不是网页编辑器支持的代码托管平台 (unsupported git host)：可选 ${hosts.join('、')}，见 docs/cms-deploy.md。`;
export const unreadableForEditor = (line: number, detail: string) =>
	`这篇稿件的 frontmatter 有格式错误，请先在文件里改好再用网页编辑 (YAML error on line ${line})：${detail}`;
export const PREVIEW_PAUSED = '稿件有错误，预览暂停 (article errors: the preview is paused)';
export const previewProblems = (n: number) => `${PREVIEW_PAUSED}：发现 ${n} 处问题 (${n} problem(s))，改好并保存后页面会自动恢复。`;
export const previewPageIntro = (n: number) => `发现 ${n} 处问题。按下面的提示改好文件并保存，这个页面会自动刷新。`;
export const PREVIEW_RECOVERED = '✔ 稿件的错误已改好 (all article errors fixed)：页面已恢复。';
export const previewSearchFrom = (outDir: string, when: Date) =>
	`预览中的搜索使用最近一次构建的索引 (search in the preview uses the last build: ${outDir}, ${when.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })})：之后新写或改过的稿件，运行 npm run build 后才能搜到。`;
export const PREVIEW_SEARCH_MISSING = '预览中还没有搜索索引 (no search index yet)：先运行一次 npm run build，预览里就能搜索（用最近一次构建的索引）。';

/** The build's search step: how many shards it wrote and how many it reused from the last build. */
export const shardsWritten = (r: { pages: number; shards: readonly unknown[]; warmed: number; written: number; reused: number; ms: number }) =>
	`搜索索引：${r.pages} 篇文章，${r.shards.length} 个分片，${r.warmed ? `生成网页时已写 ${r.warmed} 个、` : ''}新写 ${r.written} 个、沿用上次构建的 ${r.reused} 个，用时 ${(r.ms / 1000).toFixed(1)} 秒 (search index: ${r.pages} articles in ${r.shards.length} shard(s), ${r.warmed ? `${r.warmed} written during page generation, ` : ''}${r.written} written, ${r.reused} reused)`;
