import type { ParamMatcher } from '@sveltejs/kit';

export const sections = ['engagement', 'kalender', 'lernen', 'unterstuetzung', 'netzwerk', 'ueber-uns'] as const;
export type Section = (typeof sections)[number];

export const match: ParamMatcher = (param) => (sections as readonly string[]).includes(param);
