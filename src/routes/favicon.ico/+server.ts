import type { RequestHandler } from './$types';
// Served here, not from static/: the static file server knows no type for .ico and would send none.
import icon from '$lib/server/core/site/favicon.ico?inline';

const bytes = Buffer.from(icon.slice(icon.indexOf(',') + 1), 'base64');

export const GET: RequestHandler = () => new Response(new Uint8Array(bytes), { headers: { 'content-type': 'image/x-icon', 'cache-control': 'public, max-age=86400' } });
