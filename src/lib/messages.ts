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

// ---- command line ----------------------------------------------------------------------

export const unknownOption = (option: string, suggestion?: string) =>
	`未知选项 (unknown option)：${option}${suggestion ? `。是不是要写 ${suggestion}？(did you mean ${suggestion}?)` : ''}`;
export const optionNeedsValue = (option: string) => `选项 ${option} 后面缺少值 (option needs a value)。`;
export const unexpectedArgument = (argument: string) => `多余的参数 (unexpected argument)：${argument}`;
export const badArguments = (detail: string) => `参数有误 (bad arguments)：${detail}`;
export const requiredAnswer = (question: string) => `${question} 是必填项 (required)，不能为空。`;
