import { and, eq } from 'drizzle-orm';
import type { PersonalDataSource } from '$lib/server/core/privacy';
import { volunteerProfiles } from '../schema';
import { listCategories, listDistrictNames } from '$lib/server/modules/directory';
import { findProfile } from './queries';

/** The volunteer profile is the person's own: "Meine Daten" shows it whole, deleting the account deletes it. */
export const volunteerProfilePersonalData: PersonalDataSource = {
	name: 'volunteerProfile',
	async export(db, { tenantId, accountId }) {
		const profile = await findProfile(db, tenantId, accountId);
		if (!profile) return null;
		const { tenantId: _tenant, accountId: _account, ...answers } = profile;
		// The ids name the town's fields and districts: their names say what she chose.
		// One after the other: the export may run on one connection of a transaction.
		const fields = await listCategories(db, tenantId);
		const districts = await listDistrictNames(db, tenantId);
		return {
			...answers,
			interestNames: fields.filter((f) => profile.interests.includes(f.id)).map((f) => f.nameDe),
			districtNames: districts.filter((d) => profile.districts.includes(d.id)).map((d) => d.name)
		};
	},
	async erase(db, { tenantId, accountId }) {
		await db.delete(volunteerProfiles).where(and(eq(volunteerProfiles.tenantId, tenantId), eq(volunteerProfiles.accountId, accountId)));
	}
};
