// The two small BCH codes that tell a reader how to read the rest: the format (error
// correction level and mask, 15 bits, written twice) and, from version 7 on, the version
// (18 bits, written twice).

/** Level M's two bits in the format information (L 01, M 00, Q 11, H 10). */
export const LEVEL_M_BITS = 0b00;

/** The remainder of `value · x^degree(generator)` divided by `generator`, over GF(2). */
function bchRemainder(value, generator) {
	const degree = 31 - Math.clz32(generator);
	let r = value << degree;
	for (let bit = 31 - Math.clz32(r); bit >= degree; bit--) {
		if (r & (1 << bit)) r ^= generator << (bit - degree);
	}
	return r;
}

/**
 * The 15 format bits for level M and a mask (0..7), most significant first as the
 * standard writes them: 5 data bits, 10 BCH(15,5) bits (x^10+x^8+x^5+x^4+x^2+x+1),
 * masked with 101010000010010 so that no format is all light.
 */
export function formatBits(mask) {
	const data = (LEVEL_M_BITS << 3) | mask;
	return ((data << 10) | bchRemainder(data, 0b10100110111)) ^ 0b101010000010010;
}

/** The 18 version bits (versions 7 and up): 6 data bits, 12 BCH(18,6) bits (0x1f25). */
export function versionBits(version) {
	return (version << 12) | bchRemainder(version, 0b1111100100101);
}
