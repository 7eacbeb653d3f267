import { ZDirectoryQuery, type TDirectoryQuery } from '../contracts';
import { queryValues } from '$lib/server/core/http/query';
import { licenceLinkHeader, type TOpenDataLicence } from '$lib/server/core/tenants';

/** The directory filter of a download or of the GeoJSON API, without the page: both hold the whole selection. */
export function downloadQuery(url: URL): TDirectoryQuery {
	return { ...ZDirectoryQuery.parse(queryValues(url)), seite: undefined };
}

/** Public data: anyone may fetch it from anywhere, caches may keep it for a few minutes; the licence goes along as a Link. */
export function downloadHeaders(contentType: string, fileName: string, tenantSlug: string, licence: TOpenDataLicence): Record<string, string> {
	return {
		link: licenceLinkHeader(licence),
		'content-type': contentType,
		'content-disposition': `attachment; filename="${fileName.replace('{slug}', tenantSlug)}"`,
		'cache-control': 'public, max-age=300',
		'access-control-allow-origin': '*',
		vary: 'cookie, accept-language'
	};
}
