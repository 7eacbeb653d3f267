/** The Freiwilligenbörse's applications: "Ich habe Interesse", the organisation's inbox, replies, reminders. */
export const engagementApply = {
	// The form
	'engagement.apply.cta': 'Ich habe Interesse',
	'engagement.apply.cta_hint': 'Ohne Konto möglich: Name und E-Mail-Adresse genügen.',
	'engagement.apply.title': 'Ich habe Interesse: {opportunity}',
	'engagement.apply.intro':
		'Schreiben Sie „{organisation}“ ein paar Zeilen. Sie entscheiden, welche Kontaktdaten die Organisation bekommt; Antworten erreichen Sie in jedem Fall per E-Mail über diese Plattform.',
	'engagement.apply.back': '← Zurück zum Angebot',
	'engagement.apply.as_account': 'Sie schreiben als {name}.',
	'engagement.apply.guest_intro':
		'Ohne Konto: Geben Sie Ihren Namen und Ihre E-Mail-Adresse an. Sie bekommen eine E-Mail mit einem Link; erst wenn Sie ihn öffnen, erfährt die Organisation von Ihrem Interesse.',
	'engagement.apply.guest_signin': 'Sie haben ein Konto? Melden Sie sich an, dann sehen Sie Ihre Bewerbungen in „Mein Bereich“.',
	'engagement.apply.message': 'Ihre Nachricht',
	'engagement.apply.message_hint': 'Zum Beispiel: warum Sie das interessiert, wann Sie Zeit haben, was Sie fragen möchten. Höchstens 2.000 Zeichen.',
	'engagement.apply.name': 'Ihr Name',
	'engagement.apply.email': 'Ihre E-Mail-Adresse',
	'engagement.apply.share_legend': 'Was die Organisation von Ihnen sehen darf',
	'engagement.apply.share_name': 'Ihr Name wird immer weitergegeben.',
	'engagement.apply.share_email': 'Meine E-Mail-Adresse weitergeben',
	'engagement.apply.share_phone': 'Meine Telefonnummer weitergeben',
	'engagement.apply.phone': 'Telefonnummer',
	'engagement.apply.postcode': 'Postleitzahl (freiwillig)',
	'engagement.apply.age_band': 'Alter (freiwillig)',
	'engagement.apply.age_none': 'Keine Angabe',
	'engagement.apply.submit': 'Interesse senden',
	'engagement.apply.sent_guest':
		'Fast geschafft: Wir haben Ihnen eine E-Mail an {email} geschickt. Bitte öffnen Sie den Link darin, dann geht Ihre Nachricht an die Organisation. Der Link ist 7 Tage gültig.',
	'engagement.apply.already': 'Sie haben sich für dieses Angebot schon gemeldet. Wie es steht, sehen Sie unter „Meine Bewerbungen“.',
	'engagement.apply.error_phone': 'Bitte geben Sie die Telefonnummer an, die Sie weitergeben möchten.',
	'engagement.apply.error_postcode': 'Bitte geben Sie die Postleitzahl mit fünf Ziffern an.',
	'engagement.apply.error_not_active': 'Diese Bewerbung ist schon abgeschlossen; zurückziehen geht nicht mehr.',
	'engagement.apply.error_withdrawn': 'Die Person hat ihre Bewerbung zurückgezogen.',

	// The guest's link
	'engagement.apply.guest_title': 'Ihre Bewerbung',
	'engagement.apply.confirmed': 'Danke! Ihre Adresse ist bestätigt, und „{organisation}“ hat Ihre Nachricht bekommen.',
	'engagement.apply.guest_keep': 'Bewahren Sie die E-Mail mit dem Link auf: Über ihn sehen Sie hier jederzeit, wie es steht, und können Ihre Bewerbung zurückziehen.',
	'engagement.apply.invalid_link': 'Dieser Link ist ungültig oder abgelaufen. Melden Sie sich bitte noch einmal über das Angebot.',
	'engagement.apply.for': 'Angebot',
	'engagement.apply.organisation': 'Organisation',
	'engagement.apply.status': 'Stand',
	'engagement.apply.sent_on': 'Gesendet am',
	'engagement.apply.shared': 'Weitergegeben',
	'engagement.apply.withdraw': 'Bewerbung zurückziehen',
	'engagement.apply.withdraw_question': 'Bewerbung für „{opportunity}“ zurückziehen?',
	'engagement.apply.withdraw_consequence': 'Die Organisation erfährt, dass Sie nicht mehr interessiert sind. Das lässt sich nicht rückgängig machen; Sie können sich aber neu melden.',
	'engagement.apply.withdrawn_done': 'Ihre Bewerbung ist zurückgezogen.',

	// Mein Bereich
	'engagement.apply.mine_title': 'Meine Bewerbungen',
	'engagement.apply.mine_teaser': 'Wofür Sie sich gemeldet haben und wie es steht.',
	'engagement.apply.mine_none': 'Sie haben sich noch für kein Engagementangebot gemeldet.',
	'engagement.apply.mine_find': 'Engagement finden',
	'engagement.apply.mine_sent': 'Ihre Nachricht an „{organisation}“ ist angekommen. Hier sehen Sie, wie es steht.',
	'engagement.apply.status_since': 'seit {date}',

	// The organisation's inbox
	'engagement.apply.inbox_title': 'Bewerbungen: {opportunity}',
	'engagement.apply.inbox_intro': 'Wer sich für dieses Angebot gemeldet hat. Bitte antworten Sie innerhalb einer Woche – wer lange nichts hört, gibt oft auf.',
	'engagement.apply.inbox_none': 'Noch hat sich niemand gemeldet.',
	'engagement.apply.inbox_counts': 'Nach Stand',
	'engagement.apply.applicant': 'Person',
	'engagement.apply.received': 'Eingegangen',
	'engagement.apply.guest': 'ohne Konto',
	'engagement.apply.templates_link': 'Antwortvorlagen verwalten',

	// One application
	'engagement.apply.detail_title': 'Bewerbung von {name}',
	'engagement.apply.back_inbox': '← Alle Bewerbungen für „{opportunity}“',
	'engagement.apply.no_message': 'Ohne Nachricht.',
	'engagement.apply.contact': 'Kontaktdaten, die die Person weitergibt',
	'engagement.apply.contact_none': 'Nur den Namen. Ihre Antwort erreicht die Person per E-Mail über diese Plattform.',
	'engagement.apply.change_status': 'Stand ändern',
	'engagement.apply.status_saved': 'Der Stand ist gespeichert.',
	'engagement.apply.save_status': 'Stand speichern',
	'engagement.apply.notes': 'Notizen',
	'engagement.apply.notes_hint': 'Nur für Ihre Organisation sichtbar (und für das Koordinationsbüro). Die Person sieht sie nur, wenn sie Auskunft über ihre Daten verlangt.',
	'engagement.apply.notes_none': 'Noch keine Notizen.',
	'engagement.apply.note': 'Neue Notiz',
	'engagement.apply.note_submit': 'Notiz speichern',
	'engagement.apply.note_saved': 'Die Notiz ist gespeichert.',
	'engagement.apply.note_by': '{author}, {date}',
	'engagement.apply.reply': 'Antworten',
	'engagement.apply.reply_intro': 'Ihre Antwort geht per E-Mail an die Person. Wählen Sie eine Vorlage, passen Sie den Text an und senden Sie ihn.',
	'engagement.apply.template': 'Vorlage',
	'engagement.apply.template_none': 'Ohne Vorlage',
	'engagement.apply.template_use': 'Vorlage einsetzen',
	'engagement.apply.reply_text': 'Text der Antwort',
	'engagement.apply.reply_prefill': 'Hallo {name},\n\n{text}\n\nViele Grüße\n{organisation}',
	'engagement.apply.reply_status': 'Stand mit der Antwort',
	'engagement.apply.reply_keep': 'Nicht ändern (eine neue Bewerbung wird „In Kontakt“)',
	'engagement.apply.reply_submit': 'Antwort senden',
	'engagement.apply.reply_sent': 'Ihre Antwort ist verschickt.',

	// Templates
	'engagement.apply.templates_title': 'Antwortvorlagen: {organisation}',
	'engagement.apply.templates_intro': 'Texte, mit denen Sie Bewerbungen schnell beantworten. Die Anrede und Ihren Gruß setzen wir beim Antworten dazu; Sie können alles vor dem Senden ändern.',
	'engagement.apply.templates_none': 'Noch keine Vorlagen.',
	'engagement.apply.template_name': 'Name der Vorlage',
	'engagement.apply.template_text': 'Text',
	'engagement.apply.template_new': 'Neue Vorlage',
	'engagement.apply.template_create': 'Vorlage anlegen',
	'engagement.apply.template_save': 'Änderungen speichern',
	'engagement.apply.template_delete': 'Vorlage löschen',
	'engagement.apply.template_delete_question': 'Vorlage „{name}“ löschen?',
	'engagement.apply.template_delete_consequence': 'Schon verschickte Antworten bleiben, wie sie sind.',
	'engagement.apply.template_saved': 'Die Vorlage ist gespeichert.',
	'engagement.apply.template_deleted': 'Die Vorlage ist gelöscht.',
	'engagement.apply.edit_template': 'Vorlage „{name}“ bearbeiten',

	// The office
	'engagement.apply.waiting_title': 'Wartet auf Antwort',
	'engagement.apply.waiting_intro':
		'Bewerbungen, auf die eine Organisation seit mindestens 14 Tagen nicht geantwortet hat, obwohl sie nach 7 Tagen erinnert wurde. Ein Anruf hilft oft. Die Liste zeigt nicht, wer sich beworben hat.',
	'engagement.apply.waiting_none': 'Keine Bewerbung wartet länger als 14 Tage.',
	'engagement.apply.waiting_since': 'Wartet seit',
	'engagement.apply.waiting_contact': 'Kontakt der Organisation',

	// The kind mail when an opportunity is filled
	'engagement.apply.filled_similar': 'Vielleicht passt eines dieser Angebote zu Ihnen:',
	'engagement.apply.filled_none': 'Schauen Sie gern, was es sonst gibt – es kommen laufend neue Angebote dazu.',

	// Mails
	'mail.application_confirm.subject': 'Bitte bestätigen: Ihr Interesse an „{opportunity}“',
	'mail.application_confirm.body':
		'Hallo {name},\n\nschön, dass Sie sich {where} engagieren möchten! Bitte öffnen Sie diesen Link, dann geht Ihre Nachricht zu „{opportunity}“ an die Organisation:\n\n{link}\n\nDer Link ist 7 Tage gültig. Über denselben Link sehen Sie später, wie es steht, und können Ihre Bewerbung zurückziehen – bewahren Sie diese E-Mail also auf.\n\nWenn Sie das nicht waren, tun Sie einfach nichts: Ohne Bestätigung wird nichts weitergegeben.',
	'mail.application_received.subject': 'Neue Bewerbung für „{opportunity}“',
	'mail.application_received.body':
		'Hallo {name},\n\n{applicant} interessiert sich für „{opportunity}“. Hier lesen und beantworten Sie die Nachricht:\n\n{link}\n\nBitte antworten Sie bald – innerhalb einer Woche ist gut.',
	'mail.application_reminder.subject': 'Noch unbeantwortet: Bewerbung für „{opportunity}“',
	'mail.application_reminder.body':
		'Hallo {name},\n\nauf eine Bewerbung für „{opportunity}“ hat seit {days} Tagen niemand geantwortet. Auch eine kurze Nachricht oder eine freundliche Absage hilft der Person weiter:\n\n{link}\n\nNach 14 Tagen ohne Antwort sieht das Koordinationsbüro die Bewerbung in seiner Liste „Wartet auf Antwort“.',
	'mail.application_withdrawn.subject': 'Bewerbung zurückgezogen: „{opportunity}“',
	'mail.application_withdrawn.body': 'Hallo {name},\n\n{applicant} hat die Bewerbung für „{opportunity}“ zurückgezogen.\n\n{link}',
	'mail.application_reply.subject': 'Antwort von {organisation}: „{opportunity}“',
	'mail.application_reply.body': '{text}\n\n—\nDiese Nachricht hat „{organisation}“ Ihnen über die Freiwilligenbörse {where} zu Ihrer Bewerbung „{opportunity}“ geschickt.',
	'mail.application_filled.subject': '„{opportunity}“ ist besetzt',
	'mail.application_filled.body':
		'Hallo {name},\n\nvielen Dank für Ihr Interesse an „{opportunity}“! Die Organisation hat inzwischen genug Menschen gefunden, die mitmachen – das ist eine gute Nachricht für sie, auch wenn es diesmal ohne Sie geht.\n\n{similar}\n\nAlle Angebote: {search}\n\nWir freuen uns, wenn Sie dabeibleiben.',

	// Notifications in Mein Bereich and their settings
	'notifications.kind.application_received': 'Neue Bewerbung für ein Angebot Ihrer Organisation',
	'notifications.title.application_received': 'Neue Bewerbung für „{opportunity}“',
	'notifications.kind.application_reminder': 'Erinnerung an unbeantwortete Bewerbungen',
	'notifications.title.application_reminder': 'Noch unbeantwortet: Bewerbung für „{opportunity}“',
	'notifications.kind.application_withdrawn': 'Eine Bewerbung wurde zurückgezogen',
	'notifications.title.application_withdrawn': 'Bewerbung zurückgezogen: „{opportunity}“',
	'notifications.kind.application_reply': 'Antwort einer Organisation auf Ihre Bewerbung',
	'notifications.title.application_reply': 'Antwort von {organisation}: „{opportunity}“',
	'notifications.kind.application_filled': 'Ein Angebot, für das Sie sich gemeldet haben, ist besetzt',
	'notifications.title.application_filled': '„{opportunity}“ ist besetzt'
} as const;
