import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiHandler, methodNotAllowed } from '$lib/server/core/http/api';
import { openApiDocument } from '$lib/server/core/api/openapi';

// The server entry comes from configuration, like every absolute link, never from the Host header.
export const GET: RequestHandler = apiHandler(({ locals }) => json(openApiDocument(`${locals.ctx.baseUrl}/api/v1`)));

export const fallback: RequestHandler = methodNotAllowed('GET');
