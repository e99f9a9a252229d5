// The symbol's grid: the function patterns a reader finds it by (finders, timing,
// alignment, the dark module), the places reserved for format and version information,
// and the zigzag in which the codewords fill the rest.

import { formatBits, versionBits } from './info-bits.js';
import { alignmentCentres, sizeOf } from './versions.js';

/** An empty symbol of a version: `dark` and `reserved` (true where no data goes), row-major. */
export function functionPatterns(version) {
	const n = sizeOf(version);
	const dark = Array.from({ length: n }, () => new Array(n).fill(false));
	const reserved = Array.from({ length: n }, () => new Array(n).fill(false));
	const set = (r, c, value) => {
		dark[r][c] = value;
		reserved[r][c] = true;
	};

	// Finders, each with its light separator, in three corners.
	for (const [top, left] of [[0, 0], [0, n - 7], [n - 7, 0]]) {
		for (let r = -1; r <= 7; r++) {
			for (let c = -1; c <= 7; c++) {
				const [row, col] = [top + r, left + c];
				if (row < 0 || col < 0 || row >= n || col >= n) continue;
				const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3)); // 0 at the centre
				set(row, col, ring !== 2 && ring !== 4);
			}
		}
	}
	// Timing: alternating along row 6 and column 6, between the finders.
	for (let i = 8; i < n - 8; i++) {
		set(6, i, i % 2 === 0);
		set(i, 6, i % 2 === 0);
	}
	// Alignment patterns, except the three that would overlap a finder (they cross timing).
	const centres = alignmentCentres(version);
	const last = centres[centres.length - 1];
	const inFinder = (r, c) => (r === 6 && (c === 6 || c === last)) || (r === last && c === 6);
	for (const r of centres) {
		for (const c of centres) {
			if (inFinder(r, c)) continue;
			for (let dr = -2; dr <= 2; dr++) {
				for (let dc = -2; dc <= 2; dc++) set(r + dr, c + dc, Math.max(Math.abs(dr), Math.abs(dc)) !== 1);
			}
		}
	}
	// Format information (written later, once the mask is chosen) and the dark module.
	writeFormat(dark, reserved, 0);
	set(n - 8, 8, true);
	// Version information, from version 7 on.
	if (version >= 7) {
		const bits = versionBits(version);
		for (let i = 0; i < 18; i++) {
			const on = ((bits >> i) & 1) === 1;
			const [a, b] = [n - 11 + (i % 3), Math.floor(i / 3)];
			set(b, a, on); // 6 rows × 3 columns, left of the top-right finder
			set(a, b, on); // 3 rows × 6 columns, above the bottom-left finder
		}
	}
	return { dark, reserved };
}

/** Writes the format bits for `mask` in both of their places (and marks them reserved). */
export function writeFormat(dark, reserved, mask) {
	const n = dark.length;
	const bits = formatBits(mask);
	const bit = (i) => ((bits >> i) & 1) === 1; // bit 0 is the least significant
	const set = (r, c, i) => {
		dark[r][c] = bit(i);
		reserved[r][c] = true;
	};
	// Around the top-left finder: down column 8, then left along row 8, skipping timing.
	for (let i = 0; i <= 5; i++) set(i, 8, i);
	set(7, 8, 6);
	set(8, 8, 7);
	set(8, 7, 8);
	for (let i = 9; i < 15; i++) set(8, 14 - i, i);
	// The copy: along row 8 under the top-right finder, and up column 8 beside the bottom-left.
	for (let i = 0; i < 8; i++) set(8, n - 1 - i, i);
	for (let i = 8; i < 15; i++) set(n - 15 + i, 8, i);
}

/**
 * Fills the modules not reserved with `codewords`, most significant bit first, in the
 * standard's order: two columns at a time from the right, up then down, skipping the
 * vertical timing column. Modules left over (the remainder bits) stay light.
 */
export function placeCodewords(dark, reserved, codewords) {
	const n = dark.length;
	let index = 0;
	const total = codewords.length * 8;
	let upward = true;
	for (let right = n - 1; right >= 1; right -= 2, upward = !upward) {
		if (right === 6) right = 5;
		for (let v = 0; v < n; v++) {
			const r = upward ? n - 1 - v : v;
			for (const c of [right, right - 1]) {
				if (reserved[r][c]) continue;
				if (index < total) dark[r][c] = ((codewords[index >> 3] >> (7 - (index & 7))) & 1) === 1;
				index++;
			}
		}
	}
	return index; // every data module, remainder bits included
}
