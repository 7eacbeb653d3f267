import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { PersonalDataSource, PersonalDataSubject } from '$lib/server/core/privacy';
import { daysBefore, deleteWhere, type RetentionRule } from '$lib/server/core/retention';
import { organisations } from '../../../core/organisations/schema';
import { applicationNotes, applications, opportunities } from '../schema';
import { CONFIRM_DAYS } from './guest-application';

/** Hers: sent from her account, or as a guest from one of her addresses. */
const hers = ({ tenantId, accountId, emails }: PersonalDataSubject) =>
	and(eq(applications.tenantId, tenantId), or(eq(applications.accountId, accountId), emails.length ? and(isNull(applications.accountId), inArray(applications.guestEmail, emails)) : sql`false`));

async function herApplications(db: Db, subject: PersonalDataSubject) {
	return db
		.select({
			id: applications.id,
			opportunity: opportunities.title,
			organisation: organisations.name,
			status: applications.status,
			message: applications.message,
			sharedContact: applications.sharedContact,
			guestName: applications.guestName,
			guestEmail: applications.guestEmail,
			confirmedAt: applications.confirmedAt,
			createdAt: applications.createdAt,
			statusChangedAt: applications.statusChangedAt
		})
		.from(applications)
		.innerJoin(opportunities, and(eq(opportunities.tenantId, applications.tenantId), eq(opportunities.id, applications.opportunityId)))
		.innerJoin(organisations, and(eq(organisations.tenantId, opportunities.tenantId), eq(organisations.id, opportunities.organisationId)))
		.where(hers(subject))
		.orderBy(desc(applications.createdAt));
}

/**
 * Applications are the applicant's data: "Meine Daten" shows them with the organisation's notes
 * about them (Art. 15 DSGVO covers those too), and deleting the account deletes them, the guest
 * ones sent from her addresses included. Notes she wrote for an organisation stay with it,
 * without her name.
 */
export const applicationPersonalData: PersonalDataSource = {
	name: 'engagement.applications',
	async identify(db, subject) {
		const rows = await herApplications(db, subject);
		return {
			names: rows.flatMap((r) => (r.guestName ? [r.guestName] : [])),
			phones: rows.flatMap((r) => (r.sharedContact.phone ? [r.sharedContact.phone] : []))
		};
	},
	async export(db, subject) {
		const rows = await herApplications(db, subject);
		const notes = rows.length
			? await db
					.select({ applicationId: applicationNotes.applicationId, text: applicationNotes.text, createdAt: applicationNotes.createdAt })
					.from(applicationNotes)
					.where(
						and(
							eq(applicationNotes.tenantId, subject.tenantId),
							inArray(
								applicationNotes.applicationId,
								rows.map((r) => r.id)
							)
						)
					)
			: [];
		const written = await db
			.select({ applicationId: applicationNotes.applicationId, text: applicationNotes.text, createdAt: applicationNotes.createdAt })
			.from(applicationNotes)
			.where(and(eq(applicationNotes.tenantId, subject.tenantId), eq(applicationNotes.authorId, subject.accountId)));
		return {
			applications: rows.map((r) => ({ ...r, organisationNotes: notes.filter((n) => n.applicationId === r.id).map(({ applicationId: _, ...n }) => n) })),
			notesWritten: written
		};
	},
	async erase(db, subject) {
		await db.delete(applications).where(hers(subject));
		const written = await db
			.select({ id: applicationNotes.id, text: applicationNotes.text })
			.from(applicationNotes)
			.where(and(eq(applicationNotes.tenantId, subject.tenantId), eq(applicationNotes.authorId, subject.accountId)));
		for (const note of written)
			await db
				.update(applicationNotes)
				.set({ authorId: null, text: subject.redact.text(note.text) })
				.where(and(eq(applicationNotes.tenantId, subject.tenantId), eq(applicationNotes.id, note.id)));
	}
};

/** Periods of decision 0025, in days. */
export const APPLICATION_RETENTION_DAYS = {
	/** Declined or withdrawn: nothing more will come of it. */
	closed: 365,
	/** Accepted: long enough for the organisation to confirm hours or a certificate. */
	accepted: 730
} as const;

export const applicationRetention: RetentionRule = {
	name: 'engagement.applications',
	purge: async (db, now) =>
		(await deleteWhere(db, applications, and(isNull(applications.confirmedAt), lt(applications.createdAt, daysBefore(now, CONFIRM_DAYS))))) +
		(await deleteWhere(db, applications, and(inArray(applications.status, ['declined', 'withdrawn']), lt(applications.statusChangedAt, daysBefore(now, APPLICATION_RETENTION_DAYS.closed))))) +
		(await deleteWhere(db, applications, and(eq(applications.status, 'accepted'), lt(applications.statusChangedAt, daysBefore(now, APPLICATION_RETENTION_DAYS.accepted)))))
};
