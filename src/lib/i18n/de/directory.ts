/** Vereinsregister, Engagement-Orte, Stadtplan and Spaziergänge. */
export const directory = {
	'directory.title': 'Vereinsregister'
} as const;
