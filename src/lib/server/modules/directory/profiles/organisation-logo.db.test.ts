import { beforeAll, expect, it } from 'vitest';
import sharp from 'sharp';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { loadActor } from '$lib/server/core/accounts';
import { configureStorage, fileStorage, FILE_KEY, LocalFolderStorage } from '$lib/server/core/files';
import { listAudit } from '$lib/server/core/audit';
import { findOrganisation } from '../../../core/organisations/queries';
import { setOrganisationLogo } from './set-organisation-logo';
import { openOrganisation } from '../open-data/open-data';

beforeAll(() => configureStorage(new LocalFolderStorage(mkdtempSync(join(tmpdir(), 'gemeinwerk-files-')))));

const wideLogo = () =>
	sharp({ create: { width: 1600, height: 400, channels: 3, background: '#1d4f91' } })
		.jpeg()
		.toBuffer();

describeOnDatabases('organisation logo', (env) => {
	async function club() {
		const tenant = await env().tenant();
		const coordinator = await env().account(tenant, ['coordinator']);
		const organisationId = await env().organisation(tenant, { name: 'Ruderclub Hafenstadt' });
		const editor = await env().account(tenant);
		await env().member(tenant, { organisationId, accountId: editor.accountId, role: 'editor' });
		const editorCtx = env().ctx(tenant, await loadActor(env().db, tenant.id, editor.accountId));
		return { tenant, organisationId, editorCtx, coordinatorCtx: env().ctx(tenant, coordinator.actor) };
	}

	it('stores an uploaded logo as a small PNG, replaces it and removes it', async () => {
		const { tenant, organisationId, editorCtx } = await club();
		const first = await setOrganisationLogo(editorCtx, { organisationId, logo: { data: await wideLogo() } });
		if (!first.ok) throw new Error(first.error);
		expect(first.value.logoPath).toMatch(FILE_KEY);
		expect(first.value.logoPath!.startsWith(`${tenant.id}/`)).toBe(true);
		const meta = await sharp(Buffer.from((await fileStorage().get(first.value.logoPath!))!)).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual(['png', 480, 120]);
		expect((await openOrganisation(env().ctx(tenant), organisationId))?.logoUrl).toBe(`${env().ctx(tenant).baseUrl}/dateien/${first.value.logoPath}`);

		const second = await setOrganisationLogo(editorCtx, { organisationId, logo: { data: await wideLogo() } });
		if (!second.ok) throw new Error(second.error);
		expect(await fileStorage().get(first.value.logoPath!)).toBeNull();
		expect((await findOrganisation(env().db, tenant.id, organisationId))?.logoPath).toBe(second.value.logoPath);

		expect(await setOrganisationLogo(editorCtx, { organisationId, logo: { remove: true } })).toEqual({ ok: true, value: { logoPath: null } });
		expect(await fileStorage().get(second.value.logoPath!)).toBeNull();
		expect((await findOrganisation(env().db, tenant.id, organisationId))?.logoPath).toBeNull();
		const actions = (await listAudit(env().db, tenant.id, {})).items.map((r) => r.action);
		expect(actions.filter((a) => a.startsWith('organisation.logo'))).toEqual(['organisation.logo_removed', 'organisation.logo_set', 'organisation.logo_set']);
	});

	it('says what is wrong with a file that is no image, too large or missing, and keeps the old logo', async () => {
		const { tenant, organisationId, editorCtx } = await club();
		const kept = await setOrganisationLogo(editorCtx, { organisationId, logo: { data: await wideLogo() } });
		expect(await setOrganisationLogo(editorCtx, { organisationId, logo: { data: new TextEncoder().encode('kein Bild') } })).toEqual({
			ok: false,
			error: 'invalid',
			fields: { logo: 'error.image_invalid' }
		});
		expect(await setOrganisationLogo(editorCtx, { organisationId, logo: { data: new Uint8Array(3 * 1024 * 1024) } })).toEqual({
			ok: false,
			error: 'invalid',
			fields: { logo: 'error.image_too_large' }
		});
		expect(await setOrganisationLogo(editorCtx, { organisationId, logo: { data: new Uint8Array() } })).toEqual({ ok: false, error: 'invalid', fields: { logo: 'error.image_missing' } });
		expect((await findOrganisation(env().db, tenant.id, organisationId))?.logoPath).toBe(kept.ok && kept.value.logoPath);
	});

	it('lets no one else change it: residents, members of another organisation, other towns', async () => {
		const { tenant, organisationId, coordinatorCtx } = await club();
		const resident = await env().account(tenant);
		expect(await setOrganisationLogo(env().ctx(tenant, resident.actor), { organisationId, logo: { data: await wideLogo() } })).toEqual({ ok: false, error: 'forbidden' });
		const otherClub = await env().organisation(tenant, { name: 'Segelclub' });
		const otherEditor = await env().account(tenant);
		await env().member(tenant, { organisationId: otherClub, accountId: otherEditor.accountId, role: 'owner' });
		const otherCtx = env().ctx(tenant, await loadActor(env().db, tenant.id, otherEditor.accountId));
		expect(await setOrganisationLogo(otherCtx, { organisationId, logo: { remove: true } })).toEqual({ ok: false, error: 'forbidden' });
		const elsewhere = await env().tenant();
		const foreignCoordinator = await env().account(elsewhere, ['coordinator']);
		expect(await setOrganisationLogo(env().ctx(elsewhere, foreignCoordinator.actor), { organisationId, logo: { remove: true } })).toEqual({ ok: false, error: 'not_found' });
		expect((await setOrganisationLogo(coordinatorCtx, { organisationId, logo: { data: await wideLogo() } })).ok).toBe(true);
	});
});
