/** Closed lists the directory's forms and filters offer; their labels live in the message catalogue. */

export { organisationKinds, organisationStatuses, type OrganisationKind, type OrganisationStatus } from '../../core/organisations/vocabulary';

export const accessibilityFeatures = ['step_free', 'accessible_toilet', 'hearing_loop'] as const;
export type AccessibilityFeature = (typeof accessibilityFeatures)[number];

export const targetGroups = ['children', 'youth', 'families', 'seniors', 'people_with_disabilities', 'migrants', 'women', 'everyone'] as const;
export type TargetGroup = (typeof targetGroups)[number];

/** Languages an organisation can speak with people in (ISO 639-1). */
export const languages = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl', 'fa', 'da', 'fr', 'es', 'dgs'] as const;
export type Language = (typeof languages)[number];

/** The usual German fields of activity every new municipality starts with; coordinators edit them. */
export const defaultCategories: { slug: string; de: string; en: string }[] = [
	{ slug: 'sport', de: 'Sport', en: 'Sport' },
	{ slug: 'kultur', de: 'Kultur', en: 'Culture' },
	{ slug: 'soziales', de: 'Soziales', en: 'Social welfare' },
	{ slug: 'umwelt', de: 'Umwelt & Naturschutz', en: 'Environment & nature' },
	{ slug: 'bildung', de: 'Bildung', en: 'Education' },
	{ slug: 'kinder-jugend', de: 'Kinder & Jugend', en: 'Children & youth' },
	{ slug: 'senioren', de: 'Senioren', en: 'Older people' },
	{ slug: 'familie', de: 'Familie', en: 'Family' },
	{ slug: 'migration', de: 'Migration & Integration', en: 'Migration & integration' },
	{ slug: 'gesundheit', de: 'Gesundheit & Pflege', en: 'Health & care' },
	{ slug: 'rettung', de: 'Katastrophenschutz & Rettung', en: 'Civil protection & rescue' },
	{ slug: 'tierschutz', de: 'Tierschutz', en: 'Animal welfare' },
	{ slug: 'nachbarschaft', de: 'Nachbarschaft', en: 'Neighbourhood' },
	{ slug: 'politik', de: 'Politik & Beteiligung', en: 'Politics & participation' }
];
