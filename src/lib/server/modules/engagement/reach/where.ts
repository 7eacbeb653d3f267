import type { Ctx } from '$lib/server/core/context';
import { translate } from '$lib/i18n';
import { whereIn } from '$lib/i18n/where';

/** "in Lindwerder" or "im Kreis Nordaue", in the answer's language. */
export const whereOf = (ctx: Pick<Ctx, 'locale' | 'tenant'>) => whereIn((key, params) => translate(ctx.locale, key, params), ctx.tenant);
