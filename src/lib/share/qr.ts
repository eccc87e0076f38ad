/**
 * The WeChat QR code of an article: its absolute URL as an SVG QR code, drawn at build time with
 * `qrcode` (no script on the page; a reader scans it with WeChat's 扫一扫 to open or share it).
 */
import QRCode from 'qrcode';

export async function qrSvg(url: string): Promise<string> {
	// One byte-mode segment: a URL gains little from mixed modes, and finding the best mix took
	// 40 % of the time of drawing the code (a second per 2,500 pages).
	const svg = await QRCode.toString([{ data: new TextEncoder().encode(url), mode: 'byte' }], { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
	// An accessible name comes from the figure around it; the drawing itself is decoration.
	return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
