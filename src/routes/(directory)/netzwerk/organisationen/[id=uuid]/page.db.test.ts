import { expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describeOnDatabases } from '$lib/server/testing/databases';
import type { Ctx } from '$lib/server/core/context';
import { load } from './+page.server';
import { load as loadList } from '../+page.server';

const event = (ctx: Ctx, id: string, basePath = '') => ({ locals: { ctx, locale: 'de', basePath }, params: { id } }) as never;

async function thrown(run: () => unknown): Promise<unknown> {
	try {
		await run();
	} catch (e) {
		return e;
	}
	throw new Error('nothing was thrown');
}

describeOnDatabases('organisation page', (env) => {
	it('forwards a merged duplicate for good, under the tenant prefix, and hides what is not public', async () => {
		const tenant = await env().tenant();
		const target = await env().organisation(tenant);
		const merged = await env().organisation(tenant, { status: 'merged', mergedIntoId: target });
		const forward = await thrown(() => load(event(env().ctx(tenant), merged, `/t/${tenant.slug}`)));
		expect(isRedirect(forward) && [forward.status, forward.location]).toEqual([301, `/t/${tenant.slug}/netzwerk/organisationen/${target}`]);

		const proposed = await env().organisation(tenant, { status: 'proposed' });
		const hidden = await thrown(() => load(event(env().ctx(tenant), proposed)));
		expect(isHttpError(hidden) && hidden.status).toBe(404);

		const shown = (await load(event(env().ctx(tenant), target))) as { organisation: { id: string; name: string }; logoUrl: string | null; description: string; jsonLd: string | null };
		expect(shown.organisation.id).toBe(target);
		expect(shown.logoUrl).toBeNull();
		// Without a description of its own, the page is described by its name and town.
		expect(shown.description).toBe(`${shown.organisation.name} in ${tenant.name} im Vereinsregister: Kontakt, Orte und Angebote.`);
		expect(JSON.parse(shown.jsonLd!.replace(/^<script type="application\/ld\+json">|<\/script>$/g, ''))).toMatchObject({
			'@type': 'Organization',
			url: `https://engagement.example/t/${tenant.slug}/netzwerk/organisationen/${target}`
		});
	});

	it('leaves the empty fields of a sent filter form out of the shareable address', async () => {
		const tenant = await env().tenant();
		const url = new URL(`https://engagement.example/t/${tenant.slug}/netzwerk/organisationen?q=Chor&art=&feld=sport&netzwerk=`);
		const clean = await thrown(() => loadList({ locals: { ctx: env().ctx(tenant), locale: 'de' }, url } as never));
		expect(isRedirect(clean) && [clean.status, clean.location]).toEqual([303, `/t/${tenant.slug}/netzwerk/organisationen?q=Chor&feld=sport`]);
		const list = (await loadList({ locals: { ctx: env().ctx(tenant), locale: 'de' }, url: new URL('https://engagement.example/netzwerk/organisationen?feld=sport') } as never)) as {
			query: { feld?: string };
			result: { total: number };
		};
		expect([list.query.feld, list.result.total]).toEqual(['sport', 0]);
	});
});
