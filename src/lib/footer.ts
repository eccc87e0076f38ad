/**
 * What the site footer shows, from the site config: contact lines with working links, and the
 * filing numbers (ICP备案 at the MIIT, 公安备案 at the MPS) linked to the official lookup pages,
 * which is how Chinese sites show them.
 */
import { strings } from './strings.ts';

/** The MIIT's ICP filing lookup. */
export const ICP_LOOKUP = 'https://beian.miit.gov.cn/';
/** The MPS's public-security filing lookup, by the record's number. */
export const POLICE_LOOKUP = (code: string) => `https://beian.mps.gov.cn/#/query/webSearch?code=${encodeURIComponent(code)}`;

export interface FooterConfig {
	sponsor?: string | undefined;
	copyright?: string | undefined;
	icp?: string | undefined;
	police?: string | undefined;
	phone?: string | undefined;
	email?: string | undefined;
	address?: string | undefined;
	submissionEmail?: string | undefined;
}

export interface FooterLine {
	label: string;
	text: string;
	href?: string | undefined;
}

export interface FooterModel {
	sponsor?: string | undefined;
	copyright?: string | undefined;
	contact: FooterLine[];
	filings: { text: string; href: string }[];
}

export function footerModel(config: { footer?: FooterConfig | undefined }): FooterModel {
	const f = config.footer ?? {};
	const t = strings.footer;
	const contact: FooterLine[] = [];
	if (f.phone) contact.push({ label: t.phone, text: f.phone, href: `tel:${f.phone.replace(/[^\d+]/g, '')}` });
	if (f.email) contact.push({ label: t.email, text: f.email, href: `mailto:${f.email}` });
	if (f.submissionEmail) contact.push({ label: t.submission, text: f.submissionEmail, href: `mailto:${f.submissionEmail}` });
	if (f.address) contact.push({ label: t.address, text: f.address });
	const filings: FooterModel['filings'] = [];
	if (f.icp) filings.push({ text: f.icp, href: ICP_LOOKUP });
	if (f.police) {
		// The record number is the digits of 陕公网安备61010302000123号.
		const code = f.police.replace(/\D/g, '');
		filings.push({ text: f.police, href: POLICE_LOOKUP(code) });
	}
	return { sponsor: f.sponsor, copyright: f.copyright, contact, filings };
}
