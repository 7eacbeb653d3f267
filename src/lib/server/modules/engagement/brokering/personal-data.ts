import { and, eq } from 'drizzle-orm';
import type { PersonalDataSource } from '$lib/server/core/privacy';
import { consultations, suggestions } from '../schema';
import { suggestionsFor } from './queries';

/**
 * Brokering keeps the consultations logged about a volunteer and the opportunities suggested to
 * them. "Meine Daten" shows both; deleting the account deletes them. A coordinator's deletion
 * leaves her entries in the log without her name.
 */
export const brokeringPersonalData: PersonalDataSource = {
	name: 'engagement.brokering',
	async export(db, { tenantId, accountId }) {
		const [logged, suggested] = await Promise.all([
			db
				.select({ heldOn: consultations.heldOn, topic: consultations.topic, note: consultations.note })
				.from(consultations)
				.where(and(eq(consultations.tenantId, tenantId), eq(consultations.accountId, accountId))),
			suggestionsFor(db, tenantId, accountId)
		]);
		return {
			consultations: logged,
			suggestions: suggested.map((s) => ({ opportunity: s.title, organisation: s.organisation, message: s.message, status: s.status, createdAt: s.createdAt, answeredAt: s.answeredAt }))
		};
	},
	async erase(db, { tenantId, accountId }) {
		await db.delete(consultations).where(and(eq(consultations.tenantId, tenantId), eq(consultations.accountId, accountId)));
		await db.delete(suggestions).where(and(eq(suggestions.tenantId, tenantId), eq(suggestions.accountId, accountId)));
		await db
			.update(consultations)
			.set({ authorId: null })
			.where(and(eq(consultations.tenantId, tenantId), eq(consultations.authorId, accountId)));
		await db
			.update(suggestions)
			.set({ suggestedBy: null })
			.where(and(eq(suggestions.tenantId, tenantId), eq(suggestions.suggestedBy, accountId)));
	}
};
