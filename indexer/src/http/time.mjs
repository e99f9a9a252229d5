// Days and weeks as the API names them: UTC dates (YYYY-MM-DD); a week by its Monday.

export const DAY_MS = 86_400_000;

export const dayOf = (ms) => Math.floor(ms / DAY_MS);
export const dateOfDay = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const isoTime = (ms) => (ms ? new Date(ms).toISOString() : null);
/** The Monday that starts `day`'s week (day 0, 1970-01-01, was a Thursday). */
export const weekOf = (day) => day - ((day + 3) % 7);
export const monthOfDay = (day) => dateOfDay(day).slice(0, 7);
export const monthOf = (ms) => new Date(ms).toISOString().slice(0, 7);

/** Units of HOUR (10^-6) as a decimal string of HOUR: 1500000 → "1.5". */
export function hours(units) {
	const sign = units < 0 ? '-' : '';
	const abs = Math.abs(units);
	const whole = Math.floor(abs / 1e6);
	const fraction = String(abs % 1e6).padStart(6, '0').replace(/0+$/, '');
	return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
