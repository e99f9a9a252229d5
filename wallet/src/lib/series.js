// History's plots as numbers: scales, ticks, the balance's steps and the weeks' stacked
// bars. Pure functions, so the unit tests check them without a browser; the components
// only turn them into SVG.
//
// Days are counted from 1970-01-01 (UTC), as the indexer and the chain count them.

import { dateOfDay, dayOfDate, hoursAndMinutes, UNITS } from './format.js';

// Floating point turns 0.1 × 3 into 0.30000000000000004; a tick must read 0.3.
const round = (x) => Number(x.toPrecision(12));

/** 1, 2 or 5 × 10^k: the smallest such step that cuts `span` into at most `count` parts. */
export function niceStep(span, count = 5) {
	if (!(span > 0 && Number.isFinite(span))) return 1;
	const raw = span / Math.max(1, count);
	const magnitude = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].find((f) => f * magnitude >= raw * (1 - 1e-9)) * magnitude;
	return round(step);
}

/**
 * An axis for values from `lo` to `hi`: ends and ticks at multiples of a nice step, zero
 * always among them, because a bar or an area under a line is read from zero. Values that
 * are all zero get 0…1. Never below 0 when no value is.
 */
export function niceScale(lo, hi, count = 5) {
	if (!(Number.isFinite(lo) && Number.isFinite(hi))) [lo, hi] = [0, 1];
	[lo, hi] = [Math.min(0, lo, hi), Math.max(0, lo, hi)];
	if (lo === hi) hi = 1;
	const step = niceStep(hi - lo, count);
	const min = round(Math.floor(lo / step + 1e-9) * step);
	const max = round(Math.ceil(hi / step - 1e-9) * step);
	const ticks = [];
	for (let i = 0; round(min + i * step) <= max; i++) ticks.push(round(min + i * step));
	return { min, max, step, ticks };
}

/** A linear map from [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle. */
export function linear(d0, d1, r0, r1) {
	const span = d1 - d0;
	return (x) => (span === 0 ? (r0 + r1) / 2 : r0 + ((x - d0) / span) * (r1 - r0));
}

/** Digits after the point that ticks `step` apart need (steps are 1, 2 or 5 × 10^k): 0.5 → 1, 5 → 0. */
export const decimalsOf = (step) => Math.max(0, -Math.floor(Math.log10(step) + 1e-9));

/**
 * The indexer's balance series (`{day: 'YYYY-MM-DD', balance}`, balance in units of
 * 10^-6 HOUR), its last `limit` days, as `{day, date, units, hour}`: `day` a day number,
 * `units` exact (a BigInt, for the table), `hour` a float (for the plot).
 */
export function balancePoints(days, limit = 30) {
	return (days ?? []).slice(-limit).map((d) => {
		const units = BigInt(d.balance);
		return { day: dayOfDate(d.day), date: d.day, units, hour: Number(units) / Number(UNITS) };
	});
}

/** The days the balance changed, with the first and the last: the step plot's corners. */
export function balanceSteps(points) {
	return points.filter((p, i) => i === 0 || i === points.length - 1 || p.units !== points[i - 1].units);
}

/**
 * The balance as a step line, each day's balance held across that day (day d spans
 * x(d)…x(d + 1)); `area` closes it down to `floor` for a fill under it.
 */
export function stepPaths(points, x, y, floor) {
	if (!points.length) return { line: '', area: '' };
	const f = (n) => Number(n.toFixed(1));
	let line = `M${f(x(points[0].day))},${f(y(points[0].hour))}`;
	points.forEach((p, i) => {
		if (i > 0) line += `V${f(y(p.hour))}`;
		line += `H${f(x(p.day + 1))}`;
	});
	const area = `${line}V${f(floor)}H${f(x(points[0].day))}Z`;
	return { line, area };
}

/** Week-aligned steps for day ticks, as a plot of weeks or months wants them. */
const DAY_STEPS = [1, 2, 7, 14, 28, 56, 91, 182, 364, 728, 1820];

/** The Monday that starts `day`'s week (day 0, 1970-01-01, was a Thursday). */
export const mondayOf = (day) => day - ((day + 3) % 7);

/**
 * Ticks for days `first`…`last`: at most `max` of them (at least one), every 1 or 2 days,
 * or every k weeks on Mondays.
 */
export function dayTicks(first, last, max = 6) {
	if (last < first) return [];
	const span = last - first + 1;
	const step = DAY_STEPS.find((s) => Math.floor((span - 1) / s) + 1 <= Math.max(1, max)) ?? span;
	let start = first;
	if (step >= 7) {
		start = mondayOf(first);
		if (start < first) start += 7;
		if (start > last) start = first; // less than a week shown, no Monday in it
	}
	const ticks = [];
	for (let d = start; d <= last; d += step) ticks.push(d);
	return ticks;
}

