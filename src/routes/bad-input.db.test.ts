/**
 * Bad input from anyone – a body that is no form, U+0000 in a field or a link, an id that is no
 * id, a page number of a trillion – is answered with a status below 500 and a sentence, and what
 * can be kept is kept without the control characters. Actions, loads and endpoints are called
 * as SvelteKit calls them, on both databases.
 */
import { expect, it } from 'vitest';
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases } from '$lib/server/testing/databases';
import type { Ctx } from '$lib/server/core/context';
import { translate } from '$lib/i18n';
import { accounts } from '$lib/server/core/accounts/schema';
import { legalPages } from '$lib/server/core/legal/schema';
import { tenants } from '$lib/server/core/tenants/schema';
import { categories, places } from '$lib/server/modules/directory/schema';
import { organisations } from '$lib/server/core/organisations/schema';
import { createWalk, listWalks } from '$lib/server/modules/directory';
import { actions as categoryActions } from './koordination/(directory)/kategorien/+page.server';
import { actions as editActions } from './(directory)/netzwerk/organisationen/[id=uuid]/bearbeiten/+page.server';
import { actions as peopleActions } from './(directory)/netzwerk/organisationen/[id=uuid]/personen/+page.server';
import { actions as walkActions } from './koordination/(directory)/spaziergaenge/+page.server';
import { actions as walkStopActions } from './koordination/(directory)/spaziergaenge/[id=uuid]/+page.server';
import { actions as staleActions } from './koordination/(directory)/nicht-aktuell/+page.server';
import { actions as moderationActions } from './koordination/freigaben/+page.server';
import { actions as mergeActions, load as loadMerge } from './koordination/(directory)/zusammenfuehren/+page.server';
import { actions as legalActions } from './admin/rechtliches/+page.server';
import { actions as settingsActions } from './admin/gemeinde/+page.server';
import { actions as accountActions } from './mein-bereich/konto/+page.server';
import { actions as registerActions } from './registrieren/+page.server';
import { actions as feedbackActions } from './barrierefreiheit/+page.server';
import { load as loadDirectory } from './(directory)/netzwerk/organisationen/+page.server';
import { load as loadMap } from './(directory)/netzwerk/stadtplan/+page.server';
import { load as loadAccounts } from './admin/konten/+page.server';
import { load as loadOutbox } from './admin/mail/+page.server';
import { load as loadAudit } from './admin/protokoll/+page.server';
import { load as loadFeedback } from './admin/rueckmeldungen/+page.server';
import { GET as csvDownload } from './(directory)/netzwerk/daten/organisationen.csv/+server';
import { GET as geojsonDownload } from './(directory)/netzwerk/daten/orte.geojson/+server';

type Handler = (event: never) => unknown;
const routeModules = import.meta.glob<{ actions?: Record<string, Handler> }>('./**/+page.server.ts', { eager: true });

/** Actions that read no body at all: a text/plain post changes nothing for them. */
const withoutBody = new Set([
	'/abmelden:default',
	'/einladung:default',
	'/(directory)/netzwerk/organisationen/[id=uuid]:confirm',
	'/(directory)/netzwerk/organisationen/[id=uuid]/bearbeiten:restore',
	'/koordination/(directory)/spaziergaenge/[id=uuid]:publish',
	'/koordination/(directory)/spaziergaenge/[id=uuid]:unpublish',
	'/koordination/(directory)/adressen:locate',
	'/mein-bereich/konto:everywhere',
	'/(engagement)/netzwerk/organisationen/[id=uuid]/angebote/[angebot=uuid]:submit',
	'/(engagement)/netzwerk/organisationen/[id=uuid]/angebote/[angebot=uuid]:publish',
	'/(engagement)/netzwerk/organisationen/[id=uuid]/angebote/[angebot=uuid]:pause',
	'/(engagement)/netzwerk/organisationen/[id=uuid]/angebote/[angebot=uuid]:resume',
	'/(engagement)/netzwerk/organisationen/[id=uuid]/angebote/[angebot=uuid]:filled',
	'/(engagement)/netzwerk/organisationen/[id=uuid]/angebote/[angebot=uuid]:confirm'
]);

const BASE = 'https://engagement.example';
const NUL = '\u0000';
const unknownId = '0b5c6e2f-7d8a-4b9c-8e1f-2a3b4c5d6e7f';

const cookies = { get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined, serialize: () => '' };

