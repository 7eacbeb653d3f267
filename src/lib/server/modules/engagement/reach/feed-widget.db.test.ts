import { expect, it } from 'vitest';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import { listAudit } from '$lib/server/core/audit';
import { embedHostsOf, newestOpportunities } from './queries';
import { opportunityFeed, feedLink } from './feed';
import { opportunityWidget } from './widget';
import { showEmbedHosts, updateEmbedHosts } from './embed-hosts';
import { ZReachFilters, ZWidgetQuery } from './filters';
import { insertOpportunity, reachTown } from './fixtures';

const filters = (values: Record<string, string | string[]> = {}) => ZReachFilters.parse(values);
const day = (n: number) => new Date(Date.UTC(2026, 4, n, 10));

describeOnDatabases('feeds and the widget of the Freiwilligenbörse', (env) => {
	async function town() {
		const tenant = await env().tenant({ name: 'Hafenstadt' });
		const organisationId = await env().organisation(tenant, { name: 'Lesefreunde <Hafen> & Co' });
		const place = await reachTown(env().db, tenant, organisationId);
		const homework = await insertOpportunity(env().db, tenant, {
			organisationId,
			title: 'Hausaufgabenhilfe <b>am</b> Nachmittag',
			tasks: 'Kinder & Eltern begleiten, "gern" mit Geduld',
			commitment: 'regular',
			publishedAt: day(3),
			placeIds: [place.placeId],
			fieldIds: [place.categoryId],
			targetGroups: ['seniors']
		});
		const online = await insertOpportunity(env().db, tenant, { organisationId, title: 'Online-Lesepatenschaft', commitment: 'spontaneous', online: true, publishedAt: day(5) });
		const elsewhere = await insertOpportunity(env().db, tenant, { organisationId, title: 'Platzwart', commitment: 'once', publishedAt: day(4), placeIds: [place.otherPlaceId] });
		await insertOpportunity(env().db, tenant, { organisationId, title: 'Entwurf Hausaufgaben', status: 'draft', publishedAt: null });
		const archivedOrg = await env().organisation(tenant, { status: 'archived' });
		await insertOpportunity(env().db, tenant, { organisationId: archivedOrg, title: 'Hausaufgaben im archivierten Verein' });
		return { tenant, organisationId, place, homework, online, elsewhere };
	}

	it('list only published opportunities of published organisations, newest first, by every filter', async () => {
		const { tenant, place, homework, online, elsewhere } = await town();
		const ids = async (values: Record<string, string | string[]>) => (await newestOpportunities(env().db, tenant.id, filters(values), 50)).map((i) => i.id);
		expect(await ids({})).toEqual([online, elsewhere, homework]);
		expect(await ids({ q: 'hausaufgaben' })).toEqual([homework]);
		expect(await ids({ q: 'Lese' })).toEqual([online]);
		expect(await ids({ category: place.categorySlug })).toEqual([homework]);
		expect(await ids({ category: place.categoryId })).toEqual([homework]);
		expect(await ids({ district: place.districtSlug })).toEqual([homework]);
		expect(await ids({ district: 'nirgendwo' })).toEqual([]);
		expect(await ids({ commitment: ['once', 'spontaneous'] })).toEqual([online, elsewhere]);
		expect(await ids({ target_group: 'seniors' })).toEqual([homework]);
		expect(await ids({ online: '1' })).toEqual([online]);
		const [first] = await newestOpportunities(env().db, tenant.id, filters({ q: 'hausaufgaben' }), 1);
		expect(first).toMatchObject({ organisation: 'Lesefreunde <Hafen> & Co', districts: ['Hafen'], fields: [{ de: 'Bildung', en: 'Education' }] });
		// Another town sees none of them.
		const other = await env().tenant();
		expect(await newestOpportunities(env().db, other.id, filters(), 50)).toEqual([]);
	});

	it('refuse a value outside a closed list, never dropping the filter', () => {
		expect(ZReachFilters.safeParse({ commitment: 'sometimes' }).success).toBe(false);
		expect(ZReachFilters.safeParse({ online: 'vielleicht' }).success).toBe(false);
		expect(ZWidgetQuery.safeParse({ limit: '500' }).success).toBe(false);
		// A select left at "all" sends an empty value: no filter.
		expect(ZReachFilters.parse({ category: '', district: ['', 'hafen'], commitment: '' })).toMatchObject({ category: [], district: ['hafen'], commitment: [] });
	});

	it('write a valid Atom feed with everything escaped and links to the platform', async () => {
		const { tenant, homework } = await town();
		const ctx = env().ctx(tenant);
		const xml = await opportunityFeed(ctx, filters({ commitment: 'regular' }));
		expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">')).toBe(true);
		expect(xml).toContain(`<id>${ctx.baseUrl}/engagement/feed.xml?commitment=regular</id>`);
		expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${ctx.baseUrl}/engagement/feed.xml?commitment=regular"/>`);
		expect(xml).toContain(`<id>urn:uuid:${homework}</id>`);
		expect(xml).toContain('<title type="text">Hausaufgabenhilfe &lt;b&gt;am&lt;/b&gt; Nachmittag</title>');
		expect(xml).toContain(`<link rel="alternate" type="text/html" href="${ctx.baseUrl}/engagement/${homework}"/>`);
		expect(xml).toContain('<author><name>Lesefreunde &lt;Hafen&gt; &amp; Co</name></author>');
		expect(xml).toContain('Kinder &amp; Eltern begleiten, &quot;gern&quot; mit Geduld');
		expect(xml).toContain('<published>2026-05-03T10:00:00.000Z</published>');
		expect(xml).not.toContain('<b>');
		expect(xml.match(/<entry>/g)).toHaveLength(1);
		// Every element opened is closed: a cheap well-formedness check without an XML parser.
		const open = xml.match(/<(?!\/|\?)[a-z]+(?=[\s>])(?![^>]*\/>)/g)!.length;
		expect(xml.match(/<\/[a-z]+>/g)!.length).toBe(open);
	});

	it('give the search page a link to the feed of its filters', () => {
		expect(feedLink('/t/hafen', filters({ district: ['b', 'a'], q: 'Lesen & Schreiben', online: '1' }), 'de')).toEqual({
			rel: 'alternate',
			type: 'application/atom+xml',
			href: '/t/hafen/engagement/feed.xml?q=Lesen+%26+Schreiben&district=a&district=b&online=1',
			title: 'Neue Engagementangebote (Atom-Feed)'
		});
	});

	it('let the widget be framed by the platform and the hosts the town lists, set by an admin only', async () => {
		const { tenant } = await town();
		const content = await opportunityWidget(env().ctx(tenant), ZWidgetQuery.parse({ limit: '2' }));
		expect(content.items).toHaveLength(2);
		expect(content.frameAncestors).toBe("'self'");
		const coordinator = env().ctx(tenant, (await env().account(tenant, ['coordinator'])).actor);
		expect(await updateEmbedHosts(coordinator, { embedHosts: 'verein.example' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await showEmbedHosts(coordinator)).toEqual({ ok: false, error: 'forbidden' });
		const admin = env().ctx(tenant, (await env().account(tenant, ['admin'])).actor);
		const refused = await updateEmbedHosts(admin, { embedHosts: 'verein.example\nkein host' });
		expect(refused).toMatchObject({ ok: false, error: 'invalid' });
		expect(valueOf(await updateEmbedHosts(admin, { embedHosts: 'https://www.Verein.example/seite\nstadt.example, www.verein.example' }))).toEqual(['www.verein.example', 'stadt.example']);
		expect(await embedHostsOf(env().db, tenant.id)).toEqual(['www.verein.example', 'stadt.example']);
		expect((await opportunityWidget(env().ctx(tenant), ZWidgetQuery.parse({}))).frameAncestors).toBe("'self' www.verein.example stadt.example");
		expect(valueOf(await updateEmbedHosts(admin, { embedHosts: '' }))).toEqual([]);
		const [entry] = (await listAudit(env().db, tenant.id, { action: 'engagement.embed_hosts' })).items;
		expect(entry).toMatchObject({ before: { embedHosts: ['www.verein.example', 'stadt.example'] }, after: { embedHosts: [] } });
	});
});
