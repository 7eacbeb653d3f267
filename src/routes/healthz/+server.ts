import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { databaseAnswers } from '$lib/server/app';

/** For load balancers and monitoring: answers only when the database answers. */
export const GET: RequestHandler = async () => {
	if (await databaseAnswers()) return json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
	return json({ status: 'unavailable' }, { status: 503, headers: { 'cache-control': 'no-store' } });
};
