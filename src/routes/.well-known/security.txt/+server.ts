import type { RequestHandler } from './$types';
import { config } from '$lib/server/core/config';
import { securityTxt } from '$lib/server/core/site';

/** RFC 9116: SECURITY_CONTACT of the installation, else the municipality's office. */
export const GET: RequestHandler = ({ locals }) => {
	const contact = config().SECURITY_CONTACT ?? locals.tenant.officeEmail;
	const body = securityTxt({ contact, canonicalUrl: `${locals.ctx.baseUrl}/.well-known/security.txt` });
	return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=86400' } });
};
