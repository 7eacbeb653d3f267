import type { ParamMatcher } from '@sveltejs/kit';

/** Ids in paths are UUIDs; anything else is a 404 before any load runs. */
export const match: ParamMatcher = (param) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(param);
