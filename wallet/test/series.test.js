// History's plots as numbers: nice scales and their ticks, day ticks, the balance's step
// line, the weeks' stacked bars, and what the plots say to a screen reader.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { dayOfDate } from '../src/lib/format.js';
import {
	balancePoints, balanceSteps, balanceSummary, bands, dayTicks, decimalsOf, formats, frame, hoursSummary,
	labelEvery, linear, mondayOf, niceScale, niceStep, stepPaths, weekStacks,
} from '../src/lib/series.js';

const fmt = formats('en');
const close = (a, b) => Math.abs(a - b) < 1e-9;

/** 1, 2 or 5 × 10^k. */
function isNice(step) {
	const magnitude = 10 ** Math.floor(Math.log10(step) + 1e-9);
	return [1, 2, 5].some((f) => close(step, f * magnitude));
}

/** What every scale must be, whatever its values: the invariants the axis relies on. */
function assertScale(scale, lo, hi, label) {
	const { min, max, step, ticks } = scale;
	assert.ok(isNice(step), `${label}: step ${step} is 1, 2 or 5 × 10^k`);
	assert.ok(min <= Math.min(lo, hi) && max >= Math.max(lo, hi), `${label}: ${min}…${max} holds the values`);
	assert.ok(ticks.includes(0), `${label}: zero is a tick`);
	assert.equal(ticks[0], min, `${label}: the first tick is the axis' start`);
	assert.equal(ticks.at(-1), max, `${label}: the last tick is the axis' end`);
	ticks.forEach((t, i) => {
		assert.ok(t >= min && t <= max, `${label}: tick ${t} within the axis`);
		if (i > 0) assert.ok(close(t - ticks[i - 1], step), `${label}: ticks ${ticks[i - 1]}, ${t} one step apart`);
		// A label must read 0.3, not 0.30000000000000004.
		assert.equal(t, Number(t.toFixed(decimalsOf(step))), `${label}: tick ${t} has no more decimals than its step`);
	});
	assert.ok(ticks.length >= 2 && ticks.length <= 8, `${label}: ${ticks.length} ticks`);
	if (lo >= 0 && hi >= 0) assert.equal(min, 0, `${label}: no negative tick for values that are not`);
}

describe('scales', () => {
	it('a nice step is the smallest 1, 2 or 5 × 10^k that cuts the span into at most so many parts', () => {
		const cases = [[1, 5, 0.2], [1.5, 5, 0.5], [7, 5, 2], [10, 5, 2], [100, 5, 20], [0.000001, 5, 0.0000002], [24, 4, 10], [3, 1, 5]];
		for (const [span, count, step] of cases) {
			assert.equal(niceStep(span, count), step, `niceStep(${span}, ${count})`);
			assert.ok(span / step <= count + 1e-9, `${span} in steps of ${step}: at most ${count}`);
		}
		assert.equal(niceStep(0), 1, 'no span: a step of 1 rather than nothing');
		assert.equal(niceStep(Number.NaN), 1);
	});

	it('every scale starts at zero or below, holds its values, and has evenly spaced ticks', () => {
		const cases = [
			[0, 1.5], [0, 7], [0.3, 2.7], [1000, 1001], [0, 0.000001], [0, 123_456], [2.5, 2.5], [0, 0], [5, 2], [-3, 4], [-2, -1],
		];
		for (const [lo, hi] of cases) assertScale(niceScale(lo, hi), lo, hi, `niceScale(${lo}, ${hi})`);
	});

	it('gives the axes people expect', () => {
		assert.deepEqual(niceScale(0, 1.5).ticks, [0, 0.5, 1, 1.5]);
		assert.deepEqual(niceScale(0.3, 0.3).ticks, [0, 0.1, 0.2, 0.3], 'one value: from zero to it');
		assert.deepEqual(niceScale(0, 0).ticks, [0, 0.2, 0.4, 0.6, 0.8, 1], 'all zero: zero to one');
		assert.deepEqual(niceScale(0, 7).ticks, [0, 2, 4, 6, 8]);
		assert.deepEqual(niceScale(Number.NaN, 3).ticks, niceScale(0, 1).ticks, 'no number: zero to one');
	});

	it('maps linearly, and a domain of no width to the middle', () => {
		const y = linear(0, 2, 100, 0);
		assert.deepEqual([y(0), y(1), y(2)], [100, 50, 0]);
		assert.equal(linear(3, 3, 10, 20)(3), 15);
	});

	it('labels a tick with as many decimals as its step needs', () => {
		assert.deepEqual([1, 2, 5, 10, 0.5, 0.2, 0.05, 0.000001].map(decimalsOf), [0, 0, 0, 0, 1, 1, 2, 6]);
	});

	it('leaves room at the left for the longest value label', () => {
		const narrow = frame(360, 180, ['0', '1']);
		const wide = frame(360, 180, ['0', '1,000']);
		assert.ok(wide.left > narrow.left && narrow.left > 0);
		assert.ok(wide.right > wide.left && wide.right < 360 && wide.bottom > wide.top && wide.bottom < 180);
	});
});

