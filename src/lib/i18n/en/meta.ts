import type { Catalogue } from '../index';

export const meta: Catalogue<typeof import('../de/meta').meta> = {
	'meta.default': 'Volunteering in {name}: find ways to help, get to know clubs and initiatives, support and recognise volunteers.',
	'meta.home': 'Volunteering in {name}: clubs, initiatives and organisations to join, the volunteering map and volunteering walks.',
	'meta.network': 'The volunteering network of {name}: directory of organisations, volunteering map, guided walks and open data.',
	'meta.directory': 'All clubs, initiatives and institutions in {name} from A to Z – with contacts, places and offers.',
	'meta.organisation': '{name} in {town} in the directory of organisations: contact, places and offers.',
	'meta.map': 'The volunteering map of {name}: where clubs and initiatives are active, on the map and as a list.',
	'meta.walks': 'Volunteering walks in {name}: routes to places where people volunteer.',
	'meta.walk': 'A volunteering walk in {name} for {group}, about {minutes} minutes.',
	'meta.open_data': 'The directory of organisations of {name} as open data: CSV, JSON and GeoJSON to download and reuse.'
} as const;
