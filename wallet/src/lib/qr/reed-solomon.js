// Reed–Solomon error correction as QR codes use it: a block's error correction codewords
// are the remainder of (data · x^n) divided by the generator (x - 2^0)(x - 2^1)…(x - 2^(n-1)),
// so the whole block, read as a polynomial, has every 2^i (i < n) as a root.

import { add, multiply, power } from './galois.js';

/** Coefficients of the degree-n generator, highest power first (the leading 1 included). */
export function generator(n) {
	let poly = [1];
	for (let i = 0; i < n; i++) {
		const next = new Array(poly.length + 1).fill(0);
		for (let j = 0; j < poly.length; j++) {
			next[j] = add(next[j], poly[j]); // · x
			next[j + 1] = add(next[j + 1], multiply(poly[j], power(i))); // · 2^i
		}
		poly = next;
	}
	return poly;
}

const generators = new Map();

/** The n error correction codewords for a block of data codewords. */
export function errorCorrection(data, n) {
	if (!generators.has(n)) generators.set(n, generator(n));
	const g = generators.get(n);
	const remainder = new Array(n).fill(0);
	for (const byte of data) {
		// Long division, one data codeword at a time: shift the remainder and subtract
		// the generator times the coefficient that falls off the top.
		const factor = add(byte, remainder.shift());
		remainder.push(0);
		for (let i = 0; i < n; i++) remainder[i] = add(remainder[i], multiply(g[i + 1], factor));
	}
	return remainder;
}

/** The block's value at 2^i for i < n: all zero when the block is a codeword. */
export function syndromes(block, n) {
	const out = [];
	for (let i = 0; i < n; i++) {
		let value = 0;
		for (const c of block) value = add(multiply(value, power(i)), c); // Horner
		out.push(value);
	}
	return out;
}
