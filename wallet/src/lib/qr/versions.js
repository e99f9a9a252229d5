// What each QR version holds at error correction level M (ISO/IEC 18004, tables 9 and
// E.1), for versions 1 to 10: up to 213 bytes, four times an SS58 address. Level M
// recovers about 15 % of the codewords, enough for a phone screen with a glare on it.

/**
 * Per version: the error correction codewords per block and the blocks as
 * [count, data codewords each]; shorter blocks come first, as the standard orders them.
 */
const LEVEL_M = [
	null,
	{ ecPerBlock: 10, blocks: [[1, 16]] },
	{ ecPerBlock: 16, blocks: [[1, 28]] },
	{ ecPerBlock: 26, blocks: [[1, 44]] },
	{ ecPerBlock: 18, blocks: [[2, 32]] },
	{ ecPerBlock: 24, blocks: [[2, 43]] },
	{ ecPerBlock: 16, blocks: [[4, 27]] },
	{ ecPerBlock: 18, blocks: [[4, 31]] },
	{ ecPerBlock: 22, blocks: [[2, 38], [2, 39]] },
	{ ecPerBlock: 22, blocks: [[3, 36], [2, 37]] },
	{ ecPerBlock: 26, blocks: [[4, 43], [1, 44]] },
];

/** The highest version this encoder makes. */
export const MAX_VERSION = LEVEL_M.length - 1;

/** Rows (and columns) of a version's symbol. */
export const sizeOf = (version) => 17 + 4 * version;

/** The error correction layout of a version at level M. */
export function layoutOf(version) {
	const layout = LEVEL_M[version];
	if (!layout) throw new RangeError(`QR version ${version} is not one this encoder makes (1..${MAX_VERSION})`);
	const dataCodewords = layout.blocks.reduce((sum, [count, each]) => sum + count * each, 0);
	const blockCount = layout.blocks.reduce((sum, [count]) => sum + count, 0);
	return { ...layout, dataCodewords, totalCodewords: dataCodewords + blockCount * layout.ecPerBlock };
}

/** Bits of the byte mode's character count: 8 up to version 9, 16 from 10 on. */
export const countBits = (version) => (version <= 9 ? 8 : 16);

/** How many bytes a version holds in byte mode (mode and count included). */
export function byteCapacity(version) {
	return Math.floor((layoutOf(version).dataCodewords * 8 - 4 - countBits(version)) / 8);
}

/** Centres of the alignment patterns along each axis (none in version 1). */
export function alignmentCentres(version) {
	if (version === 1) return [];
	const last = sizeOf(version) - 7;
	const count = Math.floor(version / 7) + 2;
	// Evenly spaced from 6 to the last, the step even and rounded up (table E.1's rule).
	const step = count === 2 ? last - 6 : Math.ceil((last - 6) / (count - 1) / 2) * 2;
	const centres = [6];
	for (let i = count - 2; i >= 0; i--) centres.push(last - i * step);
	return centres;
}
