/** An issue (one day's paper) as the issue archive page and the home page print it. */
import type { ArticleLike, Issue } from '../articles.ts';
import { formatChineseDate } from '../dates.ts';
import { strings } from '../strings.ts';
import { routes } from '../urls.ts';
import { cardView, type CardView } from './card.ts';
import type { Link, SiteData } from './site.ts';

export interface IssuePageView {
	/** 第3版 · 工运纵横, or the column alone when the page number is unknown. */
	heading: string;
	cards: CardView[];
}

export interface IssueView {
	/** `YYYY-MM-DD`. */
	date: string;
	/** The date as printed, the page's heading. */
	title: string;
	path: string;
	trail: Link[];
	pages: IssuePageView[];
}

export function issueView<A extends ArticleLike>(issue: Issue<A>, site: Pick<SiteData<A>, 'places'>): IssueView {
	return {
		date: issue.date,
		title: formatChineseDate(issue.date),
		path: routes.issue(issue.date),
		trail: [
			{ label: strings.nav.home, path: routes.home() },
			{ label: strings.nav.issues, path: routes.issues() },
		],
		pages: issue.pages.map((page) => ({
			heading: strings.home.page(page.page, page.column),
			cards: page.articles.map((article) => cardView(article, site)),
		})),
	};
}

export interface HomeView {
	/** The newest issue, page by page; none on an empty site. */
	latest: IssueView | undefined;
	/** The newest articles not in that issue, at most `config.homeLatest`. */
	more: CardView[];
}

export function homeView<A extends ArticleLike>(site: Pick<SiteData<A>, 'issues' | 'articles' | 'places' | 'config'>): HomeView {
	const latest = site.issues[0];
	const shown = new Set(latest?.pages.flatMap((p) => p.articles.map((a) => a.id)));
	return {
		latest: latest && issueView(latest, site),
		more: site.articles
			.filter((a) => !shown.has(a.id))
			.slice(0, site.config.homeLatest)
			.map((a) => cardView(a, site)),
	};
}
