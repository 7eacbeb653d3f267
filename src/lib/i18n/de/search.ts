/** Finding organisations: search hints, nearby search, and the checks of links and phone numbers. */
export const search = {
	'error.phone': 'Bitte geben Sie eine Telefonnummer aus Ziffern an, z. B. 04698 123-45 oder +49 4698 12345. Erlaubt sind auch Leerzeichen, +, ( ), / und -.'
} as const;
