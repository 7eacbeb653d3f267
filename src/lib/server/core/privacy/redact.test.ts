import { expect, it } from 'vitest';
import { redactor } from './redact';
import { withoutTokenLinks } from '../mail';

it('a name is taken out as a whole word only, an address and a phone number in any spelling', () => {
	const redact = redactor({ names: ['Anna Berg'], emails: ['anna.berg@example.org'], phones: ['+49 (0)431 123456'] }, '[entfernt]', '8f1c2f3e-0000-4000-8000-000000000001');
	expect(redact.text('Anna Berg wohnt in Annaberg; anna  berg schreibt an ANNA.BERG@example.org')).toBe('[entfernt] wohnt in Annaberg; [entfernt] schreibt an [entfernt]');
	expect(redact.text('Tel. 0431 123456, 0431/12 34 56 oder +49 431 123456; nicht 0431 1234567')).toBe('Tel. [entfernt], [entfernt] oder [entfernt]; nicht 0431 1234567');
	expect(redact.text('https://x.example/?email=anna.berg%40example.org')).toBe('https://x.example/?email=[entfernt]');
	expect(redact.text('hanna.berg@example.org')).toBe('hanna.berg@example.org');
	expect(redact.json({ after: { accountId: '8f1c2f3e-0000-4000-8000-000000000001', contact: 'Anna Berg', count: 3, list: ['x', 'Anna Berg'] } })).toEqual({
		after: { accountId: null, contact: '[entfernt]', count: 3, list: ['x', '[entfernt]'] }
	});
	expect(redact.mentions('Frau Anna Berg')).toBe(true);
	expect(redact.mentions('Frau Anna Bergmann')).toBe(false);
});

it('finds a name as the HTML part of a mail escapes it, and leaves one-time links out of copies', () => {
	const redact = redactor({ names: ["Siobhán O'Brien"], emails: [], phones: [] }, '[removed]');
	expect(redact.text('<p>Siobhán O&#39;Brien lädt Sie ein</p>')).toBe('<p>[removed] lädt Sie ein</p>');
	expect(withoutTokenLinks('Bitte öffnen: https://x.example/t/a/passwort-neu?token=abc_DEF-123\nDanke', '[Link entfernt]')).toBe('Bitte öffnen: [Link entfernt]\nDanke');
	expect(withoutTokenLinks('https://x.example/netzwerk/organisationen/1', '[Link entfernt]')).toBe('https://x.example/netzwerk/organisationen/1');
});
