/**
 * District outlines as German GIS offices export them: ETRS89 / UTM zone 32N or 33N (EPSG:25832,
 * 25833, also with the zone in front of the easting), turned into WGS 84 longitude and latitude.
 * ETRS89 and WGS 84 differ by well under a metre here, far below what an outline needs.
 */

type Position = [number, number];

/** The inverse transverse Mercator projection on GRS 80 (Snyder's series), for one UTM zone. */
export function utmToLngLat(zone: number, easting: number, northing: number): Position {
	const a = 6_378_137;
	const f = 1 / 298.257222101;
	const k0 = 0.9996;
	const e2 = f * (2 - f);
	const ep2 = e2 / (1 - e2);
	const e1 = (1 - Math.sqrt(1 - e2)) / (1 + Math.sqrt(1 - e2));
	const x = easting - 500_000;
	const mu = northing / k0 / (a * (1 - e2 / 4 - (3 * e2 ** 2) / 64 - (5 * e2 ** 3) / 256));
	// The footpoint latitude: where the meridian arc is as long as the northing says.
	const phi1 =
		mu +
		((3 * e1) / 2 - (27 * e1 ** 3) / 32) * Math.sin(2 * mu) +
		((21 * e1 ** 2) / 16 - (55 * e1 ** 4) / 32) * Math.sin(4 * mu) +
		((151 * e1 ** 3) / 96) * Math.sin(6 * mu) +
		((1097 * e1 ** 4) / 512) * Math.sin(8 * mu);
	const sin1 = Math.sin(phi1);
	const cos1 = Math.cos(phi1);
	const c1 = ep2 * cos1 ** 2;
	const t1 = Math.tan(phi1) ** 2;
	const n1 = a / Math.sqrt(1 - e2 * sin1 ** 2);
	const r1 = (a * (1 - e2)) / (1 - e2 * sin1 ** 2) ** 1.5;
	const d = x / (n1 * k0);
	const lat =
		phi1 -
		((n1 * Math.tan(phi1)) / r1) * (d ** 2 / 2 - ((5 + 3 * t1 + 10 * c1 - 4 * c1 ** 2 - 9 * ep2) * d ** 4) / 24 + ((61 + 90 * t1 + 298 * c1 + 45 * t1 ** 2 - 252 * ep2 - 3 * c1 ** 2) * d ** 6) / 720);
	const lng = (d - ((1 + 2 * t1 + c1) * d ** 3) / 6 + ((5 - 2 * c1 + 28 * t1 - 3 * c1 ** 2 + 8 * ep2 + 24 * t1 ** 2) * d ** 5) / 120) / cos1;
	const round = (n: number) => Math.round(n * 1e7) / 1e7;
	return [round(zone * 6 - 183 + (lng * 180) / Math.PI), round((lat * 180) / Math.PI)];
}

export type SourceCrs = { kind: 'wgs84' } | { kind: 'utm'; zone: 32 | 33 } | { kind: 'unknown'; name: string };

/** The `crs` member of old GeoJSON ("EPSG:25832", "urn:ogc:def:crs:EPSG::25833", CRS84), or null without one. */
export function namedCrs(document: unknown): SourceCrs | null {
	const name = (document as { crs?: { properties?: { name?: unknown } } } | null)?.crs?.properties?.name;
	if (typeof name !== 'string') return null;
	const code = /EPSG:{1,2}(?:[\d.]*:)?(\d+)$/i.exec(name.trim())?.[1];
	if (/CRS:?84$/i.test(name.trim()) || code === '4326' || code === '4258') return { kind: 'wgs84' };
	if (code === '25832' || code === '4647') return { kind: 'utm', zone: 32 };
	if (code === '25833' || code === '5650') return { kind: 'utm', zone: 33 };
	return { kind: 'unknown', name: name.trim().slice(0, 80) };
}

/** The Länder whose offices publish in zone 33 (east of 12° E); everyone else uses zone 32. */
const ZONE_33_STATES = new Set(['BE', 'BB', 'MV', 'SN']);

/** Without a `crs` member: longitude and latitude, or eastings and northings of Germany, told apart by their size. */
export function guessCrs(positions: Position[], state: string): SourceCrs {
	// Any longitude and latitude: the file means WGS 84, and each shape outside it is named on its own.
	if (!positions.length || positions.some(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90)) return { kind: 'wgs84' };
	const easting = (x: number) => x % 1_000_000;
	const prefixes = new Set(positions.map(([x]) => Math.floor(x / 1_000_000)));
	const northings = positions.every(([, y]) => y >= 5_200_000 && y <= 6_150_000);
	const eastings = positions.every(([x]) => easting(x) >= 100_000 && easting(x) <= 900_000);
	if (!northings || !eastings || prefixes.size !== 1) return { kind: 'unknown', name: '' };
	// A zone in front of the easting (32 500 000) says it; otherwise the Land does.
	const [prefix] = prefixes;
	if (prefix === 32 || prefix === 33) return { kind: 'utm', zone: prefix };
	if (prefix !== 0) return { kind: 'unknown', name: '' };
	return { kind: 'utm', zone: ZONE_33_STATES.has(state) ? 33 : 32 };
}

/** Every position of a geometry's coordinates, however deeply nested. */
export function positionsOf(coordinates: unknown): Position[] {
	if (!Array.isArray(coordinates)) return [];
	if (coordinates.length >= 2 && typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') return [[coordinates[0], coordinates[1]]];
	return coordinates.flatMap(positionsOf);
}

/** The same nesting with every position turned from UTM into longitude and latitude. */
export function reproject(coordinates: unknown, zone: number): unknown {
	if (!Array.isArray(coordinates)) return coordinates;
	if (coordinates.length >= 2 && typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') return utmToLngLat(zone, coordinates[0] % 1_000_000, coordinates[1]);
	return coordinates.map((c) => reproject(c, zone));
}
