import type { MessageKey } from '$lib/i18n';
import { registerMailTemplates } from '../mail/templates';
import type { Delivery } from './schema';

interface KindBase {
	/** Unique across the platform, e.g. "organisation_stale"; also the name of its mail template. */
	name: string;
	/** Mail subject and body; `{name}` placeholders come from the params given to `notify`. */
	subject: MessageKey;
	body: MessageKey;
}

/** Account mails (confirm an address, reset a password) and mails to the office: always sent, no unsubscribe, not listed in Mein Bereich. */
export interface TransactionalKind extends KindBase {
	transactional: true;
}

/** Everything else: listed in Mein Bereich, mailed as the person chose, with a one-click unsubscribe. */
export interface OptionalKind extends KindBase {
	transactional: false;
	/** What the settings page calls it, e.g. "Erinnerung: Angaben einer Organisation bestätigen". */
	label: MessageKey;
	/** One line in Mein Bereich and in a digest; the subject when not given. */
	title?: MessageKey;
	/** Before the person chose; `immediately` when not given. */
	defaultDelivery?: Delivery;
}

export type NotificationKind = TransactionalKind | OptionalKind;

const kinds = new Map<string, NotificationKind>();

/**
 * Each capability registers the notifications it sends, once, at start-up; core knows none of
 * them. Their mail templates are registered with them. A name registered twice keeps the first.
 */
export function registerNotificationKinds(entries: NotificationKind[]): void {
	for (const kind of entries) {
		if (kinds.has(kind.name)) continue;
		kinds.set(kind.name, kind);
		registerMailTemplates({ [kind.name]: { subject: kind.subject, body: kind.body } });
	}
}

export function notificationKind(name: string): NotificationKind | undefined {
	return kinds.get(name);
}

/** The kinds a person can set, in the order they were registered. */
export const optionalKinds = (): OptionalKind[] => [...kinds.values()].filter((k): k is OptionalKind => !k.transactional);

export const titleOf = (kind: OptionalKind): MessageKey => kind.title ?? kind.subject;