describe('days on an axis', () => {
	it('ticks fall on shown days, in order, evenly spaced, no more than asked, on Mondays once weekly', () => {
		const first = dayOfDate('2026-11-08');
		for (const span of [1, 2, 5, 7, 14, 30, 90, 365, 3000]) {
			for (const max of [1, 3, 6]) {
				const last = first + span - 1;
				const ticks = dayTicks(first, last, max);
				const label = `${span} days, at most ${max} ticks`;
				assert.ok(ticks.length >= 1 && ticks.length <= max, `${label}: ${ticks.length} ticks`);
				ticks.forEach((d, i) => {
					assert.ok(d >= first && d <= last, `${label}: ${d} shown`);
					if (i > 1) assert.equal(d - ticks[i - 1], ticks[1] - ticks[0], `${label}: evenly spaced`);
				});
				const step = ticks.length > 1 ? ticks[1] - ticks[0] : 0;
				if (step >= 7) assert.ok(ticks.every((d) => mondayOf(d) === d), `${label}: on Mondays`);
			}
		}
		assert.deepEqual(dayTicks(5, 4), [], 'no days, no ticks');
	});

	it('knows that 7 December 2026 is a Monday', () => {
		const monday = dayOfDate('2026-12-07');
		assert.equal(mondayOf(monday), monday);
		assert.equal(mondayOf(monday + 6), monday);
		assert.equal(mondayOf(monday - 1), monday - 7);
	});
});

describe('the balance', () => {
	const days = [
		{ day: '2026-12-01', balance: 0 },
		{ day: '2026-12-02', balance: 1_500_000 },
		{ day: '2026-12-03', balance: 1_500_000 },
		{ day: '2026-12-04', balance: 1_000_000 },
	];

	it('keeps the exact units for the table and HOUR for the plot, only the last days', () => {
		const points = balancePoints(days);
		assert.deepEqual(points.map((p) => [p.date, p.units, p.hour]), [
			['2026-12-01', 0n, 0], ['2026-12-02', 1_500_000n, 1.5], ['2026-12-03', 1_500_000n, 1.5], ['2026-12-04', 1_000_000n, 1],
		]);
		assert.deepEqual(balancePoints(days, 2).map((p) => p.date), ['2026-12-03', '2026-12-04']);
		assert.deepEqual(balancePoints(undefined), []);
	});

	it('the table lists the days it changed, with the first and the last', () => {
		assert.deepEqual(balanceSteps(balancePoints(days)).map((p) => p.date), ['2026-12-01', '2026-12-02', '2026-12-04']);
		const still = balancePoints([{ day: '2026-12-01', balance: 5 }, { day: '2026-12-02', balance: 5 }, { day: '2026-12-03', balance: 5 }]);
		assert.deepEqual(balanceSteps(still).map((p) => p.date), ['2026-12-01', '2026-12-03']);
	});

	it('is a step line that holds each day\'s balance across that day', () => {
		const points = balancePoints(days);
		const first = points[0].day;
		const x = (day) => (day - first) * 10; // a day is 10 pixels
		const y = (hour) => 100 - hour * 20; // an HOUR is 20 pixels, up
		const { line, area } = stepPaths(points, x, y, y(0));
		assert.equal(line, 'M0,100H10V70H20V70H30V80H40');
		assert.equal(area, `${line}V100H0Z`);
		// Every day's level is drawn from its start to its end, and nothing goes below the floor.
		const horizontals = [...line.matchAll(/H(-?[\d.]+)/g)].map((m) => Number(m[1]));
		assert.deepEqual(horizontals, points.map((p) => x(p.day + 1)));
		const verticals = [...line.matchAll(/V(-?[\d.]+)/g)].map((m) => Number(m[1]));
		assert.ok(verticals.every((v) => v <= y(0)));
	});

	it('one day is one level across the plot; no days, no line', () => {
		const [point] = balancePoints([{ day: '2026-12-07', balance: 1_000_000 }]);
		assert.equal(stepPaths([point], linear(point.day, point.day + 1, 0, 300), () => 50, 100).line, 'M0,50H300');
		assert.deepEqual(stepPaths([], () => 0, () => 0, 0), { line: '', area: '' });
	});

	it('says what it shows, ending with the balance now', () => {
		assert.equal(
			balanceSummary(balancePoints(days), fmt),
			'Balance from Dec 1, 2026 to Dec 4, 2026, lowest 0 h, highest 1 h 30 min, now 1 h',
		);
		assert.equal(balanceSummary(balancePoints(days.slice(1, 2)), fmt), 'Balance on Dec 2, 2026: 1 h 30 min');
		assert.equal(balanceSummary([], fmt), 'Balance: nothing to show yet');
	});
});

