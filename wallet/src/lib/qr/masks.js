// The eight data masks and the penalty rule that picks one (ISO/IEC 18004, 7.8). A mask
// flips data modules in a fixed pattern; the one chosen is the one whose symbol has the
// fewest features a reader could mistake: long runs, blocks, finder-like stretches, and
// too much dark or light.

/** Whether mask k flips the module at (row, column). */
export const MASKS = [
	(r, c) => (r + c) % 2 === 0,
	(r) => r % 2 === 0,
	(r, c) => c % 3 === 0,
	(r, c) => (r + c) % 3 === 0,
	(r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0,
	(r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
	(r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
	(r, c) => (((r + c) % 2) + ((r * c) % 3)) % 2 === 0,
];

/** 1:1:3:1:1 dark-light-dark-light-dark with four light modules on one side. */
const FINDER_LIKE = [
	[true, false, true, true, true, false, true, false, false, false, false],
	[false, false, false, false, true, false, true, true, true, false, true],
];

/** The penalty of a finished symbol (a square boolean matrix, true = dark); lower is better. */
export function penalty(m) {
	const n = m.length;
	const at = (r, c) => r >= 0 && c >= 0 && r < n && c < n && m[r][c]; // the quiet zone is light
	let score = 0;
	let dark = 0;
	for (let i = 0; i < n; i++) {
		score += runs((k) => m[i][k], n) + runs((k) => m[k][i], n);
		for (let j = 0; j < n; j++) {
			if (m[i][j]) dark++;
			// N2: each 2×2 block of one colour.
			if (i + 1 < n && j + 1 < n && m[i][j] === m[i + 1][j] && m[i][j] === m[i][j + 1] && m[i][j] === m[i + 1][j + 1]) score += 3;
		}
		// N3: finder-like stretches across row i and down column i; the four light modules
		// may lie in the quiet zone, so a stretch may start up to four modules outside.
		for (let j = -4; j < n; j++) {
			for (const pattern of FINDER_LIKE) {
				if (pattern.every((d, k) => at(i, j + k) === d)) score += 40;
				if (pattern.every((d, k) => at(j + k, i) === d)) score += 40;
			}
		}
	}
	// N4: 10 points for every full 5 % the dark share is away from half.
	score += 10 * Math.floor(Math.abs(dark * 20 - n * n * 10) / (n * n));
	return score;
}

/** N1: 3 points for a run of five modules of one colour, and 1 more for each beyond. */
function runs(get, n) {
	let score = 0;
	let length = 1;
	for (let k = 1; k <= n; k++) {
		if (k < n && get(k) === get(k - 1)) {
			length++;
		} else {
			if (length >= 5) score += length - 2;
			length = 1;
		}
	}
	return score;
}
