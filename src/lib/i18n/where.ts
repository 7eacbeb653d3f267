import type { MessageKey, Params } from './messages';

/** Where the platform is: a town or municipality, or a Kreis (whose name says "Kreis", e.g. "Kreis Nordaue"). */
export interface Whereabouts {
	name: string;
	kind: 'municipality' | 'district';
}

/**
 * "in Lindwerder" for a town, "im Kreis Nordaue" for a Kreis: the `{where}` of texts such as
 * "Engagiert {where}". Pass `t` in components, `(key, params) => translate(locale, key, params)` on the server.
 */
export function whereIn(translate: (key: MessageKey, params: Params) => string, tenant: Whereabouts): string {
	return translate(tenant.kind === 'district' ? 'where.district' : 'where.municipality', { name: tenant.name });
}
