import { expect, it } from 'vitest';
import { describeOnDatabases, PASSWORD } from '$lib/server/testing/databases';
import { assignRole, createSession, findAccountById, listAccounts, registerAccount, setAccountDisabled, signIn, validateSession } from '../accounts';
import { removeOrganisationMember, setOrganisationMember } from '../organisations';
import { listAudit } from '../audit';
import { listMails, findMail } from '../mail';
import { getLegalPage, putLegalPage, updateLegalPage } from '../legal';
import { createTenant, linkBaseUrl, resolveTenant, tenantBaseUrl, type ResolvedTenant } from '.';
import { randomUUID } from 'node:crypto';

describeOnDatabases('tenant isolation', (env) => {
	it('two municipalities on one installation see nothing of each other', async () => {
		const a = await env().tenant({ name: 'Altstadt' });
		const b = await env().tenant({ name: 'Bergdorf' });
		const adminA = await env().account(a, ['admin'], 'admin@altstadt.example');
		const adminB = await env().account(b, ['admin'], 'admin@bergdorf.example');
		const personA = await env().account(a, [], 'lea@example.org');

		// The same address may have an account in each town; they are different accounts.
		expect((await registerAccount(env().ctx(b), { displayName: 'Lea B', email: 'lea@example.org', password: PASSWORD })).ok).toBe(true);

		// Sessions of A open nothing in B.
		const session = await createSession(env().db, a.id, personA.accountId);
		expect(await validateSession(env().db, b.id, session.token)).toBeNull();
		expect(await signIn(env().ctx(b), { email: adminA.email, password: PASSWORD })).toEqual({ ok: false, error: 'invalid_credentials' });

		// Reads are scoped to the tenant.
		expect(await findAccountById(env().db, b.id, personA.accountId)).toBeUndefined();
		expect((await listAccounts(env().db, b.id)).items.map((r) => r.email).sort()).toEqual(['admin@bergdorf.example', 'lea@example.org']);
		expect((await listMails(env().db, a.id)).total).toBe(0);
		const mailB = (await listMails(env().db, b.id)).items[0];
		expect(await findMail(env().db, a.id, mailB.id)).toBeUndefined();

		// B's admin cannot act on A's accounts, not even with A's ids; the admin of A is an actor of A only.
		const ctxB = env().ctx(b, adminB.actor);
		expect(await assignRole(ctxB, { accountId: personA.accountId, role: 'admin' })).toEqual({ ok: false, error: 'not_found' });
		expect(await setAccountDisabled(ctxB, { accountId: personA.accountId, disabled: true })).toEqual({ ok: false, error: 'not_found' });
		expect(await assignRole(env().ctx(b, adminA.actor), { accountId: adminB.accountId, role: 'partner' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await updateLegalPage(env().ctx(b, adminA.actor), { kind: 'imprint', locale: 'de', body: 'Übernommen' })).toEqual({ ok: false, error: 'forbidden' });
		const organisationId = randomUUID();
		expect(await setOrganisationMember(env().ctx(b, adminA.actor), { organisationId, accountId: adminB.accountId, role: 'owner' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await removeOrganisationMember(env().ctx(b, personA.actor), { organisationId, accountId: personA.accountId })).toEqual({ ok: false, error: 'forbidden' });

		await assignRole(env().ctx(a, adminA.actor), { accountId: personA.accountId, role: 'partner' });
		expect((await listAudit(env().db, b.id)).total).toBe(0);
		expect((await listAudit(env().db, a.id)).total).toBe(1);

		await putLegalPage(env().db, a.id, 'imprint', 'de', 'Impressum Altstadt');
		expect(await getLegalPage(env().db, b.id, 'imprint', 'de')).toBeNull();
	});

	it('resolves a tenant by path prefix first, then by host name', async () => {
		const slug = `h-${randomUUID().slice(0, 8)}`;
		const hosted = await createTenant(env().db, {
			slug,
			name: 'Hafenstadt',
			kind: 'municipality',
			state: 'NW',
			officeName: 'Freiwilligenagentur',
			officeEmail: 'fa@hafenstadt.example',
			hosts: [`engagement.${slug}.example`]
		});
		const other = await env().tenant();
		expect(await resolveTenant(env().db, `Engagement.${slug}.example:443`, '/netzwerk')).toMatchObject({ tenant: { id: hosted.id }, basePath: '' });
		expect(await resolveTenant(env().db, `engagement.${slug}.example`, `/t/${other.slug}/mein-bereich`)).toMatchObject({
			tenant: { id: other.id },
			basePath: `/t/${other.slug}`
		});
		expect(await resolveTenant(env().db, `engagement.${slug}.example`, '/t/gibt-es-nicht/')).toBeNull();

		// In production only known host names are served, and links never come from the Host header.
		const production = { knownHostsOnly: true, publicUrl: 'https://engagement.kreis.example' };
		expect(await resolveTenant(env().db, 'evil.example', '/passwort-vergessen', production)).toBe('unknown_host');
		expect(await resolveTenant(env().db, 'evil.example', `/t/${other.slug}/`, production)).toBe('unknown_host');
		const viaPublicUrl = await resolveTenant(env().db, 'engagement.kreis.example', `/t/${other.slug}/`, production);
		expect(viaPublicUrl).toMatchObject({ tenant: { id: other.id } });
		expect(linkBaseUrl(viaPublicUrl as ResolvedTenant, production.publicUrl)).toBe(`https://engagement.kreis.example/t/${other.slug}`);
		const viaOwnHost = await resolveTenant(env().db, `ENGAGEMENT.${slug}.example:8443`, '/', production);
		expect(linkBaseUrl(viaOwnHost as ResolvedTenant, production.publicUrl)).toBe(`https://engagement.${slug}.example`);
		expect(await tenantBaseUrl(env().db, other, undefined)).toBe(`http://localhost:${process.env.PORT ?? 3000}/t/${other.slug}`);
	});

	it('answers with the one default tenant where nothing else matches', async () => {
		const input = { kind: 'municipality', state: 'SH', officeName: 'Büro', officeEmail: 'b@example.org', isDefault: true } as const;
		let fallbackId = '';
		let resolvedId: string | undefined;
		let second = '';
		// Inside a transaction that is rolled back, so a shared test database keeps no default.
		await env()
			.db.transaction(async (tx) => {
				fallbackId = (await createTenant(tx, { ...input, slug: `d-${randomUUID().slice(0, 8)}`, name: 'Standard' })).id;
				const resolved = await resolveTenant(tx, 'unbekannt.example', '/');
				resolvedId = resolved && resolved !== 'unknown_host' ? resolved.tenant.id : undefined;
				second = await tx
					.transaction((inner) => createTenant(inner, { ...input, slug: `d-${randomUUID().slice(0, 8)}`, name: 'Zweite' }))
					.then(
						() => 'created',
						() => 'refused'
					);
				tx.rollback();
			})
			.catch(() => undefined);
		expect(resolvedId).toBe(fallbackId);
		expect(second).toBe('refused');
	});
});
