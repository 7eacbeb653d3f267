import { page } from '$app/state';

/** A calendar date (no time) in the page's language, e.g. 15. Juni 2021. */
export const formatDate = (value: Date | string | null | undefined): string =>
	value ? new Intl.DateTimeFormat(page.data.locale === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(value)) : '–';

/** "Hafenstraße 1, 24937 Flensburg"; missing parts leave no stray comma or space. */
export const formatAddress = (a: { street: string | null; postcode: string | null; city: string | null }): string =>
	[a.street, [a.postcode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
