import { describe, expect, it } from 'vitest';
import { guessCrs, namedCrs, positionsOf, reproject, utmToLngLat } from './crs';

describe('UTM to longitude and latitude', () => {
	it('finds the central meridian and the equator', () => {
		expect(utmToLngLat(32, 500_000, 0)).toEqual([9, 0]);
		expect(utmToLngLat(33, 500_000, 0)).toEqual([15, 0]);
	});

	it('finds 45° N on the central meridian from the length of the meridian arc', () => {
		// From the equator to 45° N the meridian is 4 984 944.378 m long; UTM shortens it by 0.9996.
		const [lng, lat] = utmToLngLat(32, 500_000, 0.9996 * 4_984_944.378);
		expect(lng).toBeCloseTo(9, 7);
		expect(lat).toBeCloseTo(45, 6);
	});

	it('finds a known point away from the central meridian', () => {
		// The Eiffel Tower, 48.8582° N 2.2945° E, is 31 N 448252 5411933 (to the metre).
		const [lng, lat] = utmToLngLat(31, 448_252, 5_411_933);
		expect(Math.abs(lng - 2.2945)).toBeLessThan(3e-5);
		expect(Math.abs(lat - 48.8582)).toBeLessThan(3e-5);
	});

	it('is symmetric around the central meridian', () => {
		const [east, latEast] = utmToLngLat(32, 600_000, 6_000_000);
		const [west, latWest] = utmToLngLat(32, 400_000, 6_000_000);
		expect(east - 9).toBeCloseTo(9 - west, 7);
		expect(latEast).toBeCloseTo(latWest, 7);
		expect(latEast).toBeGreaterThan(54);
		expect(latEast).toBeLessThan(54.2);
	});
});

describe('the coordinate system of a district file', () => {
	it('is read from the crs member', () => {
		const crs = (name: string) => namedCrs({ crs: { type: 'name', properties: { name } } });
		expect(crs('urn:ogc:def:crs:EPSG::25832')).toEqual({ kind: 'utm', zone: 32 });
		expect(crs('EPSG:25833')).toEqual({ kind: 'utm', zone: 33 });
		expect(crs('urn:ogc:def:crs:EPSG:6.6:25833')).toEqual({ kind: 'utm', zone: 33 });
		expect(crs('urn:ogc:def:crs:OGC:1.3:CRS84')).toEqual({ kind: 'wgs84' });
		expect(crs('EPSG:4326')).toEqual({ kind: 'wgs84' });
		expect(crs('urn:ogc:def:crs:EPSG::31467')).toEqual({ kind: 'unknown', name: 'urn:ogc:def:crs:EPSG::31467' });
		expect(namedCrs({ type: 'FeatureCollection' })).toBeNull();
	});

	it('is recognised by the size of the coordinates', () => {
		expect(guessCrs([[9.4, 54.8]], 'SH')).toEqual({ kind: 'wgs84' });
		expect(guessCrs([[530_000, 6_070_000]], 'SH')).toEqual({ kind: 'utm', zone: 32 });
		// Brandenburg publishes in zone 33; a zone in front of the easting overrides the Land.
		expect(guessCrs([[370_000, 5_800_000]], 'BB')).toEqual({ kind: 'utm', zone: 33 });
		expect(guessCrs([[32_530_000, 6_070_000]], 'BB')).toEqual({ kind: 'utm', zone: 32 });
		// Gauß-Krüger (EPSG:31467) has a 3 in front and northings like UTM's: not taken for UTM.
		expect(guessCrs([[3_530_000, 6_070_000]], 'SH')).toEqual({ kind: 'unknown', name: '' });
		expect(guessCrs([[12_000, 40_000]], 'SH')).toEqual({ kind: 'unknown', name: '' });
	});

	it('reprojects every position and keeps the nesting', () => {
		const polygon = [
			[
				[500_000, 6_000_000],
				[501_000, 6_000_000],
				[501_000, 6_001_000],
				[500_000, 6_000_000]
			]
		];
		const result = reproject(polygon, 32) as [number, number][][];
		expect(result[0]).toHaveLength(4);
		expect(result[0][0][0]).toBeCloseTo(9, 7);
		expect(result[0][1][0]).toBeGreaterThan(9.01);
		expect(result[0][2][1]).toBeGreaterThan(result[0][1][1]);
		expect(positionsOf(polygon)).toHaveLength(4);
		expect(reproject([[[32_500_000, 0]]], 32)).toEqual([[[9, 0]]]);
	});
});
