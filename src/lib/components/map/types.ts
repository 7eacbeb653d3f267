/** What the map components draw; plain data, so pages can pass it from the server. */

export interface MapMarker {
	/** The number on the marker, the same as in the list next to the map. */
	number: number;
	lat: number;
	lng: number;
	title: string;
	/** A link in the marker's popup, e.g. to the organisation. */
	href?: string;
	linkText?: string;
	/** Shown in the popup when given. */
	street?: string;
	postcode?: string;
	city?: string;
	openingHours?: string;
}

export interface MapTiles {
	url: string;
	attribution: string;
	host: string;
	foreign: boolean;
}

export interface MapArea {
	name: string;
	geometry: unknown;
}

export interface StaticDrawing {
	width: number;
	height: number;
	markers: { number: number; x: number; y: number }[];
	route: string | null;
	areas: { name: string; d: string; x: number; y: number }[];
	scale: { metres: number; pixels: number } | null;
}

/** Where a map looks when it has nothing of its own to show. */
export interface MapView {
	lat: number;
	lng: number;
	zoom: number;
}
