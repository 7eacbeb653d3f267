/**
 * The readable part of shareable URLs: "Mühlenau-Süd" → "muehlenau-sued", "Straße & Café" → "strasse-cafe".
 * Umlauts are written out as Germans do; every other run of signs becomes one hyphen. The cut at
 * `max` comes last and may end on a hyphen: stored district slugs were made so and must match again.
 */
export function slugify(text: string, options: { max: number; fallback?: string }): string {
	let slug = text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
	// "é" → "e", and ligatures or superscripts from pasted text are spelled out ("ﬁ" → "fi", "²" → "2").
	slug = slug.normalize('NFKD').replace(/\p{M}/gu, '');
	slug = slug
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, options.max);
	return slug || (options.fallback ?? '');
}
