import { describe, expect, it } from 'vitest';
import { describeSchedule, latestSlot, wallClock, zonedInstant } from './schedule';

const at = (iso: string) => new Date(iso);

describe('wall-clock schedules in Europe/Berlin', () => {
	it('daily 03:00 is 02:00 UTC in winter and 01:00 UTC in summer', () => {
		expect(latestSlot({ every: 'day', at: '03:00' }, at('2026-01-15T12:00:00Z')).toISOString()).toBe('2026-01-15T02:00:00.000Z');
		expect(latestSlot({ every: 'day', at: '03:00' }, at('2026-07-15T12:00:00Z')).toISOString()).toBe('2026-07-15T01:00:00.000Z');
	});

	it('before today’s time the slot is yesterday’s, at the time itself it is today’s', () => {
		expect(latestSlot({ every: 'day', at: '03:00' }, at('2026-01-15T01:59:59Z')).toISOString()).toBe('2026-01-14T02:00:00.000Z');
		expect(latestSlot({ every: 'day', at: '03:00' }, at('2026-01-15T02:00:00Z')).toISOString()).toBe('2026-01-15T02:00:00.000Z');
		// Across a month and a year.
		expect(latestSlot({ every: 'day', at: '07:00' }, at('2026-01-01T05:00:00Z')).toISOString()).toBe('2025-12-31T06:00:00.000Z');
	});

	it('keeps the clock time on the days summer time begins and ends', () => {
		// 29 March 2026: 02:00 CET becomes 03:00 CEST.
		expect(latestSlot({ every: 'day', at: '03:00' }, at('2026-03-29T12:00:00Z')).toISOString()).toBe('2026-03-29T01:00:00.000Z');
		expect(latestSlot({ every: 'day', at: '03:00' }, at('2026-03-28T12:00:00Z')).toISOString()).toBe('2026-03-28T02:00:00.000Z');
		// 25 October 2026: 03:00 CEST becomes 02:00 CET.
		expect(latestSlot({ every: 'day', at: '03:00' }, at('2026-10-25T12:00:00Z')).toISOString()).toBe('2026-10-25T02:00:00.000Z');
		expect(latestSlot({ every: 'day', at: '03:00' }, at('2026-10-24T12:00:00Z')).toISOString()).toBe('2026-10-24T01:00:00.000Z');
	});

	it('a time the clock skips runs an hour later, a time it shows twice runs the first time', () => {
		expect(zonedInstant(2026, 3, 29, 2, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
		expect(wallClock(zonedInstant(2026, 3, 29, 2, 30))).toMatchObject({ hour: 3, minute: 30 });
		expect(zonedInstant(2026, 10, 25, 2, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
	});

	it('hourly at :15', () => {
		expect(latestSlot({ every: 'hour', minute: 15 }, at('2026-05-04T10:14:00Z')).toISOString()).toBe('2026-05-04T09:15:00.000Z');
		expect(latestSlot({ every: 'hour', minute: 15 }, at('2026-05-04T10:15:00Z')).toISOString()).toBe('2026-05-04T10:15:00.000Z');
		expect(wallClock(latestSlot({ every: 'hour', minute: 15 }, at('2026-05-04T10:50:00Z')))).toMatchObject({ hour: 12, minute: 15 });
	});

	it('weekly on Monday 07:00', () => {
		// Wednesday 6 May 2026: the last Monday was 4 May.
		expect(latestSlot({ every: 'week', on: 'monday', at: '07:00' }, at('2026-05-06T10:00:00Z')).toISOString()).toBe('2026-05-04T05:00:00.000Z');
		// Monday 11 May, before 07:00 in Berlin: still the week before.
		expect(latestSlot({ every: 'week', on: 'monday', at: '07:00' }, at('2026-05-11T04:59:00Z')).toISOString()).toBe('2026-05-04T05:00:00.000Z');
		expect(latestSlot({ every: 'week', on: 'monday', at: '07:00' }, at('2026-05-11T05:00:00Z')).toISOString()).toBe('2026-05-11T05:00:00.000Z');
	});

	it('refuses times that are none and reads well in logs', () => {
		expect(() => latestSlot({ every: 'day', at: '24:00' }, new Date())).toThrow();
		expect(() => latestSlot({ every: 'hour', minute: 60 }, new Date())).toThrow();
		expect([describeSchedule({ every: 'hour', minute: 5 }), describeSchedule({ every: 'day', at: '03:00' }), describeSchedule({ every: 'week', on: 'monday', at: '07:00' })]).toEqual([
			'hourly :05',
			'daily 03:00',
			'monday 07:00'
		]);
	});
});