describe('hours per week', () => {
	const weeks = [
		{ week: '2026-11-16', coop: 2, coop_name: 'Cleaners', minutes: 45, hours: 0.75 },
		{ week: '2026-11-16', coop: 1, coop_name: 'Bakers', minutes: 90, hours: 1.5 },
		{ week: '2026-11-30', coop: 1, coop_name: 'Bakers', minutes: 60, hours: 1 },
		{ week: '2026-12-07', coop: 2, coop_name: null, minutes: 20, hours: 1 / 3 },
	];

	it('stacks the co-ops in each week, in the order of their ids, from zero to the week\'s total', () => {
		const model = weekStacks(weeks);
		assert.deepEqual(model.coops.map((c) => [c.coop, c.name, c.index]), [[1, 'Bakers', 0], [2, 'Cleaners', 1]]);
		assert.deepEqual(model.weeks.map((w) => w.date), ['2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07'], 'a week without work is a bar of zero');
		assert.deepEqual(model.weeks.map((w) => w.total), [2.25, 0, 1, 0.333333333333]);
		for (const week of model.weeks) {
			let top = 0;
			for (const s of week.segments) {
				assert.ok(close(s.y0, top), `${week.date}: segment of co-op ${s.coop} starts where the one below ends`);
				assert.ok(close(s.y1 - s.y0, s.hours) && s.hours > 0);
				top = s.y1;
			}
			assert.ok(close(top, week.total), `${week.date}: the stack is the week's total`);
			assert.deepEqual(week.segments.map((s) => s.coop), [...week.segments.map((s) => s.coop)].sort((a, b) => a - b));
			assert.equal(mondayOf(week.day), week.day, `${week.date}: a week starts on a Monday`);
		}
	});

	it('the table has every entry shown, by week and co-op, named', () => {
		const { rows } = weekStacks(weeks);
		assert.deepEqual(rows.map((r) => [r.week, r.name, r.minutes]), [
			['2026-11-16', 'Bakers', 90], ['2026-11-16', 'Cleaners', 45], ['2026-11-30', 'Bakers', 60], ['2026-12-07', 'Cleaners', 20],
		]);
	});

	it('shows only the last weeks asked for', () => {
		const model = weekStacks(weeks, 2);
		assert.deepEqual(model.weeks.map((w) => w.date), ['2026-11-30', '2026-12-07']);
		assert.deepEqual(model.rows.map((r) => r.week), ['2026-11-30', '2026-12-07']);
	});

	it('an empty series has no weeks, no co-ops and no rows', () => {
		for (const empty of [[], undefined, null]) assert.deepEqual(weekStacks(empty), { weeks: [], coops: [], rows: [] });
		assert.equal(hoursSummary(weekStacks([]), fmt), 'Hours worked per week: none yet');
		assert.equal(hoursSummary(weekStacks(weeks.slice(-1)), fmt), 'Hours worked per week: 0 h 20 min in the week of Dec 7, 2026; for Co-op 2', 'a co-op the indexer has no name for yet');
	});

	it('says what it shows', () => {
		assert.equal(
			hoursSummary(weekStacks(weeks), fmt),
			'Hours worked per week: 3 h 35 min in 4 weeks from Nov 16, 2026, at most 2 h 15 min in one week; for Bakers, Cleaners',
		);
	});

	it('bars fit side by side within the width, and labels do not overlap', () => {
		for (const n of [1, 2, 13]) {
			const b = bands(n, 300);
			for (let i = 0; i < n; i++) {
				assert.ok(b.x(i) >= 0 && b.x(i) + b.width <= 300 + 1e-9, `${n} bars: bar ${i} within`);
				if (i > 0) assert.ok(b.x(i) >= b.x(i - 1) + b.width, `${n} bars: bar ${i} after bar ${i - 1}`);
			}
		}
		const one = bands(1, 300);
		assert.ok(one.width <= 48 && close(one.x(0) + one.width / 2, 150), 'one bar: not wider than 48, centred');
		assert.equal(labelEvery(13, 300, 56), 3);
		assert.equal(labelEvery(4, 600, 56), 1);
		assert.equal(labelEvery(0, 600, 56), 1);
	});
});
