/** The walk page and its print view load the same: the walk, its visible stops, the drawing. */
import { error, type RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { markdownSummary, renderMarkdown } from '$lib/server/core/markdown';
import { loadPublicWalk, staticMap } from '$lib/server/modules/directory';

export async function loadWalkPage({ locals, params }: Pick<RequestEvent<{ slug: string }>, 'locals' | 'params'>, size: { width: number; height: number }) {
	const result = await loadPublicWalk(locals.ctx, params.slug);
	if (!result.ok) error(404, { message: translate(locals.locale, 'error.not_found'), code: 'not_found' });
	const { walk, stops, located } = result.value;
	return {
		walk: { title: walk.title, slug: walk.slug, targetGroup: walk.targetGroup, durationMinutes: walk.durationMinutes, published: walk.published },
		description: renderMarkdown(walk.description),
		summary: markdownSummary(walk.description),
		stops,
		located,
		drawing: staticMap(located, { ...size, route: true })
	};
}
