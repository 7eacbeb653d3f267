import type { MapView } from './types';

/**
 * The middle of each Bundesland with a zoom that shows it whole: where a map starts when a town
 * has neither places with coordinates nor district outlines yet. Rough on purpose: a first view only.
 */
const states: Record<string, MapView> = {
	BW: { lat: 48.66, lng: 9.0, zoom: 8 },
	BY: { lat: 48.95, lng: 11.4, zoom: 7 },
	BE: { lat: 52.51, lng: 13.4, zoom: 10 },
	BB: { lat: 52.46, lng: 13.0, zoom: 8 },
	HB: { lat: 53.3, lng: 8.7, zoom: 9 },
	HH: { lat: 53.55, lng: 10.0, zoom: 10 },
	HE: { lat: 50.53, lng: 9.0, zoom: 8 },
	MV: { lat: 53.9, lng: 12.5, zoom: 8 },
	NI: { lat: 52.6, lng: 9.1, zoom: 7 },
	NW: { lat: 51.43, lng: 7.66, zoom: 8 },
	RP: { lat: 49.95, lng: 7.31, zoom: 8 },
	SL: { lat: 49.38, lng: 6.88, zoom: 9 },
	SN: { lat: 50.93, lng: 13.46, zoom: 8 },
	ST: { lat: 51.99, lng: 11.87, zoom: 8 },
	SH: { lat: 54.2, lng: 9.6, zoom: 8 },
	TH: { lat: 50.92, lng: 11.26, zoom: 8 }
};

/** All of Germany, when the Bundesland is unknown. */
export const GERMANY: MapView = { lat: 51.16, lng: 10.45, zoom: 6 };

export const stateView = (state: string): MapView => states[state] ?? GERMANY;
