import { and, desc, eq, inArray, or, sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { nationalDigits, type PersonalDataSource, type PersonalDataSubject } from '$lib/server/core/privacy';
import { entitiesActedOnBy } from '$lib/server/core/audit';
import { loadActor } from '$lib/server/core/accounts';
import { places } from './schema';
import { organisationInvitations, organisations } from '../../core/organisations/schema';

/**
 * The Vereinsregister keeps who proposed an organisation, who invited whom by e-mail, and the
 * contact details people enter for their organisations. Organisations and their places belong
 * to the town's directory and stay; after an account's deletion they no longer point to it,
 * the contact details that were hers are empty and her name, addresses and phone are gone
 * from what she wrote. Invitations to her are deleted.
 */

/** Organisations she proposed, belongs to or edited: there she may have entered herself. */
async function organisationsOf(db: Db, { tenantId, accountId }: PersonalDataSubject): Promise<string[]> {
	const [proposed, actor, edited] = await Promise.all([
		db
			.select({ id: organisations.id })
			.from(organisations)
			.where(and(eq(organisations.tenantId, tenantId), eq(organisations.createdBy, accountId))),
		loadActor(db, tenantId, accountId),
		entitiesActedOnBy(db, tenantId, accountId, 'organisation')
	]);
	return [...new Set([...proposed.map((o) => o.id), ...actor.memberships.map((m) => m.organisationId), ...edited])];
}

const lowerIn = (column: SQLWrapper, values: string[]) =>
	inArray(
		sql`lower(${column})`,
		values.map((v) => v.toLowerCase())
	);
const sameName = (a: string, b: string) => a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');
const samePhone = (phone: string, phones: string[]) => phone.trim() !== '' && phones.some((p) => nationalDigits(p) === nationalDigits(phone));

export const directoryPersonalData: PersonalDataSource = {
	name: 'directory',
	async identify(db, subject) {
		const ids = await organisationsOf(db, subject);
		// Where she is the contact (by her address anywhere, by her name where she entered it), the name and phone beside it are hers too.
		const rows = await db
			.select({ id: organisations.id, contactName: organisations.contactName, contactEmail: organisations.contactEmail, contactPhone: organisations.contactPhone })
			.from(organisations)
			.where(and(eq(organisations.tenantId, subject.tenantId), or(lowerIn(organisations.contactEmail, subject.emails), ids.length ? inArray(organisations.id, ids) : sql`false`)));
		const hers = rows.filter((r) => subject.emails.includes(r.contactEmail.toLowerCase()) || (ids.includes(r.id) && subject.names.some((n) => r.contactName !== '' && sameName(n, r.contactName))));
		return { names: hers.map((r) => r.contactName), phones: hers.map((r) => r.contactPhone) };
	},
	async export(db, subject) {
		const { tenantId, accountId, emails } = subject;
		const ids = await organisationsOf(db, subject);
		const contact = {
			contactName: organisations.contactName,
			contactEmail: organisations.contactEmail,
			contactPhone: organisations.contactPhone,
			contactPublic: organisations.contactPublic
		};
		const [proposed, asContact, entered, invitations] = await Promise.all([
			db
				.select({ id: organisations.id, name: organisations.name, status: organisations.status, createdAt: organisations.createdAt, ...contact })
				.from(organisations)
				.where(and(eq(organisations.tenantId, tenantId), eq(organisations.createdBy, accountId)))
				.orderBy(desc(organisations.createdAt)),
			db
				.select({ id: organisations.id, name: organisations.name, ...contact })
				.from(organisations)
				.where(and(eq(organisations.tenantId, tenantId), or(lowerIn(organisations.contactEmail, emails), lowerIn(organisations.email, emails))))
				.orderBy(organisations.sortKey),
			ids.length
				? db
						.select({ id: places.id, organisationId: places.organisationId, name: places.name, street: places.street, postcode: places.postcode, city: places.city, openingHours: places.openingHours })
						.from(places)
						.where(and(eq(places.tenantId, tenantId), inArray(places.organisationId, ids)))
						.orderBy(places.name)
				: Promise.resolve([]),
			db
				.select({
					organisation: organisations.name,
					email: organisationInvitations.email,
					role: organisationInvitations.role,
					sentByMe: sql<boolean>`${organisationInvitations.invitedBy} is not distinct from ${accountId}::uuid`,
					createdAt: organisationInvitations.createdAt,
					acceptedAt: organisationInvitations.acceptedAt
				})
				.from(organisationInvitations)
				.innerJoin(organisations, and(eq(organisations.tenantId, organisationInvitations.tenantId), eq(organisations.id, organisationInvitations.organisationId)))
				.where(and(eq(organisationInvitations.tenantId, tenantId), or(eq(organisationInvitations.invitedBy, accountId), lowerIn(organisationInvitations.email, emails))))
				.orderBy(desc(organisationInvitations.createdAt))
		]);
		return { proposedOrganisations: proposed, organisationsWithMyContact: asContact, placesOfMyOrganisations: entered, invitations };
	},
	async erase(db, subject) {
		const { tenantId, accountId, emails, phones, redact } = subject;
		const ids = await organisationsOf(db, subject);

		// Her address is hers alone: wherever an organisation gives it, it goes.
		const rows = await db
			.select()
			.from(organisations)
			.where(
				and(eq(organisations.tenantId, tenantId), or(lowerIn(organisations.contactEmail, emails), lowerIn(organisations.email, emails), ids.length ? inArray(organisations.id, ids) : sql`false`))
			);
		for (const org of rows) {
			const entered = ids.includes(org.id);
			const isHers = (value: string) => emails.includes(value.toLowerCase());
			const contactName = redact.mentions(org.contactName) ? '' : org.contactName;
			const contactEmail = isHers(org.contactEmail) ? '' : org.contactEmail;
			const contactPhone = samePhone(org.contactPhone, phones) ? '' : org.contactPhone;
			const changes = {
				contactName,
				contactEmail,
				contactPhone,
				contactPublic: org.contactPublic && !!(contactName || contactEmail || contactPhone),
				email: isHers(org.email) ? '' : org.email,
				phone: samePhone(org.phone, phones) ? '' : org.phone,
				// What she wrote about the organisation stays, without her name, addresses and phone.
				...(entered ? { description: redact.text(org.description), socialLinks: redact.json(org.socialLinks) } : {})
			};
			if (Object.entries(changes).some(([k, v]) => JSON.stringify(v) !== JSON.stringify(org[k as keyof typeof org])))
				await db
					.update(organisations)
					.set(changes)
					.where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, org.id)));
		}

		if (ids.length) {
			const entered = await db
				.select({ id: places.id, name: places.name, street: places.street, city: places.city, openingHours: places.openingHours })
				.from(places)
				.where(and(eq(places.tenantId, tenantId), inArray(places.organisationId, ids)));
			for (const place of entered) {
				const changes = { name: redact.text(place.name), street: redact.text(place.street), city: redact.text(place.city), openingHours: redact.text(place.openingHours) };
				if (Object.entries(changes).some(([k, v]) => v !== place[k as keyof typeof place]))
					await db
						.update(places)
						.set(changes)
						.where(and(eq(places.tenantId, tenantId), eq(places.id, place.id)));
			}
		}

		await db.delete(organisationInvitations).where(and(eq(organisationInvitations.tenantId, tenantId), lowerIn(organisationInvitations.email, emails)));
		// Invitations the person sent were made for the organisation: they stay valid, without the sender.
		await db
			.update(organisationInvitations)
			.set({ invitedBy: null })
			.where(and(eq(organisationInvitations.tenantId, tenantId), eq(organisationInvitations.invitedBy, accountId)));
		await db
			.update(organisations)
			.set({ createdBy: null })
			.where(and(eq(organisations.tenantId, tenantId), eq(organisations.createdBy, accountId)));
	}
};
