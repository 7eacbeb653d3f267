import { afterAll, expect, it } from 'vitest';
import { createHash, randomInt } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { describeOnDatabases, PASSWORD, valueOf, type TestEnv } from '$lib/server/testing/databases';
import type { Tenant } from '../core/tenants';
import type { Ctx } from '../core/context';
import { mailAttachments, mails } from '../core/mail/schema';
import { notifications } from '../core/notifications/schema';
import { notify, unsubscribe, updateNotificationSettings } from '../core/notifications';
import { auditLog } from '../core/audit/schema';
import { moderationItems } from '../core/moderation/schema';
import { accessibilityFeedback } from '../core/legal/schema';
import { submitAccessibilityFeedback } from '../core/legal';
import { answerAccessibilityFeedback } from '../core/legal/answer-feedback';
import { decideModeration, listModeration } from '../core/moderation';
import { configureRateLimits, consumeRateLimit } from '../core/http/rate-limit';
import { mailPasswordResetLink } from '../core/accounts/request-password-reset';
import { accountPreviousEmails } from '../core/accounts/schema';
import { assignRole, confirmEmail, deleteAccount, exportMyData, findAccountByEmail, loadActor, registerAccount, requestEmailChange, requestPasswordReset, signIn } from '../core/accounts';
import { addPlace, proposeOrganisation, updateOrganisation } from '$lib/server/modules/directory';
import { acceptInvitation, inviteMember } from '$lib/server/core/organisations';
import { places } from '$lib/server/modules/directory/schema';
import { organisationInvitations, organisations } from '$lib/server/core/organisations/schema';

