/**
 * Wall-clock schedules for periodic tasks, in the municipalities' time zone: "daily at 03:00"
 * stays 03:00 in Lindwerder across summer time, whatever the server's clock is set to.
 */
export const TIME_ZONE = 'Europe/Berlin';

export const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof weekdays)[number];

/** `at` is a time of day, "HH:MM", 24 hours. */
export type Schedule = { every: 'hour'; minute: number } | { every: 'day'; at: string } | { every: 'week'; on: Weekday; at: string };

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

const wallFormat = new Intl.DateTimeFormat('en-US', {
	timeZone: TIME_ZONE,
	hourCycle: 'h23',
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	hour: 'numeric',
	minute: 'numeric'
});

interface Wall {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

/** The date and time a clock in the time zone shows at an instant. */
export function wallClock(instant: Date): Wall {
	const parts = Object.fromEntries(wallFormat.formatToParts(instant).map((p) => [p.type, p.value]));
	return {
		year: Number(parts.year),
		month: Number(parts.month),
		day: Number(parts.day),
		hour: Number(parts.hour),
		minute: Number(parts.minute)
	};
}

/** How far the zone's clock is ahead of UTC at an instant (ms). */
const offsetAt = (ms: number) => {
	const w = wallClock(new Date(ms));
	return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(ms / 60_000) * 60_000;
};

/**
 * The instant a clock in the time zone shows this date and time. Twice a year that is not one
 * instant: a time the clock shows twice (October) means the first one; a time it skips (March)
 * means the same span after the offset before the change, one hour later on the clock.
 */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number): Date {
	const asUtc = Date.UTC(year, month - 1, day, hour, minute);
	const before = offsetAt(asUtc - DAY);
	const after = offsetAt(asUtc + DAY);
	const shows = (ms: number) => {
		const w = wallClock(new Date(ms));
		return w.year === year && w.month === month && w.day === day && w.hour === hour && w.minute === minute;
	};
	const candidates = [asUtc - before, asUtc - after].filter(shows).sort((a, b) => a - b);
	return new Date(candidates[0] ?? asUtc - before);
}

function timeOfDay(at: string): { hour: number; minute: number } {
	const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(at);
	if (!match) throw new Error(`not a time of day: ${at}`);
	return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The calendar day `days` before a date (month and year roll over). */
function daysBefore(date: { year: number; month: number; day: number }, days: number) {
	const d = new Date(Date.UTC(date.year, date.month - 1, date.day - days));
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The latest time at or before `now` that the schedule names: the run a task owes at `now`. */
export function latestSlot(schedule: Schedule, now: Date): Date {
	if (schedule.every === 'hour') {
		if (!Number.isInteger(schedule.minute) || schedule.minute < 0 || schedule.minute > 59) throw new Error(`not a minute: ${schedule.minute}`);
		// The zone's offset is whole hours, so minute m of its hour is minute m of the UTC hour.
		const slot = Math.floor(now.getTime() / HOUR) * HOUR + schedule.minute * 60_000;
		return new Date(slot > now.getTime() ? slot - HOUR : slot);
	}
	const { hour, minute } = timeOfDay(schedule.at);
	const today = wallClock(now);
	for (let back = 0; back <= 7; back++) {
		const date = daysBefore(today, back);
		const slot = zonedInstant(date.year, date.month, date.day, hour, minute);
		if (slot > now) continue;
		if (schedule.every === 'week' && weekdays[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()] !== schedule.on) continue;
		return slot;
	}
	throw new Error('no slot within a week');
}

/** How a schedule reads in logs and docs: "daily 03:00", "hourly :15", "monday 07:00". */
export function describeSchedule(schedule: Schedule): string {
	if (schedule.every === 'hour') return `hourly :${String(schedule.minute).padStart(2, '0')}`;
	return schedule.every === 'day' ? `daily ${schedule.at}` : `${schedule.on} ${schedule.at}`;
}