let clientAddress = 0;
function event(ctx: Ctx, request: Request, params: Record<string, string> = {}, account: { id: string } | null = null) {
	return {
		request,
		url: new URL(request.url),
		params,
		route: { id: null },
		cookies,
		// Each request its own address, so the rate limits of sign-up and barrier reports never answer instead.
		getClientAddress: () => `192.0.2.${++clientAddress % 250}`,
		locals: { ctx, tenant: ctx.tenant, actor: ctx.actor, account, locale: 'de', basePath: '', sessionToken: null }
	} as never;
}
const get = (path: string) => new Request(`${BASE}${path}`);
const post = (path: string, contentType: string, body: string) => new Request(`${BASE}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
const form = (path: string, fields: Record<string, string>) => post(path, 'application/x-www-form-urlencoded', new URLSearchParams(fields).toString());

/** What an action or load ends in: its value, a failure with status and data, or what it threw. */
async function outcome(run: () => unknown): Promise<{ status: number; data?: unknown; location?: string }> {
	try {
		const value = await run();
		return isActionFailure(value) ? { status: value.status, data: value.data } : { status: 200, data: value };
	} catch (e) {
		if (isHttpError(e)) return { status: e.status, data: e.body };
		if (isRedirect(e)) return { status: e.status, location: e.location };
		throw e;
	}
}

describeOnDatabases('bad input', (env) => {
	async function town() {
		const tenant = await env().tenant();
		const staff = await env().account(tenant, ['coordinator', 'admin']);
		const organisationId = await env().organisation(tenant, { name: 'Chor am Deich' });
		const ctx = env().ctx(tenant, staff.actor);
		return { tenant, staff, organisationId, ctx, as: (request: Request, params: Record<string, string> = {}) => event(ctx, request, params, { id: staff.accountId }) };
	}

	it('answers a body that is no form with 400 and a sentence on every action that reads one', async () => {
		const { organisationId, as } = await town();
		const unreadable = { status: 400, data: { code: 'form_unreadable', message: translate('de', 'error.form_unreadable') } };
		let checked = 0;
		for (const [file, module] of Object.entries(routeModules)) {
			const route = file.replace(/^\./, '').replace(/\/\+page\.server\.ts$/, '') || '/';
			for (const [name, action] of Object.entries(module.actions ?? {})) {
				if (withoutBody.has(`${route}:${name}`)) continue;
				const path = `${route.replace('[id=uuid]', organisationId)}?/${name}`;
				for (const request of [post(path, 'text/plain', 'name=Chor'), post(path, 'multipart/form-data; boundary=zzz', '--zzz\r\nbroken')]) {
					expect(await outcome(() => action(as(request, { id: organisationId }))), `${route} ${name}`).toEqual(unreadable);
				}
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(40);
		const known = Object.entries(routeModules).flatMap(([file, m]) => Object.keys(m.actions ?? {}).map((name) => `${file.slice(1).replace(/\/\+page\.server\.ts$/, '')}:${name}`));
		for (const exempt of withoutBody) expect(known, 'the list of actions without a body names real ones').toContain(exempt);
	});

	it('takes U+0000 and other control characters out of what is saved', async () => {
		const { tenant, staff, organisationId, ctx, as } = await town();
		const path = `/netzwerk/organisationen/${organisationId}/bearbeiten`;

		expect((await outcome(() => categoryActions.create(as(form('/koordination/kategorien?/create', { nameDe: `Sport${NUL}verein`, nameEn: `Sports${NUL}\u0007`, position: '1' }))))).status).toBe(200);
		const fields = await env().db.select().from(categories).where(eq(categories.tenantId, tenant.id));
		expect(fields.find((c) => c.position === 1 && c.nameEn === 'Sports')?.nameDe).toBe('Sportverein');

		const profile = { name: `Chor${NUL} am Deich`, kind: 'club', description: `Wir singen.${NUL}\n\nDienstags\u0008 um 19 Uhr.`, website: `chor${NUL}.example` };
		expect((await outcome(() => editActions.profile(as(form(`${path}?/profile`, profile), { id: organisationId })))).status).toBe(200);
		const [saved] = await env().db.select().from(organisations).where(eq(organisations.id, organisationId));
		expect([saved.name, saved.description, saved.website]).toEqual(['Chor am Deich', 'Wir singen.\n\nDienstags um 19 Uhr.', 'https://chor.example']);

		const place = { name: `Probe${NUL}raum`, street: '', postcode: '', city: '', lat: '', lng: '', openingHours: `Di${NUL} 19–21 Uhr\nDo 18 Uhr` };
		expect((await outcome(() => editActions.addPlace(as(form(`${path}?/addPlace`, place), { id: organisationId })))).status).toBe(200);
		const [room] = await env()
			.db.select()
			.from(places)
			.where(and(eq(places.tenantId, tenant.id), eq(places.organisationId, organisationId)));
		expect([room.name, room.openingHours]).toEqual(['Proberaum', 'Di 19–21 Uhr\nDo 18 Uhr']);

		const walk = await outcome(() => walkActions.create(as(form('/koordination/spaziergaenge?/create', { title: `Rund${NUL}gang`, targetGroup: 'Alle', durationMinutes: '60' }))));
		expect(walk.status).toBe(303);
		expect((await listWalks(ctx.db, tenant.id, { publishedOnly: false })).map((w) => w.title)).toEqual(['Rundgang']);

		const legal = { kind: 'imprint', locale: 'de', body: `# Impressum${NUL}\n\nStadt\u001b Teststadt` };
		expect(await outcome(() => legalActions.default(as(form('/admin/rechtliches', legal))))).toMatchObject({ status: 200 });
		const [imprint] = await env()
			.db.select()
			.from(legalPages)
			.where(and(eq(legalPages.tenantId, tenant.id), eq(legalPages.kind, 'imprint')));
		expect(imprint.body).toBe('# Impressum\n\nStadt Teststadt');

		const settings = new FormData();
		for (const [name, value] of Object.entries({
			name: `Teststadt${NUL}`,
			officeName: 'Team Engagement',
			officeEmail: `buero${NUL}@teststadt.example`,
			colorPrimary: '#1d4f91',
			colorSecondary: '#f2c230',
			defaultLocale: 'de',
			tileUrl: '',
			tileAttribution: `© Karten${NUL}dienst`
		}))
			settings.set(name, value);
		expect(await outcome(() => settingsActions.default(as(new Request(`${BASE}/admin/gemeinde`, { method: 'POST', body: settings }))))).toMatchObject({ status: 200 });
		const [town2] = await env().db.select().from(tenants).where(eq(tenants.id, tenant.id));
		expect([town2.name, town2.officeEmail, town2.tileAttribution]).toEqual(['Teststadt', 'buero@teststadt.example', '© Kartendienst']);

		expect(await outcome(() => accountActions.profile(as(form('/mein-bereich/konto?/profile', { displayName: `Lea${NUL} Hansen`, locale: 'de' }))))).toMatchObject({ status: 200 });
		const [me] = await env().db.select().from(accounts).where(eq(accounts.id, staff.accountId));
		expect(me.displayName).toBe('Lea Hansen');

		const visitor = env().ctx(tenant);
		const signUp = { displayName: `Mehmet${NUL}`, email: `neu${NUL}@teststadt.example`, password: 'Lange-Reise-ans-Meer-2024' };
		expect(await outcome(() => registerActions.default(event(visitor, form('/registrieren', signUp))))).toMatchObject({ status: 200, data: { registered: true } });
		const [registered] = await env()
			.db.select()
			.from(accounts)
			.where(and(eq(accounts.tenantId, tenant.id), eq(accounts.email, 'neu@teststadt.example')));
		expect(registered.displayName).toBe('Mehmet');

		const report = { pageUrl: `/karte${NUL}`, message: `Die Karte ist${NUL} ohne Maus nicht bedienbar.`, contactEmail: '' };
		expect(await outcome(() => feedbackActions.default(event(visitor, form('/barrierefreiheit', report))))).toMatchObject({ status: 200, data: { sent: true } });
	});

	it('finds nothing for ids that are no ids, and says so next to the form instead of failing the query', async () => {
		const { organisationId, ctx, as } = await town();
		const notFound = translate('de', 'error.not_found');
		const path = `/netzwerk/organisationen/${organisationId}/bearbeiten`;
		const place = { name: 'Proberaum', street: '', postcode: '', city: '', lat: '', lng: '', openingHours: '' };
		for (const placeId of ['not-a-uuid', '------------------------------------', `${unknownId}${NUL}`, unknownId]) {
			expect(await outcome(() => editActions.updatePlace(as(form(`${path}?/updatePlace`, { ...place, placeId }), { id: organisationId })))).toMatchObject({
				status: 404,
				data: { form: 'places', message: 'error.not_found' }
			});
			expect(await outcome(() => editActions.removePlace(as(form(`${path}?/removePlace`, { placeId }), { id: organisationId })))).toMatchObject({
				status: 404,
				data: { message: 'error.not_found' }
			});
		}
		for (const id of ['not-a-uuid', '', unknownId]) {
			expect(await outcome(() => categoryActions.update(as(form('/koordination/kategorien?/update', { id, nameDe: 'Sport', nameEn: 'Sports', position: '0' }))))).toMatchObject({
				status: 404,
				data: { message: 'error.not_found' }
			});
			expect(await outcome(() => categoryActions.delete(as(form('/koordination/kategorien?/delete', { id }))))).toMatchObject({ status: 404, data: { message: 'error.not_found' } });
		}
		expect(await outcome(() => staleActions.default(as(form('/koordination/nicht-aktuell', { organisationId: 'not-a-uuid' }))))).toMatchObject({
			status: 404,
			data: { message: 'error.not_found' }
		});
		expect((await outcome(() => peopleActions.role(as(form('/personen?/role', { accountId: 'not-a-uuid', role: 'owner' }), { id: organisationId })))).status).toBe(400);
		expect((await outcome(() => peopleActions.remove(as(form('/personen?/remove', { accountId: 'not-a-uuid' }), { id: organisationId })))).status).toBe(400);
		expect((await outcome(() => moderationActions.default(as(form('/koordination/freigaben', { itemId: 'not-a-uuid', decision: 'approved' }))))).status).toBe(400);
		expect(await outcome(() => mergeActions.default(as(form('/koordination/zusammenfuehren', { sourceId: 'not-a-uuid', targetId: organisationId }))))).toMatchObject({
			status: 400,
			data: { message: 'error.choose_one' }
		});

		const walk = await createWalk(ctx, { title: 'Rundgang', targetGroup: 'Alle', durationMinutes: '60' });
		if (!walk.ok) throw new Error(walk.error);
		const stop = await outcome(() => walkStopActions.addStop(as(form('/koordination/spaziergaenge?/addStop', { placeId: 'not-a-uuid', text: '' }), { id: walk.value.id })));
		expect(stop).toMatchObject({ status: 400, data: { fields: { placeId: 'map.error_place' } } });
		const position = await outcome(() => walkStopActions.stopRemove(as(form('/koordination/spaziergaenge?/stopRemove', { position: '1000000000000' }), { id: walk.value.id })));
		expect(position).toEqual({ status: 404, data: { code: 'not_found', message: notFound } });

		const merge = (await loadMerge(as(get(`/koordination/zusammenfuehren?q=Chor${encodeURIComponent(NUL)}&duplikat=not-a-uuid&bleibt=${organisationId}`)))) as {
			results: { id: string }[];
			source: unknown;
			target: { id: string } | null;
		};
		expect([merge.results.map((r) => r.id), merge.source, merge.target?.id]).toEqual([[organisationId], null, organisationId]);
	});

	it('shows lists and downloads for links with U+0000 and huge page numbers', async () => {
		const { as } = await town();
		const hostile = `q=Chor${encodeURIComponent(`${NUL}\u0001`)}&feld=a%00b&stadtteil=%00x&seite=1000000000000&organisation=not-a-uuid`;

		const directory = (await loadDirectory(as(get(`/netzwerk/organisationen?${hostile}`)))) as { query: { q: string; seite?: number }; result: { items: { name: string }[] } };
		expect(directory.query.q).toBe('Chor');
		expect(directory.result.items).toEqual([]);
		const found = (await loadDirectory(as(get(`/netzwerk/organisationen?q=Chor${encodeURIComponent(NUL)}`)))) as { result: { items: { name: string }[] } };
		expect(found.result.items.map((r) => r.name)).toEqual(['Chor am Deich']);

		const map = (await loadMap(as(get(`/netzwerk/stadtplan?${hostile}`)))) as { query: { organisation?: string }; total: number };
		expect([map.query.organisation, map.total]).toEqual([undefined, 0]);

		const csv = (await csvDownload(as(get(`/netzwerk/daten/organisationen.csv?q=Chor${encodeURIComponent(NUL)}`)))) as Response;
		expect(csv.status).toBe(200);
		expect(await csv.text()).toContain('Chor am Deich');
		const geojson = (await geojsonDownload(as(get(`/netzwerk/daten/orte.geojson?${hostile}`)))) as Response;
		expect([geojson.status, (await geojson.json()).type]).toEqual([200, 'FeatureCollection']);

		const admin = `q=a%00&an=a%00&aktion=a%00&person=a%00&seite=1000000000000`;
		for (const load of [loadAccounts, loadOutbox, loadAudit, loadFeedback]) {
			expect((await outcome(() => load(as(get(`/admin?${admin}`))))).status).toBe(200);
		}
	});
});