/** The link token of the newest mail of a template to an address, as the person would click it. */
async function tokenFromMail(ctx: Ctx, to: string, template: string): Promise<string> {
	const [mail] = await ctx.db
		.select({ text: mails.textBody })
		.from(mails)
		.where(and(eq(mails.tenantId, ctx.tenant.id), eq(mails.toAddress, to), eq(mails.template, template)))
		.orderBy(desc(mails.createdAt))
		.limit(1);
	const token = /token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
	if (!token) throw new Error(`no ${template} link in mail to ${to}`);
	return token;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Letters only, so a name stays a name and the scan cannot meet it by chance in another suite's rows. */
const randomLetters = (n: number) => Array.from({ length: n }, () => 'bcdfghjklmnprstvwz'[randomInt(18)]).join('');

/** The parts of "Meine Daten" this test looks into. */
interface ExportedData {
	notifications: { entries: { kind: string }[]; preferences: { kind: string; delivery: string }[]; unsubscribedWithoutAccount: { kind: string }[] };
	account: { email: string; previousEmails: { email: string }[] };
	mails: { to: string; text: string }[];
	auditLog: { actionsByMe: { action: string }[]; actionsAboutMe: { action: string }[] };
	accessibilityFeedback: { pageUrl: string; status: string }[];
	moderation: { reason: string | null }[];
	directory: {
		proposedOrganisations: { id: string; contactName: string; contactPhone: string }[];
		placesOfMyOrganisations: { name: string }[];
		invitations: { email: string; sentByMe: boolean }[];
	};
}

interface Leftover {
	table: string;
	column: string;
	needle: string;
	value: string;
}

/**
 * Every text, varchar, json and jsonb column (and text arrays) of every table in the schema,
 * found from the catalogue, so tables added later are scanned without changing this test.
 */
async function findLeftovers(env: TestEnv, needles: string[], phoneDigits: string): Promise<Leftover[]> {
	const { rows: columns } = (await env.db.execute(sql`
		select c.table_name, c.column_name
		from information_schema.columns c
		join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
		where c.table_schema = current_schema()
			and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb') or c.udt_name in ('_text', '_varchar'))
		order by c.table_name, c.column_name`)) as unknown as { rows: { table_name: string; column_name: string }[] };
	expect(columns.length).toBeGreaterThan(20);
	const leftovers: Leftover[] = [];
	for (const { table_name: table, column_name: column } of columns) {
		const value = sql`${sql.identifier(table)}.${sql.identifier(column)}::text`;
		for (const needle of needles) {
			const { rows } = (await env.db.execute(sql`select ${value} as value from ${sql.identifier(table)} where ${value} ilike ${`%${needle}%`} limit 1`)) as unknown as { rows: { value: string }[] };
			if (rows.length) leftovers.push({ table, column, needle, value: rows[0].value.slice(0, 300) });
		}
		// The phone in any spelling: "0171 …", "+49 171 …", "0171/…".
		const { rows } = (await env.db.execute(
			sql`select ${value} as value from ${sql.identifier(table)} where regexp_replace(${value}, '[^0-9]', '', 'g') like ${`%${phoneDigits}%`} limit 1`
		)) as unknown as { rows: { value: string }[] };
		if (rows.length) leftovers.push({ table, column, needle: phoneDigits, value: rows[0].value.slice(0, 300) });
	}
	return leftovers;
}

describeOnDatabases('erasure of a person who touched everything', (env) => {
	let ratePool: pg.Pool | undefined;
	afterAll(async () => {
		configureRateLimits();
		await ratePool?.end();
	});

	/**
	 * A counted attempt under keys as a route may form them: with the address as typed and as its
	 * SHA-256. On PostgreSQL the counters live in the rate_limits table, as with several nodes;
	 * the store creates it in the background.
	 */
	async function countAttempt(key: string) {
		if (env().kind === 'postgres' && !ratePool) {
			ratePool = new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL, max: 2 });
			configureRateLimits(ratePool);
		}
		for (let attempt = 0; ; attempt++) {
			try {
				return await consumeRateLimit('register', key);
			} catch (error) {
				if (attempt > 100 || !String(error).includes('not created')) throw error;
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		}
	}

	async function person(tenant: Tenant) {
		const tag = randomLetters(10);
		const displayName = `Mirela Ostrowska${tag}`;
		const firstEmail = `mirela.${tag}@example.org`;
		const secondEmail = `m.ostrowska.${tag}@example.net`;
		const pendingEmail = `mo.${tag}@example.com`;
		const nationalNumber = `171${randomInt(1_000_000, 9_999_999)}`;
		const phone = `0${nationalNumber.slice(0, 3)} ${nationalNumber.slice(3)}`;
		return {
			tag,
			displayName,
			firstEmail,
			secondEmail,
			pendingEmail,
			nationalNumber,
			phone,
			internationalPhone: `+49 ${nationalNumber.slice(0, 3)} ${nationalNumber.slice(3, 6)} ${nationalNumber.slice(6)}`,
			tenant
		};
	}

	it('exports her data from every source without live links, and leaves nothing of her in any column of any table', async () => {
		const tenant = await env().tenant();
		const visitor = env().ctx(tenant);
		const admin = await env().account(tenant, ['admin']);
		const coordinator = await env().account(tenant, ['coordinator']);
		const neighbour = await env().account(tenant);
		const staff = env().ctx(tenant, coordinator.actor);
		const neighbourOrganisation = await env().organisation(tenant, { name: 'Tafel am Hafen', contactName: 'Jonas Brandt', contactEmail: neighbour.email, contactPhone: '0431 998877' });
		await env().member(tenant, { organisationId: neighbourOrganisation, accountId: neighbour.accountId, role: 'owner' });
		const neighbourCtx = env().ctx(tenant, await loadActor(env().db, tenant.id, neighbour.accountId));
		const her = await person(tenant);

		// Registers, confirms, signs in (counted by the rate limit), reports a barrier with her address.
		expect((await registerAccount(visitor, { displayName: her.displayName, email: her.firstEmail, password: PASSWORD })).ok).toBe(true);
		expect((await confirmEmail(visitor, await tokenFromMail(visitor, her.firstEmail, 'verify_email'))).ok).toBe(true);
		expect((await countAttempt(`${tenant.id}|203.0.113.7|${her.firstEmail}`)).ok).toBe(true);
		expect((await countAttempt(`${tenant.id}:${sha256(her.firstEmail)}`)).ok).toBe(true);
		const session = valueOf(await signIn(visitor, { email: her.firstEmail, password: PASSWORD }));
		const ctx = () => loadActor(env().db, tenant.id, session.accountId).then((actor) => env().ctx(tenant, actor));
		expect(
			(
				await submitAccessibilityFeedback(visitor, {
					pageUrl: '/netzwerk/stadtplan',
					message: `Die Karte ist ohne Maus nicht bedienbar. Rückruf gern unter ${her.phone}, ${her.displayName}.`,
					contactEmail: her.firstEmail
				})
			).ok
		).toBe(true);

		// The admin answers her, by name, and handles it; the answer goes to her address.
		const [reported] = await env().db.select({ id: accessibilityFeedback.id }).from(accessibilityFeedback).where(eq(accessibilityFeedback.tenantId, tenant.id));
		const answer = { feedbackId: reported.id, status: 'answered', handlerId: admin.accountId, reply: `Guten Tag ${her.displayName}, die Karte ist jetzt mit der Tastatur bedienbar.` };
		expect(valueOf(await answerAccessibilityFeedback(env().ctx(tenant, admin.actor), answer))).toMatchObject({ mailed: true });

		// A neighbour invites her first address; she never answers that one.
		expect((await inviteMember(neighbourCtx, { email: her.firstEmail, role: 'editor', organisationId: neighbourOrganisation })).ok).toBe(true);

		// She proposes an organisation with herself as the contact, under her first address.
		const profile = {
			name: `Nachbarschaftsgarten Ost ${her.tag}`,
			kind: 'initiative',
			description: `Gegründet von ${her.displayName}. Fragen an ${her.firstEmail} oder ${her.phone}.`,
			contactName: her.displayName,
			contactEmail: her.firstEmail,
			contactPhone: her.phone,
			contactPublic: 'on',
			email: her.firstEmail,
			phone: her.phone
		};
		const { organisationId } = valueOf(await proposeOrganisation(await ctx(), profile));

		// She changes her address once and confirms it; the old one is remembered.
		expect((await requestEmailChange(await ctx(), { email: her.secondEmail, currentPassword: PASSWORD })).ok).toBe(true);
		expect((await confirmEmail(visitor, await tokenFromMail(visitor, her.secondEmail, 'change_email'))).ok).toBe(true);
		const rows = await env().db.select().from(accountPreviousEmails).where(eq(accountPreviousEmails.accountId, session.accountId));
		expect(rows.map((r) => r.email)).toEqual([her.firstEmail]);

		// She enters a place, invites a helper; a coordinator asks for changes quoting her; she edits; it is approved.
		valueOf(
			await addPlace(await ctx(), {
				name: `Garten bei ${her.displayName}`,
				street: 'Lindenweg 3',
				postcode: '24103',
				city: 'Kiel',
				openingHours: `Schlüssel bei ${her.displayName.toUpperCase()}, Tel. ${her.internationalPhone}`,
				organisationId
			})
		);
		expect((await inviteMember(await ctx(), { email: `helfer.${her.tag}@example.org`, role: 'editor', organisationId })).ok).toBe(true);
		const item = valueOf(await listModeration(staff)).find((i) => i.subjectId === organisationId)!;
		expect(
			(
				await decideModeration(staff, {
					itemId: item.id,
					decision: 'changes_requested',
					reason: `Bitte bestätigen Sie, dass ${her.displayName} (${her.firstEmail}, ${her.phone}) öffentlich genannt werden darf.`
				})
			).ok
		).toBe(true);
		valueOf(await updateOrganisation(await ctx(), { ...profile, contactEmail: her.secondEmail, socialLinks: [{ label: her.displayName, url: 'https://example.org/garten' }], organisationId }));
		const again = valueOf(await listModeration(staff)).find((i) => i.subjectId === organisationId)!;
		expect((await decideModeration(staff, { itemId: again.id, decision: 'approved' })).ok).toBe(true);

		// An admin gives her a role; the neighbour invites her new address and she accepts.
		expect((await assignRole(env().ctx(tenant, admin.actor), { accountId: session.accountId, role: 'partner' })).ok).toBe(true);
		expect((await inviteMember(neighbourCtx, { email: her.secondEmail, role: 'editor', organisationId: neighbourOrganisation })).ok).toBe(true);
		valueOf(await acceptInvitation(await ctx(), await tokenFromMail(visitor, her.secondEmail, 'organisation_invitation')));

		// A password reset (the job's work done at once), a second sign-in and a move to a third address she never confirms.
		expect((await requestPasswordReset(visitor, { email: her.secondEmail })).ok).toBe(true);
		await mailPasswordResetLink(env().db, tenant.id, { accountId: session.accountId, tenantName: tenant.name, baseUrl: visitor.baseUrl });
		expect((await countAttempt(`${tenant.id}|203.0.113.7|${her.secondEmail}`)).ok).toBe(true);
		expect((await countAttempt(`${tenant.id}:${sha256(her.secondEmail)}`)).ok).toBe(true);
		valueOf(await signIn(visitor, { email: her.secondEmail, password: PASSWORD }));
		expect((await requestEmailChange(await ctx(), { email: her.pendingEmail, currentPassword: PASSWORD })).ok).toBe(true);

		// Notifications: she chooses a weekly digest; a reminder to her unconfirmed new address (no account has it
		// yet) she stops with its link; the neighbour hears of her garden, with a calendar entry and a PDF.
		valueOf(await updateNotificationSettings(await ctx(), { organisation_stale: 'weekly' }));
		await notify(env().db, visitor, { kind: 'organisation_stale', to: { email: her.pendingEmail, locale: 'de' }, params: { name: her.displayName, organisation: profile.name }, link: '/netzwerk' });
		const [reminder] = await env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.toAddress, her.pendingEmail), eq(mails.template, 'organisation_stale')));
		valueOf(await unsubscribe(visitor, /token=([\w.-]+)>/.exec(reminder.headers['List-Unsubscribe'])![1]));
		await notify(env().db, visitor, {
			kind: 'moderation_approved',
			to: { accountId: neighbour.accountId },
			params: { name: 'Jonas Brandt', title: `Gartenfest bei ${her.displayName}`, reason: '' },
			link: `/netzwerk/organisationen/${organisationId}`,
			attachments: [
				{
					filename: 'gartenfest.ics',
					contentType: 'text/calendar',
					content: `BEGIN:VCALENDAR\r\nSUMMARY:Gartenfest bei ${her.displayName}\r\nORGANIZER:mailto:${her.secondEmail}\r\nEND:VCALENDAR\r\n`
				},
				{ filename: 'einladung.pdf', contentType: 'application/pdf', content: new TextEncoder().encode(`%PDF-1.7 ${her.displayName}`) }
			]
		});

		// "Meine Daten": every source has her data, under every address, and no link that still works.
		const exported = valueOf(await exportMyData(await ctx()));
		const text = JSON.stringify(exported);
		expect(text).not.toMatch(/token=/);
		expect(text).toContain('[Link entfernt]');
		const data = exported as unknown as ExportedData;
		expect(data.account).toMatchObject({ email: her.secondEmail, displayName: her.displayName, previousEmails: [expect.objectContaining({ email: her.firstEmail })] });
		const mailed = data.mails.map((m) => m.to);
		expect(new Set(mailed)).toEqual(new Set([her.firstEmail, her.secondEmail, her.pendingEmail]));
		expect(data.auditLog.actionsByMe.map((e) => e.action)).toEqual(expect.arrayContaining(['organisation.updated', 'place.created', 'membership.invited']));
		expect(data.auditLog.actionsAboutMe.map((e) => e.action)).toContain('role.assigned');
		expect(data.accessibilityFeedback).toEqual([expect.objectContaining({ pageUrl: '/netzwerk/stadtplan', status: 'answered' })]);
		expect(data.moderation.map((m) => m.reason)).toEqual(expect.arrayContaining([expect.stringContaining(her.displayName)]));
		expect(data.directory.proposedOrganisations).toEqual([expect.objectContaining({ id: organisationId, contactName: her.displayName, contactPhone: her.phone })]);
		expect(data.directory.placesOfMyOrganisations.map((p) => p.name)).toContain(`Garten bei ${her.displayName}`);
		expect(data.notifications.entries.map((e) => e.kind).sort()).toEqual(['moderation_approved', 'moderation_changes_requested']);
		expect(data.notifications.preferences).toEqual([expect.objectContaining({ kind: 'organisation_stale', delivery: 'weekly' })]);
		expect(data.notifications.unsubscribedWithoutAccount).toEqual([expect.objectContaining({ kind: 'organisation_stale' })]);
		expect(data.directory.invitations.map((i) => `${i.email} ${i.sentByMe}`).sort()).toEqual([`${her.firstEmail} false`, `${her.secondEmail} false`, `helfer.${her.tag}@example.org true`].sort());

		// Before: the scan finds her, so it would see anything left behind.
		const addresses = [her.firstEmail, her.secondEmail, her.pendingEmail];
		const needles = [her.displayName, ...addresses, ...addresses.map(sha256), her.phone];
		expect((await findLeftovers(env(), needles, her.nationalNumber)).length).toBeGreaterThan(10);

		expect(await deleteAccount(await ctx(), { currentPassword: PASSWORD, confirm: 'on' })).toEqual({ ok: true, value: null });

		expect(await findLeftovers(env(), needles, her.nationalNumber)).toEqual([]);

		// What belongs to the town stays, without her.
		const [garden] = await env()
			.db.select()
			.from(organisations)
			.where(and(eq(organisations.tenantId, tenant.id), eq(organisations.id, organisationId)));
		expect(garden).toMatchObject({ name: profile.name, status: 'published', contactName: '', contactEmail: '', contactPhone: '', contactPublic: false, email: '', phone: '', createdBy: null });
		expect(garden.description).toBe('Gegründet von [entfernt]. Fragen an [entfernt] oder [entfernt].');
		const [neighbours] = await env()
			.db.select()
			.from(organisations)
			.where(and(eq(organisations.tenantId, tenant.id), eq(organisations.id, neighbourOrganisation)));
		expect(neighbours).toMatchObject({ contactName: 'Jonas Brandt', contactEmail: neighbour.email, contactPhone: '0431 998877' });
		const [place] = await env()
			.db.select()
			.from(places)
			.where(and(eq(places.tenantId, tenant.id), eq(places.organisationId, organisationId)));
		expect(place).toMatchObject({ name: 'Garten bei [entfernt]', street: 'Lindenweg 3', openingHours: 'Schlüssel bei [entfernt], Tel. [entfernt]' });
		const decisions = await env()
			.db.select()
			.from(moderationItems)
			.where(and(eq(moderationItems.tenantId, tenant.id), eq(moderationItems.subjectId, organisationId)));
		expect(decisions.map((d) => [d.status, d.submittedBy, d.reason]).sort()).toEqual(
			[
				['approved', null, null],
				['changes_requested', null, 'Bitte bestätigen Sie, dass [entfernt] ([entfernt], [entfernt]) öffentlich genannt werden darf.']
			].sort()
		);
		const log = await env().db.select().from(auditLog).where(eq(auditLog.tenantId, tenant.id));
		expect(log.filter((e) => e.action === 'organisation.updated').map((e) => e.actorId)).toEqual([null]);
		expect(log.some((e) => e.actorId === session.accountId || JSON.stringify([e.before, e.after]).includes(session.accountId))).toBe(false);
		const [helperMail] = await env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.toAddress, `helfer.${her.tag}@example.org`)));
		expect(helperMail.textBody).toContain('[entfernt]');
		// The neighbour keeps his notification and its mail without her; the calendar entry is redacted, the PDF cannot be and goes.
		const [news] = await env()
			.db.select()
			.from(notifications)
			.where(and(eq(notifications.tenantId, tenant.id), eq(notifications.accountId, neighbour.accountId)));
		expect(news.params).toMatchObject({ title: 'Gartenfest bei [entfernt]' });
		const [newsMail] = await env()
			.db.select()
			.from(mails)
			.where(and(eq(mails.tenantId, tenant.id), eq(mails.toAddress, neighbour.email), eq(mails.template, 'moderation_approved')));
		const files = await env()
			.db.select()
			.from(mailAttachments)
			.where(and(eq(mailAttachments.tenantId, tenant.id), eq(mailAttachments.mailId, newsMail.id)));
		expect(files.map((f) => [f.filename, f.content.toString('utf8')])).toEqual([
			['gartenfest.ics', 'BEGIN:VCALENDAR\r\nSUMMARY:Gartenfest bei [entfernt]\r\nORGANIZER:mailto:[entfernt]\r\nEND:VCALENDAR\r\n']
		]);
		const [report] = await env().db.select().from(accessibilityFeedback).where(eq(accessibilityFeedback.tenantId, tenant.id));
		expect(report).toMatchObject({
			contactEmail: null,
			message: 'Die Karte ist ohne Maus nicht bedienbar. Rückruf gern unter [entfernt], [entfernt].',
			reply: 'Guten Tag [entfernt], die Karte ist jetzt mit der Tastatur bedienbar.',
			status: 'answered',
			handlerId: admin.accountId
		});
		const invitations = await env().db.select().from(organisationInvitations).where(eq(organisationInvitations.tenantId, tenant.id));
		expect(invitations.map((i) => [i.email, i.invitedBy])).toEqual([[`helfer.${her.tag}@example.org`, null]]);
		expect(await findAccountByEmail(env().db, tenant.id, her.secondEmail)).toBeUndefined();
		// The deletion itself is on record, with the account's id only.
		expect(log.filter((e) => e.action === 'account.deleted').map((e) => [e.entityId, e.actorId])).toEqual([[session.accountId, null]]);
	});

	it('an account that never changed its address has exactly one; erasing someone else leaves a namesake’s organisation alone', async () => {
		const tenant = await env().tenant();
		const one = await env().account(tenant);
		const other = await env().account(tenant);
		// Both are called "Test Person"; the organisation names the other one as its contact.
		const organisationId = await env().organisation(tenant, { contactName: 'Test Person', contactEmail: other.email });
		const exported = valueOf(await exportMyData(env().ctx(tenant, one.actor))) as { account: { previousEmails: unknown[] } };
		expect(exported.account.previousEmails).toEqual([]);
		expect((await deleteAccount(env().ctx(tenant, one.actor), { currentPassword: PASSWORD, confirm: 'on' })).ok).toBe(true);
		const [organisation] = await env()
			.db.select()
			.from(organisations)
			.where(and(eq(organisations.tenantId, tenant.id), eq(organisations.id, organisationId)));
		expect(organisation).toMatchObject({ contactName: 'Test Person', contactEmail: other.email });
	});
});
