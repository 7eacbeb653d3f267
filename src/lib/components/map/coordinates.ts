/** A coordinate as the place form's hints ask for it: five decimals (about a metre), with a decimal comma in German. */
export const formatCoordinate = (value: number, locale: string): string => {
	const text = String(Number(value.toFixed(5)));
	return locale === 'en' ? text : text.replace('.', ',');
};
