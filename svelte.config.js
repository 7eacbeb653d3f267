import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build', precompress: true }),
		// Absolute asset paths: pages under /t/<slug>/… load the same bundles.
		paths: { relative: false },
		// A mail program's one-click unsubscribe (RFC 8058) is a form POST without an Origin header,
		// which SvelteKit's own origin check refuses before any hook runs and `trustedOrigins` cannot
		// allow. The same check runs in the hooks instead (core/http/cross-site-forms.ts), for every
		// route but that one.
		csrf: { checkOrigin: false },
		// Nothing is loaded from other hosts: fonts, scripts and images are our own. Inline scripts
		// are allowed by their hash, not a per-request nonce, so a kept page can be sent again (decision 0016).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
