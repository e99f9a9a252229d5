// Text to a QR code (ISO/IEC 18004): byte mode, error correction level M, the smallest of
// versions 1 to 10 that holds the text, and the mask with the lowest penalty. The result is
// the symbol as a boolean matrix (true = dark), without its quiet zone: the renderer adds
// the four light modules around it.

import { MASKS, penalty } from './masks.js';
import { functionPatterns, placeCodewords, writeFormat } from './matrix.js';
import { errorCorrection } from './reed-solomon.js';
import { MAX_VERSION, byteCapacity, countBits, layoutOf } from './versions.js';

/**
 * The QR code of `text` (UTF-8, byte mode, level M).
 * `mask` forces one mask (0..7) instead of the best, for tests.
 * @returns {{ version: number, mask: number, modules: boolean[][] }}
 */
export function encodeQr(text, { mask: forcedMask } = {}) {
	const bytes = new TextEncoder().encode(text);
	const version = smallestVersion(bytes.length);
	const codewords = interleave(version, dataCodewords(version, bytes));
	const { dark, reserved } = functionPatterns(version);
	placeCodewords(dark, reserved, codewords);

	const candidates = forcedMask === undefined ? MASKS.keys() : [forcedMask];
	let best = null;
	for (const mask of candidates) {
		const modules = applyMask(dark, reserved, mask);
		writeFormat(modules, reserved.map((row) => row.slice()), mask);
		const score = penalty(modules);
		if (!best || score < best.score) best = { version, mask, modules, score };
	}
	return { version: best.version, mask: best.mask, modules: best.modules };
}

/** The smallest version whose byte mode holds `length` bytes at level M. */
export function smallestVersion(length) {
	for (let v = 1; v <= MAX_VERSION; v++) if (byteCapacity(v) >= length) return v;
	throw new RangeError(`${length} bytes do not fit a QR code of version ${MAX_VERSION} at level M (${byteCapacity(MAX_VERSION)} at most)`);
}

/**
 * The data codewords: mode 0100 (byte), the count, the bytes, a terminator of up to four
 * zero bits, zeros to the byte, then the pad bytes 11101100 and 00010001 in turn.
 */
export function dataCodewords(version, bytes) {
	const capacity = layoutOf(version).dataCodewords;
	const bits = [];
	const push = (value, length) => {
		for (let i = length - 1; i >= 0; i--) bits.push((value >> i) & 1);
	};
	push(0b0100, 4);
	push(bytes.length, countBits(version));
	for (const byte of bytes) push(byte, 8);
	push(0, Math.min(4, capacity * 8 - bits.length));
	while (bits.length % 8) bits.push(0);

	const out = [];
	for (let i = 0; i < bits.length; i += 8) out.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
	for (let pad = 0; out.length < capacity; pad ^= 1) out.push(pad ? 0b00010001 : 0b11101100);
	return out;
}

/**
 * Splits the data into the version's blocks, adds each block's error correction, and
 * interleaves: the first codeword of every block, then the second, …, then the same for
 * the error correction codewords.
 */
export function interleave(version, data) {
	const { ecPerBlock, blocks } = layoutOf(version);
	const dataBlocks = [];
	let offset = 0;
	for (const [count, each] of blocks) {
		for (let b = 0; b < count; b++) {
			dataBlocks.push(data.slice(offset, offset + each));
			offset += each;
		}
	}
	const ecBlocks = dataBlocks.map((block) => errorCorrection(block, ecPerBlock));
	const out = [];
	const longest = Math.max(...dataBlocks.map((b) => b.length));
	for (let i = 0; i < longest; i++) for (const block of dataBlocks) if (i < block.length) out.push(block[i]);
	for (let i = 0; i < ecPerBlock; i++) for (const block of ecBlocks) out.push(block[i]);
	return out;
}

/** A copy of the symbol with the mask applied to its data modules only. */
function applyMask(dark, reserved, mask) {
	const flips = MASKS[mask];
	return dark.map((row, r) => row.map((d, c) => (reserved[r][c] ? d : d !== flips(r, c))));
}
