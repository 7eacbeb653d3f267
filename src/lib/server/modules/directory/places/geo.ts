/** Geometry without external services: point-in-polygon for districts, a street key for the address table. */

type Ring = [number, number][];
type Polygon = Ring[];
export type DistrictGeometry = { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: Polygon[] };

/** Ray casting on [lng, lat] rings (GeoJSON order); holes are the rings after the first. */
function inRing(lng: number, lat: number, ring: Ring): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

function inPolygon(lng: number, lat: number, polygon: Polygon): boolean {
	const [outer, ...holes] = polygon;
	return !!outer && inRing(lng, lat, outer) && !holes.some((hole) => inRing(lng, lat, hole));
}

export function containsPoint(geometry: DistrictGeometry, lat: number, lng: number): boolean {
	return geometry.type === 'Polygon' ? inPolygon(lng, lat, geometry.coordinates) : geometry.coordinates.some((p) => inPolygon(lng, lat, p));
}

export function isDistrictGeometry(value: unknown): value is DistrictGeometry {
	const g = value as DistrictGeometry | null;
	const ring = (r: unknown) => Array.isArray(r) && r.length >= 4 && r.every((p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)));
	const polygon = (p: unknown) => Array.isArray(p) && p.length >= 1 && p.every(ring);
	if (!g || typeof g !== 'object') return false;
	if (g.type === 'Polygon') return polygon(g.coordinates);
	if (g.type === 'MultiPolygon') return Array.isArray(g.coordinates) && g.coordinates.length >= 1 && g.coordinates.every(polygon);
	return false;
}

/** The district whose polygon holds the point, or null. */
export function districtAt<T extends { id: string; geometry: unknown }>(districts: T[], lat: number | null, lng: number | null): T | null {
	if (lat === null || lng === null) return null;
	return districts.find((d) => isDistrictGeometry(d.geometry) && containsPoint(d.geometry, lat, lng)) ?? null;
}

/** "Am Markt", "Hafenstraße 12" and "Hafenstr. 12" meet on the same key; returns the key and the house number. */
export function splitStreet(street: string): { streetKey: string; houseNumber: string } {
	const match = /^(.*?)[\s,]*(\d+\s*[a-zA-Z]?(?:\s*[-/]\s*\d+\s*[a-zA-Z]?)?)?\s*$/.exec(street.trim());
	const name = (match?.[1] ?? street).trim();
	const houseNumber = (match?.[2] ?? '').replace(/\s+/g, '').toLowerCase();
	const streetKey = name
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/strasse\b|str\.?(?=\s|$)/g, 'str')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
	return { streetKey, houseNumber };
}
