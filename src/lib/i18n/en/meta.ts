import type { Catalogue } from '../index';

export const meta: Catalogue<typeof import('../de/meta').meta> = {
	'meta.default': 'Volunteering {where}: find clubs, initiatives and places of volunteering and join in.',
	'meta.home': 'Volunteering {where}: clubs, initiatives and organisations to join, the volunteering map and volunteering walks.',
	'meta.network': 'The volunteering network {where}: directory of organisations, volunteering map, guided walks and open data.',
	'meta.directory': 'All clubs, initiatives and institutions {where} from A to Z – with contacts, places and offers.',
	'meta.organisation': '{name} {where} in the directory of organisations: contact, places and offers.',
	'meta.map': 'The volunteering map of {name}: where clubs and initiatives are active, on the map and as a list.',
	'meta.walks': 'Volunteering walks {where}: routes to places where people volunteer.',
	'meta.walk': 'A volunteering walk {where} for {group}, about {minutes} minutes.',
	'meta.open_data': 'The directory of organisations of {name} as open data: CSV, JSON and GeoJSON to download and reuse.'
} as const;
