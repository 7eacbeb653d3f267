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
	map.on('popupopen', (e) => e.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t('map.close_popup')));
	return map;
}

/** District outlines with their names, for orientation without a tile background; returns their bounds. */
export function drawAreas(leaflet: typeof Leaflet, target: Leaflet.Map, areas: MapArea[]): Leaflet.LatLngBounds | null {
	if (!areas.length) return null;
	const group = leaflet.featureGroup();
	for (const area of areas) {
		const shape = leaflet.geoJSON(area.geometry as GeoJSON.GeoJsonObject, {
			interactive: false,
			style: { color: '#4a5360', weight: 1.5, dashArray: '5 4', fillColor: '#c9d6c2', fillOpacity: 0.25 }
		});
		shape.addTo(group);
		// The name as a plain label: not focusable, no second thing to tab to.
		leaflet
			.marker(shape.getBounds().getCenter(), {
				icon: leaflet.divIcon({ className: 'map-area-label', html: escapeHtml(area.name), iconSize: undefined }),
				interactive: false,
				keyboard: false
			})
			.addTo(group);
	}
	group.addTo(target);
	return group.getBounds();
}
