/**
 * What the editor commands and the checker say to editors: Chinese first, the English term
 * beside it, and what to change. One home, so the schema, the checker (`validate.ts`), the
 * skeleton of `npm run new` and the CLIs say the same thing the same way. Tests pin these
 * texts and docs/editing.md quotes them: change them on purpose only.
 */
import { parseIsoDate } from './dates.ts';
import { nearestStrings } from './text.ts';

/** What each frontmatter key is called in the editor guide. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
	title: '主题',
	kicker: '引题',
	subtitle: '副题',
	date: '见报日期',
	genre: '体裁',
	source: '稿源',
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

export const unknownPlace = (field: PlaceField, name: string, suggestions: string[]) =>
	`${placeLabel(field, name)}不是已知的${field === 'counties' ? '县级行政区' : '地级市'} (unknown place)。` +
	(suggestions.length ? `最接近的有：${suggestions.join('、')}。` : '请检查名称是否写全，例如 紫阳县、西安市。');

// ---- files -----------------------------------------------------------------------------

export const MISSING_FRONTMATTER = '文件开头缺少 frontmatter (missing frontmatter)：第一行应是 ---，写完字段后再用一行 --- 结束。可用 npm run new 生成模板。';

export const duplicateId = (twin: string, id: string) => `与 ${twin} 的网址相同 (duplicate article id/URL “${id}”)：两篇文章不能同名，请给其中一个文件改名。`;

export const imageNotFound = (image: string) => `图片 image “${image}”不存在 (image not found)：路径相对于文章文件，例如 ./photo.jpg；请检查文件名和位置。`;

export const bodyImageNotFound = (path: string) =>
	`正文中的图片“${path}”不存在 (image not found)：路径相对于文章文件，例如 ./photo.jpg；请检查文件名（含大小写和扩展名）和位置。`;

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
export const built = (outDir: string) => `✔ 构建完成 (built) → ${outDir}`;
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
