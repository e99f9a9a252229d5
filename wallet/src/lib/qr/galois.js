// Arithmetic in GF(256), the field QR codes compute their error correction in: bytes are
// polynomials over GF(2) reduced by x^8 + x^4 + x^3 + x^2 + 1 (0x11d), with 2 generating
// every non-zero element. Multiplication goes through log and antilog tables built once.

/** The field's reducing polynomial, as ISO/IEC 18004 fixes it for QR codes. */
export const PRIMITIVE = 0x11d;

/** EXP[i] = 2^i for i in 0..509 (doubled, so a sum of two logs needs no reduction). */
const EXP = new Uint8Array(510);
/** LOG[x] = i with 2^i = x, for x in 1..255 (LOG[0] is meaningless). */
const LOG = new Uint8Array(256);

let x = 1;
for (let i = 0; i < 255; i++) {
	EXP[i] = x;
	EXP[i + 255] = x;
	LOG[x] = i;
	x <<= 1;
	if (x & 0x100) x ^= PRIMITIVE;
}

/** Addition, and subtraction too: in characteristic 2 both are exclusive or. */
export const add = (a, b) => a ^ b;

/** The product of two field elements. */
export function multiply(a, b) {
	return a === 0 || b === 0 ? 0 : EXP[LOG[a] + LOG[b]];
}

/** a / b; dividing by zero is a programming error, so it throws. */
export function divide(a, b) {
	if (b === 0) throw new RangeError('division by zero in GF(256)');
	return a === 0 ? 0 : EXP[LOG[a] + 255 - LOG[b]];
}

/** 2^n, for any n ≥ 0. */
export const power = (n) => EXP[n % 255];

/** The multiplicative inverse of a non-zero element. */
export const inverse = (a) => divide(1, a);
