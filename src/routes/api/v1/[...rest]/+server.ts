import type { RequestHandler } from './$types';
import { apiError, apiLocale } from '$lib/server/core/http/api';

/** Unknown API paths answer in the API's error format, not with an HTML page. */
export const fallback: RequestHandler = (event) => apiError(apiLocale(event), 404, 'not_found');
