/** What an article's share card (og:image) shows, and the words the line breaker keeps whole. */
import type { ArticleLike } from '../articles.ts';
import { formatChineseDate } from '../dates.ts';
import type { Gazetteer } from '../gazetteer.ts';
import type { ShareCardInput } from '../share/card.ts';
import { lexiconOf } from '../zh/linebreak.ts';
import type { SiteData } from './site.ts';

const lexicons = new WeakMap<object, Set<string>>();

/** Every place name of the gazetteer: the headline line breaker keeps them whole (宁陕县, 碑林区). */
export function placeLexicon(gazetteer: Pick<Gazetteer, 'provinces' | 'cities' | 'counties'>): Set<string> {
	let lexicon = lexicons.get(gazetteer);
	if (!lexicon) {
		lexicon = lexiconOf(
			gazetteer.provinces.map((p) => p.name),
			gazetteer.cities.map((c) => c.name),
			gazetteer.counties.map((c) => c.name),
		);
		lexicons.set(gazetteer, lexicon);
	}
	return lexicon;
}

/**
 * Whether a piece gets a share card: dated within `days` days of the newest piece. Counted from
 * the content, not the clock, so a rebuild draws the same cards as the build before it.
 */
export function hasShareCard(article: ArticleLike, newest: ArticleLike | undefined, days: number): boolean {
	if (!newest) return false;
	const age = (Date.parse(newest.data.date) - Date.parse(article.data.date)) / 86_400_000;
	return age < days;
}

export function shareCardView(article: ArticleLike, site: Pick<SiteData, 'places' | 'config'>, lexicon: Set<string>): ShareCardInput {
	const { data } = article;
	const places = (site.places.get(article.id) ?? []).map((p) => p.name);
	return {
		masthead: `${site.config.publication} · ${site.config.title}`,
		kicker: data.kicker,
		title: data.title,
		footer: [formatChineseDate(data.date), places.join('、'), data.genre === '消息' ? '' : data.genre].filter(Boolean).join(' · '),
		lexicon,
	};
}
