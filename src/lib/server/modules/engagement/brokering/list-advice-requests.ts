import { ok } from '$lib/server/core/result';
import { useCase, ZNoInput } from '$lib/server/core/use-case';
import { adviceRequests } from './queries';

/** The coordinators' list: the volunteers who asked for advice and consented to be seen, and nobody else. */
export const listAdviceRequests = useCase({
	input: ZNoInput,
	permission: 'area.coordination',
	run: async (ctx) => ok(await adviceRequests(ctx.db, ctx.tenant.id, ctx.locale))
});
