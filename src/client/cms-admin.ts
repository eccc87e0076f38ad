/**
 * The web editor's page script (runs in the editor's browser, after Decap CMS has loaded): reads
 * the generated config, registers our file format (the project's frontmatter reader and writer,
 * src/lib/cms/format.ts) and the tag widget with suggestions, then starts Decap.
 */
import { parse } from 'yaml';
import { fromFile, toFile, type PlacePickers } from '../lib/cms/format.ts';
import { CMS_FORMAT, TAGS_WIDGET, type PlaceOption } from '../lib/cms/widgets.ts';

type ReactNode = unknown;
interface ImmutableLike {
	toJS(): unknown;
	get(key: string): unknown;
}
interface WidgetProps {
	value: unknown;
	onChange(value: string[]): void;
	forID: string;
	classNameWrapper: string;
	field: ImmutableLike;
	setActiveStyle(): void;
	setInactiveStyle(): void;
}
interface DecapGlobal {
	registerWidget(name: string, control: unknown, preview?: unknown): void;
	registerCustomFormat(name: string, extension: string, format: { fromFile(content: string): unknown; toFile(data: Record<string, unknown>, order?: string[]): string }): void;
	init(options?: unknown): void;
}
declare const CMS: DecapGlobal;
declare const h: (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => ReactNode;
declare const createClass: (spec: Record<string, unknown>) => unknown;

const SEPARATORS = /[,，、;；\n]/;

function toList(value: unknown): string[] {
	if (value == null || value === '') return [];
	if (typeof value === 'string') return [value];
	const plain = typeof (value as ImmutableLike).toJS === 'function' ? (value as ImmutableLike).toJS() : value;
	return Array.isArray(plain) ? plain.map(String) : [];
}

const TagsControl = createClass({
	getInitialState() {
		return { draft: '' };
	},
	add(this: { props: WidgetProps; setState(s: object): void }, text: string) {
		const added = text
			.split(SEPARATORS)
			.map((t) => t.trim())
			.filter(Boolean);
		if (added.length) this.props.onChange([...new Set([...toList(this.props.value), ...added])]);
		this.setState({ draft: '' });
	},
	remove(this: { props: WidgetProps }, tag: string) {
		this.props.onChange(toList(this.props.value).filter((t) => t !== tag));
	},
	render(this: { props: WidgetProps; state: { draft: string }; add(t: string): void; remove(t: string): void; setState(s: object): void }) {
		const { forID, classNameWrapper, field } = this.props;
		const suggestions = toList(field.get('suggestions'));
		const tags = toList(this.props.value);
		const listId = `${forID}-suggestions`;
		return h(
			'div',
			{ className: classNameWrapper, style: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' } },
			...tags.map((tag) =>
				h(
					'span',
					{ key: tag, className: 'gongyun-tag', style: { background: '#e8eef7', borderRadius: '4px', padding: '2px 4px 2px 8px' } },
					tag,
					h('button', { type: 'button', 'aria-label': `删除专题 ${tag}`, onClick: () => this.remove(tag), style: { border: 0, background: 'none', cursor: 'pointer', fontSize: '16px' } }, '×'),
				),
			),
			h('input', {
				id: forID,
				list: listId,
				value: this.state.draft,
				placeholder: tags.length ? '再加一个专题' : '输入专题，按回车添加',
				style: { flex: '1 1 12em', border: 0, outline: 'none', fontSize: 'inherit', minWidth: '8em' },
				onFocus: this.props.setActiveStyle,
				onChange: (event: { target: { value: string } }) => {
					const value = event.target.value;
					// Picking from the suggestion list sets the whole value at once: take it.
					if (suggestions.includes(value)) this.add(value);
					else this.setState({ draft: value });
				},
				onKeyDown: (event: { key: string; preventDefault(): void }) => {
					if (event.key === 'Enter' || event.key === ',' || event.key === '，' || event.key === '、') {
						event.preventDefault();
						this.add(this.state.draft);
					}
				},
				onBlur: () => {
					this.props.setInactiveStyle();
					if (this.state.draft.trim()) this.add(this.state.draft);
				},
			}),
			h('datalist', { id: listId }, ...suggestions.map((s) => h('option', { key: s, value: s }))),
		);
	},
});

const TagsPreview = createClass({
	render(this: { props: { value: unknown } }) {
		return h('p', null, toList(this.props.value).join('、'));
	},
});

CMS.registerWidget(TAGS_WIDGET, TagsControl, TagsPreview);

interface GeneratedConfig {
	collections: { fields: { name: string; options?: PlaceOption[] }[] }[];
}

async function start() {
	const response = await fetch('config.yml', { cache: 'no-store' });
	const config = parse(await response.text()) as GeneratedConfig;
	const fields = config.collections[0]?.fields ?? [];
	const pickers: PlacePickers = {
		counties: fields.find((f) => f.name === 'counties')?.options ?? [],
		cities: fields.find((f) => f.name === 'cities')?.options ?? [],
	};
	CMS.registerCustomFormat(CMS_FORMAT, 'md', {
		fromFile: (content) => fromFile(content, pickers),
		toFile: (data, order) => toFile(data, order),
	});
	CMS.init({ config: { ...config, load_config_file: false } });
}

void start();
