// A QR matrix as SVG path data: one path for every dark module, each row's runs merged
// into one rectangle, so the drawing is small and has no seams between modules.

/** Path data for the dark modules, shifted right and down by `offset` (the quiet zone). */
export function darkPath(modules, offset = 0) {
	const parts = [];
	modules.forEach((row, r) => {
		for (let c = 0; c < row.length; c++) {
			if (!row[c]) continue;
			const start = c;
			while (c + 1 < row.length && row[c + 1]) c++;
			parts.push(`M${start + offset} ${r + offset}h${c - start + 1}v1h-${c - start + 1}z`);
		}
	});
	return parts.join('');
}
