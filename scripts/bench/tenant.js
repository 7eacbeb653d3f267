// The town every database benchmark measures in: migrated into a fresh embedded database.
import { createTenant } from '../../src/lib/server/core/tenants';

export async function prepareBenchTenant(database, state = 'SH') {
	await database.migrate();
	return createTenant(database.db, {
		slug: 'bench',
		name: 'Benchstadt',
		kind: 'municipality',
		state,
		officeName: 'Benchstadt – Engagementförderung',
		officeEmail: 'buero@bench.example'
	});
}
