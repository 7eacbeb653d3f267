import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import gemeinwerk from './scripts/lint/boundaries.js';

export default defineConfig(
	{ ignores: ['build/', '.svelte-kit/', 'data/', '.test-data/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
	},
	{
		rules: {
			// Links go through href(), which adds the tenant's path prefix (/t/<slug>); resolve() does not know it.
			'svelte/no-navigation-without-resolve': 'off',
			// Flags values built and used within one function (a link's query string), which are no state.
			'svelte/prefer-svelte-reactivity': 'off',
			// Control characters are matched on purpose: input validation drops them.
			'no-control-regex': 'off',
			// A leading underscore marks what a destructuring leaves out on purpose.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }]
		}
	},
	{
		plugins: { gemeinwerk },
		rules: { 'gemeinwerk/boundaries': 'error' }
	}
);
