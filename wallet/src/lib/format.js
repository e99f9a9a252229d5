// HOUR as people read it: hours and minutes, and a decimal. One HOUR is 10^6 units.

export const UNITS = 1_000_000n;

/** 1_500_000n → "1 h 30 min". */
export function hoursAndMinutes(units) {
	const u = BigInt(units);
	const sign = u < 0n ? '−' : '';
	const abs = u < 0n ? -u : u;
	const minutes = (abs * 60n) / UNITS;
	const h = minutes / 60n;
	const m = minutes % 60n;
	return `${sign}${h} h${m ? ` ${m} min` : ''}`;
}

/** 1_500_000n → "1.5". */
export function decimal(units) {
	const u = BigInt(units);
	const sign = u < 0n ? '-' : '';
	const abs = u < 0n ? -u : u;
	const fraction = (abs % UNITS).toString().padStart(6, '0').replace(/0+$/, '');
	return `${sign}${abs / UNITS}${fraction ? `.${fraction}` : ''}`;
}

/** "1.25" or "1,25" → 1_250_000n; null when it is not a positive amount with at most 6 decimals. */
export function parseAmount(text) {
	const match = /^\s*(\d{1,12})(?:[.,](\d{1,6}))?\s*$/.exec(text ?? '');
	if (!match) return null;
	const units = BigInt(match[1]) * UNITS + BigInt((match[2] ?? '').padEnd(6, '0'));
	return units > 0n ? units : null;
}

/** Days since 1970-01-01 (the chain's day), and back. */
export const dayOfDate = (iso) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
export const dateOfDay = (day) => new Date(day * 86_400_000).toISOString().slice(0, 10);

export const short = (address) => `${address.slice(0, 6)}…${address.slice(-6)}`;
