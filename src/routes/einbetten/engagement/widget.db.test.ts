import { expect, it } from 'vitest';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import type { Ctx } from '$lib/server/core/context';
import { updateEmbedHosts } from '$lib/server/modules/engagement';
import { insertOpportunity } from '$lib/server/modules/engagement/reach/fixtures';
import { GET } from './+server';

const widget = (ctx: Ctx, query = '') => {
	const url = new URL(`https://engagement.example/einbetten/engagement${query}`);
	return GET({ url, locals: { ctx, tenant: ctx.tenant, locale: ctx.locale, basePath: '' } } as never);
};

describeOnDatabases('the widget other websites embed', (env) => {
	it('is plain HTML with every text escaped, links opening the platform outside the frame, framed only where its town allows', async () => {
		const tenant = await env().tenant({ name: 'Hafen & <Stadt>' });
		const organisationId = await env().organisation(tenant, { name: 'Verein "Möwe" <e. V.>' });
		const id = await insertOpportunity(env().db, tenant, { organisationId, title: '<script>alert(1)</script> & Deichputz', commitment: 'once', online: true });
		const other = await env().tenant();
		const admin = env().ctx(tenant, (await env().account(tenant, ['admin'])).actor);
		valueOf(await updateEmbedHosts(admin, { embedHosts: 'www.moewe.example' }));

		const answer = await widget(env().ctx(tenant));
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-security-policy')).toBe(
			"default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self' www.moewe.example"
		);
		const html = await answer.text();
		expect(html).not.toMatch(/<script/i);
		expect(html).toContain('&lt;script>alert(1)&lt;/script> &amp; Deichputz');
		expect(html).toContain('Verein "Möwe" &lt;e. V.>');
		expect(html).toContain('<title>Engagement in Hafen &amp; &lt;Stadt&gt;</title>');
		expect(html).toContain(`<a href="https://engagement.example/t/${tenant.slug}/engagement/${id}" target="_blank" rel="noopener">`);
		expect(html).toContain('ortsunabhängig');

		// Another town lists nobody: only the platform itself may frame its widget.
		expect((await widget(env().ctx(other))).headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
		// In English on request; a filter outside its list is a page with the sentence, still framable.
		expect(await (await widget(env().ctx(tenant), '?lang=en&commitment=once')).text()).toContain('<html lang="en">');
		const refused = await widget(env().ctx(tenant), '?commitment=manchmal');
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain('Der Filter „commitment“ passt nicht');
		expect(refused.headers.get('content-security-policy')).toContain("frame-ancestors 'self' www.moewe.example");
	});
});
