import { expect, it } from 'vitest';
import { describeOnDatabases, PASSWORD, valueOf } from '$lib/server/testing/databases';
import { deleteAccount, exportMyData } from '$lib/server/core/accounts';
import { navigationFor } from '$lib/server/core/navigation';
import { describeMatch, deleteVolunteerProfile, matchOpportunities, MATCHES_PER_PAGE, saveVolunteerProfile, showVolunteerProfile } from './index';
import { hasProfile } from './queries';
import { address, district, fieldId, place, publishedOpportunity } from './test-opportunities';

describeOnDatabases('the volunteer profile and "Passt zu mir"', (env) => {
	async function town() {
		const tenant = await env().tenant();
		const db = env().db;
		const organisationId = await env().organisation(tenant, { name: 'Naturschutzbund Hafenstadt' });
		const altstadt = await district(db, tenant, 'Altstadt');
		const nord = await district(db, tenant, 'Nordufer');
		// Home is the middle of 24937's addresses; the Deich is 1.2 km north of it, the Moor 11 km.
		await address(db, tenant, '24937', 54.015, 9.05);
		await address(db, tenant, '24937', 54.025, 9.05);
		const deich = await place(db, tenant, { organisationId, lat: 54.0308, lng: 9.05, districtId: altstadt });
		const moor = await place(db, tenant, { organisationId, lat: 54.12, lng: 9.05, districtId: nord });
		const umwelt = await fieldId(db, tenant, 'umwelt');
		const sport = await fieldId(db, tenant, 'sport');
		return { tenant, organisationId, altstadt, nord, deich, moor, umwelt, sport };
	}

	const profileForm = (values: Record<string, string | string[]>) => ({ lookingFor: 'both', ...values });

	it('keeps a profile only its owner reads and writes', async () => {
		const { tenant, umwelt, altstadt } = await town();
		const owner = await env().account(tenant);
		const other = await env().account(tenant);
		const mine = env().ctx(tenant, owner.actor);

		expect(valueOf(await showVolunteerProfile(mine)).profile).toBeNull();
		const saved = await saveVolunteerProfile(
			mine,
			profileForm({
				interests: [umwelt, 'kein-feld', '00000000-0000-4000-8000-000000000000'],
				availability: ['sat-morning', 'quatsch'],
				districts: altstadt,
				skills: 'Kochen, Excel ,, Kochen',
				languages: ['ar', 'xx'],
				homePostcode: '24937',
				travelRadiusKm: '5',
				ageBand: '30_49',
				lookingFor: 'once'
			})
		);
		expect(saved.ok).toBe(true);
		const shown = valueOf(await showVolunteerProfile(mine));
		// Unknown ids, slots and languages are dropped; skills are split and kept once.
		expect(shown.profile).toMatchObject({
			interests: [umwelt],
			availability: 1 << 15,
			districts: [altstadt],
			skills: ['Kochen', 'Excel'],
			languages: ['ar'],
			homePostcode: '24937',
			travelRadiusKm: 5,
			ageBand: '30_49',
			lookingFor: 'once',
			wantsAdvice: false,
			adviceConsentAt: null
		});
		expect(shown.homeLocated).toBe(true);
		expect(shown.fields.map((f) => f.id)).toContain(umwelt);
		expect(shown.districts.map((d) => d.name)).toEqual(['Altstadt', 'Nordufer']);

		// Another person sees only their own (empty) profile and cannot change hers.
		const theirs = env().ctx(tenant, other.actor);
		expect(valueOf(await showVolunteerProfile(theirs)).profile).toBeNull();
		expect(valueOf(await matchOpportunities(theirs, {})).profile).toBe(false);
		expect((await saveVolunteerProfile(theirs, profileForm({ interests: [] }))).ok).toBe(true);
		expect(valueOf(await showVolunteerProfile(mine)).profile?.interests).toEqual([umwelt]);
		// A visitor has no profile to read or write.
		expect(await showVolunteerProfile(env().ctx(tenant))).toEqual({ ok: false, error: 'forbidden' });
		expect(await saveVolunteerProfile(env().ctx(tenant), profileForm({}))).toEqual({ ok: false, error: 'forbidden' });
		expect(await matchOpportunities(env().ctx(tenant), {})).toEqual({ ok: false, error: 'forbidden' });
		expect(await deleteVolunteerProfile(env().ctx(tenant))).toEqual({ ok: false, error: 'forbidden' });
	});

	it('refuses bad input with a sentence per field and asks for consent with the request for advice', async () => {
		const { tenant } = await town();
		const person = env().ctx(tenant, (await env().account(tenant)).actor);
		expect(await saveVolunteerProfile(person, profileForm({ homePostcode: '249', travelRadiusKm: '7', ageBand: 'uralt', lookingFor: 'immer' }))).toEqual({
			ok: false,
			error: 'invalid',
			fields: { homePostcode: 'error.postcode', travelRadiusKm: 'error.choose_one', ageBand: 'error.choose_one', lookingFor: 'error.choose_one' }
		});
		expect(await saveVolunteerProfile(person, profileForm({ wantsAdvice: 'on' }))).toEqual({ ok: false, error: 'invalid', fields: { adviceConsent: 'matching.error.consent' } });

		expect((await saveVolunteerProfile(person, profileForm({ wantsAdvice: 'on', adviceConsent: 'on' }))).ok).toBe(true);
		const consented = valueOf(await showVolunteerProfile(person)).profile!;
		expect(consented.wantsAdvice).toBe(true);
		expect(consented.adviceConsentAt).toBeInstanceOf(Date);
		// Saving again keeps the time of the consent; taking the request back forgets it.
		expect((await saveVolunteerProfile(person, profileForm({ wantsAdvice: 'on', adviceConsent: 'on', skills: 'Gitarre' }))).ok).toBe(true);
		expect(valueOf(await showVolunteerProfile(person)).profile!.adviceConsentAt).toEqual(consented.adviceConsentAt);
		expect((await saveVolunteerProfile(person, profileForm({ adviceConsent: 'on' }))).ok).toBe(true);
		expect(valueOf(await showVolunteerProfile(person)).profile).toMatchObject({ wantsAdvice: false, adviceConsentAt: null });
	});

	it('ranks published opportunities against the profile and says why', async () => {
		const { tenant, organisationId, deich, moor, umwelt, sport } = await town();
		const db = env().db;
		const person = env().ctx(tenant, (await env().account(tenant)).actor);
		const deichputz = await publishedOpportunity(db, tenant, { organisationId, title: 'Deichputz', commitment: 'once', schedule: 1 << 15, placeIds: [deich], fieldIds: [umwelt] });
		const moorpflege = await publishedOpportunity(db, tenant, { organisationId, title: 'Moorpflege', commitment: 'regular', schedule: 1 << 5, placeIds: [moor], fieldIds: [umwelt] });
		await publishedOpportunity(db, tenant, { organisationId, title: 'Übungsleitung', commitment: 'regular', schedule: 1 << 5, placeIds: [moor], fieldIds: [sport] });
		await publishedOpportunity(db, tenant, { organisationId, title: 'Entwurf am Deich', status: 'draft', commitment: 'once', schedule: 1 << 15, placeIds: [deich], fieldIds: [umwelt] });
		await publishedOpportunity(db, tenant, { organisationId, title: 'Abgelaufen', expiresAt: new Date(Date.now() - 86_400_000), commitment: 'once', placeIds: [deich], fieldIds: [umwelt] });
		await publishedOpportunity(db, tenant, { organisationId, title: 'Erst ab 18', minAge: 18, commitment: 'once', placeIds: [deich], fieldIds: [umwelt] });
		// Another town's opportunity never appears.
		const elsewhere = await env().tenant();
		await publishedOpportunity(db, elsewhere, { organisationId: await env().organisation(elsewhere), title: 'Anderswo', commitment: 'once', fieldIds: [await fieldId(db, elsewhere, 'umwelt')] });

		expect((await saveVolunteerProfile(person, profileForm({ interests: umwelt, availability: 'sat-morning', homePostcode: '24937', travelRadiusKm: '5', lookingFor: 'once' }))).ok).toBe(true);
		const { matches } = valueOf(await matchOpportunities(person, {}));
		expect(matches.items.map((m) => m.title)).toEqual(['Deichputz', 'Erst ab 18', 'Moorpflege']);
		const [first, , last] = matches.items;
		expect(first).toMatchObject({ id: deichputz, organisation: 'Naturschutzbund Hafenstadt', districts: ['Altstadt'] });
		expect(first.distanceKm).toBeCloseTo(1.2, 1);
		expect(describeMatch('de', first)).toEqual({ fits: 'Passt zu Ihrem Interesse Umwelt & Naturschutz, Samstag vormittags, 1,2 km entfernt, einmalig, wie Sie es suchen.', misses: null });
		expect(last.id).toBe(moorpflege);
		expect(describeMatch('de', last)).toEqual({
			fits: 'Passt zu Ihrem Interesse Umwelt & Naturschutz.',
			misses: 'Passt weniger: zu anderen Zeiten (Dienstag abends), 11,1 km entfernt, weiter als Ihre 5 km, regelmäßig, Sie suchen etwas Einmaliges.'
		});
		expect(first.score).toBeGreaterThan(last.score);

		// A young person is not shown what starts at 18.
		expect((await saveVolunteerProfile(person, profileForm({ interests: umwelt, ageBand: 'under_18' }))).ok).toBe(true);
		expect(valueOf(await matchOpportunities(person, {})).matches.items.map((m) => m.title)).toEqual(['Deichputz', 'Moorpflege']);
	});

	it('pages through the matches', async () => {
		const { tenant, organisationId, umwelt } = await town();
		const person = env().ctx(tenant, (await env().account(tenant)).actor);
		for (let i = 0; i < MATCHES_PER_PAGE + 3; i++) await publishedOpportunity(env().db, tenant, { organisationId, title: `Online-Aufgabe ${String(i).padStart(2, '0')}`, fieldIds: [umwelt] });
		expect((await saveVolunteerProfile(person, profileForm({ interests: umwelt }))).ok).toBe(true);
		const first = valueOf(await matchOpportunities(person, {})).matches;
		const second = valueOf(await matchOpportunities(person, { seite: '2' })).matches;
		expect([first.total, first.items.length, second.page, second.items.length]).toEqual([MATCHES_PER_PAGE + 3, MATCHES_PER_PAGE, 2, 3]);
		expect(new Set([...first.items, ...second.items].map((m) => m.id)).size).toBe(MATCHES_PER_PAGE + 3);
		// An empty profile matches nothing rather than everything.
		expect((await saveVolunteerProfile(person, profileForm({}))).ok).toBe(true);
		expect(valueOf(await matchOpportunities(person, {}))).toMatchObject({ profile: true, matches: { total: 0, items: [] } });
	});

	it('shows the home card only to people with a profile', async () => {
		const { tenant } = await town();
		const person = await env().account(tenant);
		const ctx = env().ctx(tenant, person.actor);
		const cards = async (c: typeof ctx) => (await navigationFor(c, 'home')).map((l) => l.path);
		expect(await cards(ctx)).not.toContain('/engagement/passt-zu-mir');
		expect((await saveVolunteerProfile(ctx, profileForm({}))).ok).toBe(true);
		expect(await cards(ctx)).toContain('/engagement/passt-zu-mir');
		expect(await cards(env().ctx(tenant))).not.toContain('/engagement/passt-zu-mir');
		expect((await deleteVolunteerProfile(ctx)).ok).toBe(true);
		expect(await hasProfile(env().db, tenant.id, person.accountId)).toBe(false);
	});

	it('is part of the account’s data export and goes with the account', async () => {
		const { tenant, umwelt, altstadt } = await town();
		const person = await env().account(tenant);
		const ctx = env().ctx(tenant, person.actor);
		expect((await saveVolunteerProfile(ctx, profileForm({ interests: umwelt, districts: altstadt, wantsAdvice: 'on', adviceConsent: 'on' }))).ok).toBe(true);
		const exported = valueOf(await exportMyData(ctx)) as { volunteerProfile: { interestNames: string[]; districtNames: string[]; wantsAdvice: boolean; adviceConsentAt: Date } };
		expect(exported.volunteerProfile).toMatchObject({ interestNames: ['Umwelt & Naturschutz'], districtNames: ['Altstadt'], wantsAdvice: true });
		expect(exported.volunteerProfile.adviceConsentAt).toBeTruthy();
		expect((await deleteAccount(ctx, { currentPassword: PASSWORD, confirm: 'on' })).ok).toBe(true);
		expect(await hasProfile(env().db, tenant.id, person.accountId)).toBe(false);
	});
});
