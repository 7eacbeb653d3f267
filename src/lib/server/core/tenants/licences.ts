import { z } from 'zod';
import { translate, type Locale, type MessageKey } from '$lib/i18n';

/**
 * Licences a municipality may publish its open data under, by SPDX identifier. The Datenlizenz
 * Deutschland is what German public bodies use (GovData); the others are common elsewhere.
 */
export const openDataLicences = {
	'DL-DE-BY-2.0': { name: 'licence.dl-de-by-2-0', url: 'https://www.govdata.de/dl-de/by-2-0', attributionRequired: true },
	'DL-DE-ZERO-2.0': { name: 'licence.dl-de-zero-2-0', url: 'https://www.govdata.de/dl-de/zero-2-0', attributionRequired: false },
	'CC-BY-4.0': { name: 'licence.cc-by-4-0', url: 'https://creativecommons.org/licenses/by/4.0/', attributionRequired: true },
	'CC0-1.0': { name: 'licence.cc0-1-0', url: 'https://creativecommons.org/publicdomain/zero/1.0/', attributionRequired: false },
	'ODbL-1.0': { name: 'licence.odbl-1-0', url: 'https://opendatacommons.org/licenses/odbl/1-0/', attributionRequired: true }
} as const satisfies Record<string, { name: MessageKey; url: string; attributionRequired: boolean }>;

export type OpenDataLicenceId = keyof typeof openDataLicences;
export const openDataLicenceIds = Object.keys(openDataLicences) as [OpenDataLicenceId, ...OpenDataLicenceId[]];
export const DEFAULT_OPEN_DATA_LICENCE: OpenDataLicenceId = 'DL-DE-BY-2.0';

export const ZOpenDataLicence = z
	.object({
		id: z.enum(openDataLicenceIds).meta({ description: 'SPDX licence identifier' }),
		name: z.string().meta({ description: 'The licence’s name, in the language of the request' }),
		url: z.string().meta({ description: 'The licence text' }),
		attributionRequired: z.boolean(),
		attribution: z.string().meta({ description: 'Whom to name as the source: the municipality' })
	})
	.meta({ description: 'Under which licence the municipality publishes this data' });
export type TOpenDataLicence = z.output<typeof ZOpenDataLicence>;

/** The licence metadata every open-data answer carries. */
export function openDataLicence(tenant: { name: string; openDataLicence: string }, locale: Locale): TOpenDataLicence {
	const id = (tenant.openDataLicence in openDataLicences ? tenant.openDataLicence : DEFAULT_OPEN_DATA_LICENCE) as OpenDataLicenceId;
	const licence = openDataLicences[id];
	return { id, name: translate(locale, licence.name), url: licence.url, attributionRequired: licence.attributionRequired, attribution: tenant.name };
}

/** The HTTP form, for downloads that have no place for metadata (CSV): RFC 8288 `rel="license"`. */
export const licenceLinkHeader = (licence: TOpenDataLicence) => `<${licence.url}>; rel="license"`;
