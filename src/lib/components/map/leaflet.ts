/** What every interactive map of the platform shares: a translated frame and the district outlines. */
import type * as Leaflet from 'leaflet';
import { t } from '$lib/ui';
import type { MapArea } from './types';

/** For the few strings Leaflet takes as markup (icons, attribution): names typed by people never become tags. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A map with translated zoom buttons and an attribution that names only Leaflet (tiles add their own). */
export function createMap(leaflet: typeof Leaflet, container: HTMLElement, options: Leaflet.MapOptions = {}): Leaflet.Map {
	const map = leaflet.map(container, { zoomControl: false, maxZoom: 19, minZoom: 3, ...options });
	leaflet.control.zoom({ zoomInTitle: t('map.zoom_in'), zoomOutTitle: t('map.zoom_out') }).addTo(map);
	map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
	drawGround(leaflet, map);
	map.on('popupopen', (e) => e.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t('map.close_popup')));
	return map;
}

/**
 * A plain ground under everything: light squares that move and scale with the map, so that without a
 * street background zooming and panning still show where one is, not an empty grey.
 */
export function drawGround(leaflet: typeof Leaflet, target: Leaflet.Map): void {
	class Ground extends leaflet.GridLayer {
		protected createTile(): HTMLElement {
			const tile = document.createElement('div');
			tile.className = 'map-ground-tile';
			return tile;
		}
	}
	new Ground({ zIndex: 0, tileSize: 128 }).addTo(target);
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Moves each district name to the first spot inside its district (middle, north, south, west, east)
 * where no marker, group or other name covers it; with no such spot the name waits for another zoom.
 */
function placeLabels(target: Leaflet.Map, labels: { marker: Leaflet.Marker; spots: Leaflet.LatLng[] }[]): void {
	const container = target.getContainer();
	const taken = [...container.querySelectorAll('.map-marker, .map-cluster')].map((el) => el.getBoundingClientRect());
	for (const { marker, spots } of labels) {
		const el = marker.getElement();
		if (!el) continue;
		let free: DOMRect | null = null;
		for (const spot of spots) {
			marker.setLatLng(spot);
			const box = el.getBoundingClientRect();
			if (!taken.some((other) => overlaps(box, other))) {
				free = box;
				break;
			}
		}
		el.classList.toggle('map-area-label-covered', !free);
		if (free) taken.push(free);
	}
}

/** District outlines with their names, for orientation without a tile background; returns their bounds. */
export function drawAreas(leaflet: typeof Leaflet, target: Leaflet.Map, areas: MapArea[]): Leaflet.LatLngBounds | null {
	if (!areas.length) return null;
	const group = leaflet.featureGroup();
	const labels: { marker: Leaflet.Marker; spots: Leaflet.LatLng[] }[] = [];
	for (const area of areas) {
		const shape = leaflet.geoJSON(area.geometry as GeoJSON.GeoJsonObject, {
			interactive: false,
			style: { color: '#4a5360', weight: 1.5, dashArray: '5 4', fillColor: '#d4e0cc', fillOpacity: 0.55 }
		});
		shape.addTo(group);
		const bounds = shape.getBounds();
		const centre = bounds.getCenter();
		const [north, south, west, east] = [bounds.getNorth(), bounds.getSouth(), bounds.getWest(), bounds.getEast()];
		const spots = [
			centre,
			leaflet.latLng(north - (north - south) / 6, centre.lng),
			leaflet.latLng(south + (north - south) / 6, centre.lng),
			leaflet.latLng(centre.lat, west + (east - west) / 5),
			leaflet.latLng(centre.lat, east - (east - west) / 5)
		];
		// The name as a plain label: not focusable, no second thing to tab to.
		const marker = leaflet.marker(centre, {
			icon: leaflet.divIcon({ className: 'map-area-label', html: escapeHtml(area.name), iconSize: undefined }),
			interactive: false,
			keyboard: false
		});
		marker.addTo(group);
		labels.push({ marker, spots });
	}
	group.addTo(target);
	// Markers and groups change with every zoom: place the names again once a frame after the last
	// change, and once more when the groups' animation (a quarter second) has settled.
	let frame = 0;
	let settled: ReturnType<typeof setTimeout> | undefined;
	const schedule = () => {
		cancelAnimationFrame(frame);
		clearTimeout(settled);
		frame = requestAnimationFrame(() => placeLabels(target, labels));
		settled = setTimeout(() => placeLabels(target, labels), 400);
	};
	target.on('zoomend moveend layeradd layerremove', schedule);
	return group.getBounds();
}
