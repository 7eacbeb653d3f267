import { describe, expect, it } from 'vitest';
import { registerNotificationKinds } from './kinds';
import { digestText } from './digest';

registerNotificationKinds([
	{
		name: 'test_digest_reminder',
		transactional: false,
		subject: 'mail.organisation_stale.subject',
		body: 'mail.organisation_stale.body',
		title: 'notifications.title.organisation_stale',
		label: 'notifications.kind.organisation_stale'
	},
	{ name: 'test_digest_approved', transactional: false, subject: 'mail.moderation_approved.subject', body: 'mail.moderation_approved.body', label: 'notifications.kind.moderation_approved' }
]);

const sender = { tenant: { id: 't', name: 'Lindwerder' }, baseUrl: 'https://engagement.example/t/lindwerder' };

describe('digest text', () => {
	it('lists each entry with its title in the reader’s language and its absolute link', () => {
		const entries: Parameters<typeof digestText>[0] = [
			{ kind: 'test_digest_reminder', params: { organisation: 'Tafel' }, link: '/netzwerk/organisationen/1/bearbeiten' },
			{ kind: 'test_digest_approved', params: { title: 'Chor am Deich' }, link: null }
		];
		expect(digestText(entries, 'de', sender)).toBe(
			'– Bitte bestätigen Sie die Angaben von „Tafel“\n  https://engagement.example/t/lindwerder/netzwerk/organisationen/1/bearbeiten\n\n– Veröffentlicht: Chor am Deich'
		);
		expect(digestText(entries, 'en', sender)).toContain('– Please confirm the details of “Tafel”');
	});

	it('still lists an entry whose kind is no longer known', () => {
		expect(digestText([{ kind: 'gone', params: {}, link: '/x' }], 'de', sender)).toBe('– Benachrichtigung\n  https://engagement.example/t/lindwerder/x');
	});
});
