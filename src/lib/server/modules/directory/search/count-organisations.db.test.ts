import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { countOrganisations } from '..';

describeOnDatabases('organisation counts', (env) => {
	it('counts the published organisations of one town and the network members among them', async () => {
		const tenant = await env().tenant();
		expect(await countOrganisations(env().db, tenant.id)).toEqual({ total: 0, networkMembers: 0 });
		await env().organisation(tenant, { networkMember: true });
		await env().organisation(tenant, { networkMember: true });
		await env().organisation(tenant);
		// Neither a proposal nor an archived organisation is in the directory.
		await env().organisation(tenant, { status: 'proposed', networkMember: true });
		await env().organisation(tenant, { status: 'archived' });
		const other = await env().tenant();
		await env().organisation(other, { networkMember: true });
		expect(await countOrganisations(env().db, tenant.id)).toEqual({ total: 3, networkMembers: 2 });
	});
});
