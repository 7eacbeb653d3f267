import type { Reroute } from '@sveltejs/kit';

/** `/t/<slug>/…` serves the tenant <slug> on the same routes as the default tenant. */
export const reroute: Reroute = ({ url }) => {
	const match = /^\/t\/[a-z0-9-]+(\/.*)?$/.exec(url.pathname);
	if (match) return match[1] || '/';
};
