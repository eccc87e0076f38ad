/**
 * The WeChat QR code of an article: its absolute URL as an SVG QR code, drawn at build time with
 * `qrcode` (no script on the page; a reader scans it with WeChat's 扫一扫 to open or share it).
 */
import QRCode, { type QRCodeMaskPattern, type QRCodeSegment } from 'qrcode';

export async function qrSvg(url: string): Promise<string> {
	// One byte-mode segment: a URL gains little from mixed modes, and finding the best mix took
	// 40 % of the time of drawing the code (a second per 2,500 pages).
	const segments: QRCodeSegment[] = [{ data: new TextEncoder().encode(url), mode: 'byte' }];
	const svg = await QRCode.toString(segments, {
		type: 'svg',
		margin: 2,
		errorCorrectionLevel: 'M',
		maskPattern: bestMask(QRCode.create(segments, { errorCorrectionLevel: 'M', maskPattern: 0 }).modules),
		color: { dark: '#000000', light: '#ffffff' },
	});
	// An accessible name comes from the figure around it; the drawing itself is decoration.
	return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}

/** Whether mask pattern `p` (ISO/IEC 18004 table 10) flips the module at row `i`, column `j`. */
const MASKS: ((i: number, j: number) => boolean)[] = [
	(i, j) => (i + j) % 2 === 0,
	(i) => i % 2 === 0,
	(_, j) => j % 3 === 0,
	(i, j) => (i + j) % 3 === 0,
	(i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
	(i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
	(i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
	(i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/** The 15 format bits of error correction level M with mask `p`: BCH(15,5), XOR 0x5412. */
export function formatBits(p: number): number {
	const data = (0b00 << 3) | p; // M is 00
	let rem = data << 10;
	for (let bit = 14; bit >= 10; bit--) if ((rem >> bit) & 1) rem ^= 0x537 << (bit - 10);
	return ((data << 10) | rem) ^ 0x5412;
}

/** Where qrcode's setupFormatInfo puts format bit `i` (two copies), as indices into the matrix. */
function formatPositions(size: number): [number, number][] {
	const at = (row: number, col: number) => row * size + col;
	return Array.from({ length: 15 }, (_, i) => [
		i < 6 ? at(i, 8) : i < 8 ? at(i + 1, 8) : at(size - 15 + i, 8),
		i < 8 ? at(8, size - i - 1) : i < 9 ? at(8, 15 - i) : at(8, 14 - i),
	]);
}

/**
 * The mask qrcode would choose for a code it drew with mask 0: the first of the eight with the
 * lowest penalty (N1–N4 as its `getBestMask` counts them), on the same modules. qrcode's own
 * search reads the matrix through method calls, 85 % of the time of drawing a code; this is the
 * same arithmetic on the bytes (tests compare it with qrcode's choice).
 */
export function bestMask(modules: { size: number; data: Uint8Array; reservedBit: Uint8Array }): QRCodeMaskPattern {
	const { size, data } = modules;
	const { flips, positions } = layout(modules);
	const plain = data.map((bit, k) => bit ^ flips[0]![k]!);
	const masked = new Uint8Array(plain.length);
	let best = 0;
	let lowest = Infinity;
	for (let p = 0; p < flips.length; p++) {
		const flip = flips[p]!;
		for (let k = 0; k < masked.length; k++) masked[k] = plain[k]! ^ flip[k]!;
		const bits = formatBits(p);
		positions.forEach(([a, b], i) => (masked[a] = masked[b] = (bits >> i) & 1));
		masked[(size - 8) * size + 8] = 1; // the dark module
		const score = penalty(masked, size);
		if (score < lowest) (lowest = score), (best = p);
	}
	return best as QRCodeMaskPattern;
}

/** Per symbol size (one version, so one set of reserved modules): each mask's flips outside them, and the format bits' places. */
const layouts = new Map<number, { flips: Uint8Array[]; positions: [number, number][] }>();

function layout({ size, reservedBit }: { size: number; reservedBit: Uint8Array }) {
	let found = layouts.get(size);
	if (!found) {
		const flips = MASKS.map((flip) => reservedBit.map((reserved, k) => (!reserved && flip(Math.floor(k / size), k % size) ? 1 : 0)));
		layouts.set(size, (found = { flips, positions: formatPositions(size) }));
	}
	return found;
}

/** N1 + N2 + N3 + N4 of a square matrix of 0/1 bytes, as qrcode 1.5 counts them. */
export function penalty(m: Uint8Array, size: number): number {
	let points = 0;
	let dark = 0;
	for (let a = 0; a < size; a++) {
		let runRow = 0;
		let runCol = 0;
		let lastRow = -1;
		let lastCol = -1;
		let bitsRow = 0;
		let bitsCol = 0;
		for (let b = 0; b < size; b++) {
			const inRow = m[a * size + b]!;
			const inCol = m[b * size + a]!;
			dark += inRow;
			// N1: runs of five or more of one colour, 3 + (length − 5) each.
			if (inRow === lastRow) runRow++;
			else {
				if (runRow >= 5) points += runRow - 2;
				lastRow = inRow;
				runRow = 1;
			}
			if (inCol === lastCol) runCol++;
			else {
				if (runCol >= 5) points += runCol - 2;
				lastCol = inCol;
				runCol = 1;
			}
			// N3: 1:1:3:1:1 with four light modules on one side, 40 each.
			bitsRow = ((bitsRow << 1) & 0x7ff) | inRow;
			bitsCol = ((bitsCol << 1) & 0x7ff) | inCol;
			if (b >= 10) {
				if (bitsRow === 0x5d0 || bitsRow === 0x05d) points += 40;
				if (bitsCol === 0x5d0 || bitsCol === 0x05d) points += 40;
			}
			// N2: 2×2 blocks of one colour, 3 each.
			if (a < size - 1 && b < size - 1) {
				const sum = inRow + m[a * size + b + 1]! + m[(a + 1) * size + b]! + m[(a + 1) * size + b + 1]!;
				if (sum === 0 || sum === 4) points += 3;
			}
		}
		if (runRow >= 5) points += runRow - 2;
		if (runCol >= 5) points += runCol - 2;
	}
	// N4: 10 for each 5 % the dark share is away from half.
	return points + Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10) * 10;
}