/**
 * The indexer's hours series (`{week: 'YYYY-MM-DD', coop, coop_name, minutes}`, one entry
 * per week and co-op with work) as stacked bars: every week from the first with work to
 * the last, at most the last `limit` (weeks without work are bars of zero), and the co-ops
 * in order of their id. Each week's `segments` are in that same order, `y0`…`y1` in hours.
 * `rows` are the entries shown, by week and co-op, each with its co-op's `name`: the table's.
 */
export function weekStacks(weeks, limit = 13) {
	const rows = (weeks ?? []).map((w) => ({ ...w, day: dayOfDate(w.week) }));
	if (!rows.length) return { weeks: [], coops: [], rows: [] };
	const last = Math.max(...rows.map((r) => r.day));
	const first = Math.max(Math.min(...rows.map((r) => r.day)), last - 7 * (limit - 1));
	const shown = rows.filter((r) => r.day >= first).sort((a, b) => a.day - b.day || a.coop - b.coop);
	const names = new Map();
	for (const r of shown) if (!names.get(r.coop)) names.set(r.coop, r.coop_name);
	const coops = [...names].sort((a, b) => a[0] - b[0]).map(([coop, name], index) => ({ coop, name: name || `Co-op ${coop}`, index }));
	const nameOf = new Map(coops.map((c) => [c.coop, c.name]));
	const bars = [];
	for (let day = first; day <= last; day += 7) {
		let top = 0;
		const segments = [];
		for (const c of coops) {
			const minutes = shown.filter((r) => r.day === day && r.coop === c.coop).reduce((sum, r) => sum + r.minutes, 0);
			if (minutes) segments.push({ coop: c.coop, index: c.index, hours: minutes / 60, y0: top, y1: (top = round(top + minutes / 60)) });
		}
		bars.push({ day, date: dateOfDay(day), total: top, segments });
	}
	return { weeks: bars, coops, rows: shown.map((r) => ({ ...r, name: nameOf.get(r.coop) })) };
}

/**
 * `n` bars side by side in `width`, each centred in its slot with `gap` of the slot beside
 * it, and no wider than `widest` (one week's bar should not fill the plot).
 */
export function bands(n, width, gap = 0.25, widest = 48) {
	const slot = n ? width / n : width;
	const bar = Math.min(widest, slot * (1 - gap));
	return { slot, width: bar, x: (i) => i * slot + (slot - bar) / 2 };
}

/** Label every k-th of `n` slots so that labels `labelWidth` wide fit in `width`. */
export const labelEvery = (n, width, labelWidth) => Math.max(1, Math.ceil((n * labelWidth) / Math.max(1, width)));

/** Minutes of work as the wallet shows time: 90 → "1 h 30 min". */
export const minutesAsTime = (minutes) => `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;

/** Formatters for a locale (undefined: the browser's): dates of day numbers, and numbers. */
export function formats(locale) {
	const day = (options) => {
		const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
		return (d) => f.format(new Date(d * 86_400_000));
	};
	return {
		tick: day({ month: 'short', day: 'numeric' }),
		date: day({ dateStyle: 'medium' }),
		number: (x, decimals = 6) => new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }).format(x),
	};
}

/** What the balance plot shows, in a sentence ending with the balance now: its accessible name. */
export function balanceSummary(points, fmt) {
	if (!points.length) return 'Balance: nothing to show yet';
	const first = points[0];
	const now = hoursAndMinutes(points.at(-1).units);
	if (points.length === 1) return `Balance on ${fmt.date(first.day)}: ${now}`;
	const units = points.map((p) => p.units);
	const low = units.reduce((a, b) => (b < a ? b : a));
	const high = units.reduce((a, b) => (b > a ? b : a));
	return `Balance from ${fmt.date(first.day)} to ${fmt.date(points.at(-1).day)}, lowest ${hoursAndMinutes(low)}, highest ${hoursAndMinutes(high)}, now ${now}`;
}

/** What the hours plot shows, in a sentence: its accessible name. */
export function hoursSummary(model, fmt) {
	const { weeks, coops, rows } = model;
	if (!weeks.length) return 'Hours worked per week: none yet';
	const total = rows.reduce((sum, r) => sum + r.minutes, 0);
	const names = coops.map((c) => c.name).join(', ');
	if (weeks.length === 1) return `Hours worked per week: ${minutesAsTime(total)} in the week of ${fmt.date(weeks[0].day)}; for ${names}`;
	const most = weeks.reduce((a, b) => (b.total > a.total ? b : a));
	return `Hours worked per week: ${minutesAsTime(total)} in ${weeks.length} weeks from ${fmt.date(weeks[0].day)}, at most ${minutesAsTime(Math.round(most.total * 60))} in one week; for ${names}`;
}

/**
 * Where a plot `width` × `height` pixels draws: room at the left for the longest of the value
 * axis's labels (about 7 pixels a character at 12 px), below for the dates.
 */
export function frame(width, height, yLabels) {
	const chars = Math.max(1, ...yLabels.map((label) => label.length));
	return { left: 10 + 7 * chars, right: width - 12, top: 10, bottom: height - 26 };
}
