/**
 * The Markdown (and, inherited, MDX) pipeline options, in one place so that the site and the
 * sanitiser tests run the same plugins: sanitising first, then the newspaper clean-up; GFM
 * footnotes labelled in Chinese.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { strings } from '../lib/strings.ts';
import type { SiteConfig } from '../lib/schemas/site.ts';
import { newspaperRehype } from './rehype-newspaper.ts';
import { sanitizeRehype } from './sanitize.ts';

export function markdownOptions(config: Pick<SiteConfig, 'embedHosts'>): UnifiedProcessorOptions {
	return {
		rehypePlugins: [[sanitizeRehype, { embedHosts: config.embedHosts }], newspaperRehype],
		// English typography with a sentence parser per text node: half the Markdown time of a big
		// archive. Chinese quotes are paired in newspaperRehype instead.
		smartypants: false,
		remarkRehype: {
			footnoteLabel: strings.footnotes.label,
			footnoteBackLabel: (i: number) => strings.footnotes.back(i + 1),
			footnoteLabelProperties: { className: ['visually-hidden'] },
		},
	};
}
