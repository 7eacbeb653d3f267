import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { boundedPage, cleanLine, cleanMultiline, isId, isPhoneNumber, longText, MAX_PAGE, phoneNumber, requiredText, singleLine, text, webAddress, withoutNul } from './validation';

describe('control characters at the edge', () => {
	it('takes U+0000 out of any value', () => {
		expect(withoutNul('Chor\u0000 am Deich\u0000')).toBe('Chor am Deich');
		expect(withoutNul('Zeile 1\nZeile 2')).toBe('Zeile 1\nZeile 2');
	});

	it('keeps one line on one line and drops the other control characters', () => {
		expect(cleanLine('Turn\u0000verein\u0001 von\t1890\r\ne. V.\u007f')).toBe('Turnverein von 1890 e. V.');
	});

	it('keeps tabs and line breaks in multi-line text', () => {
		expect(cleanMultiline('Mo\t10–12 Uhr\r\nDi\u0000\u0008 14–16 Uhr\u001b')).toBe('Mo\t10–12 Uhr\r\nDi 14–16 Uhr');
	});

	it('cleans before trimming and counting, so a field of control characters is an empty one', () => {
		expect(text(5).parse(' \u0000ab\u0000 ')).toBe('ab');
		expect(text(3).safeParse('abc\u0000\u0000').success).toBe(true);
		const required = requiredText(10).safeParse('\u0000\u0000 ');
		expect(required.success || required.error.issues[0].message).toBe('error.required');
		expect(longText(50).parse('Hallo\u0000\nWelt\n')).toBe('Hallo\nWelt');
	});

	it('stays a zod string, so regular expressions check the cleaned value', () => {
		const postcode = singleLine()
			.trim()
			.regex(/^\d{5}$/);
		expect(postcode.parse('24\u0000937')).toBe('24937');
		expect(z.object({ q: singleLine().optional().catch(undefined) }).parse({ q: 'a\u0000b' })).toEqual({ q: 'ab' });
	});
});

describe('ids and pages', () => {
	it('accepts only ids shaped like the database keeps them', () => {
		expect(isId('6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b')).toBe(true);
		for (const forged of ['not-a-uuid', '', '------------------------------------', '6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5\u0000', 42, null, undefined]) {
			expect(isId(forged), String(forged)).toBe(false);
		}
	});

	it('bounds page numbers to whole numbers from 1 to the highest page', () => {
		expect(boundedPage(undefined)).toBe(1);
		expect(boundedPage(0)).toBe(1);
		expect(boundedPage(-3)).toBe(1);
		expect(boundedPage(2.7)).toBe(2);
		expect(boundedPage(NaN)).toBe(1);
		expect(boundedPage(Infinity)).toBe(1);
		expect(boundedPage(1e12)).toBe(MAX_PAGE);
	});
});

describe('web addresses and phone numbers', () => {
	const problem = (schema: z.ZodType, value: string) => {
		const parsed = schema.safeParse(value);
		return parsed.success ? null : parsed.error.issues[0].message;
	};

	it('takes a web address with a host that has a dot, adding https:// when it is left out', () => {
		expect(webAddress().parse('deichmaschen.de')).toBe('https://deichmaschen.de');
		expect(webAddress().parse(' http://www.tsv-lindwerder.example/verein ')).toBe('http://www.tsv-lindwerder.example/verein');
		expect(webAddress().parse('https://müller-chor.de')).toBe('https://müller-chor.de');
		expect(webAddress().parse('')).toBe('');
		expect(webAddress().parse(undefined)).toBe('');
	});

	it('refuses a host without a dot, other schemes and words', () => {
		for (const value of ['deichmaschen', 'https://deichmaschen', 'http://localhost:3000', 'ftp://verein.de', 'javascript:alert(1)', 'kein link', 'verein.', 'verein.d', 'https://.de'])
			expect(problem(webAddress(), value), value).toBe('error.url');
		expect(problem(webAddress(20), 'https://ein-sehr-langer-name.de')).toBe('error.too_long');
	});

	it('takes phone numbers as people write them', () => {
		for (const value of ['04698 4410', '04698 123-470', '+49 (4698) 12345', '0461/998877', '0171 1234567']) expect(phoneNumber().parse(value), value).toBe(value);
		expect(phoneNumber().parse('  0461 999 ')).toBe('0461 999');
		expect(phoneNumber().parse('')).toBe('');
	});

	it('refuses letters, too few digits and a + inside', () => {
		for (const value of ['ruf mich an', '0461 12 34 ab 18 Uhr', '12345', 'Tel. 0461 1234', '0461+1234', '0461 1234 oder 0461 5678']) expect(problem(phoneNumber(), value), value).toBe('error.phone');
		expect(isPhoneNumber('0461 123456')).toBe(true);
		expect(isPhoneNumber('(+) - /')).toBe(false);
	});
});
