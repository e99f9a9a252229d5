// CSV as spreadsheets and accounting tools read it: a header row, comma-separated, fields
// quoted when they hold a comma, quote or line break (RFC 4180), CRLF line ends. A field
// that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with '.

const FORMULA = /^[=+\-@\t\r]/;

function field(value) {
	if (value === null || value === undefined) return '';
	let text = String(value);
	if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns, rows) {
	const lines = [columns.join(',')];
	for (const row of rows) lines.push(columns.map((c) => field(row[c])).join(','));
	return `${lines.join('\r\n')}\r\n`;
}
