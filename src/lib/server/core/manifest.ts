// Job handlers and periodic tasks are registered where their work is done.
import './mail';
import { accountNotificationKinds } from './accounts/notification-kinds';
import { accountPersonalData, mailPersonalData } from './accounts/personal-data';
import { auditPersonalData } from './audit/personal-data';
import { rateLimitPersonalData } from './privacy/rate-limits';
import { feedbackPersonalData, legalNotificationKinds } from './legal';
import { countOpenModeration, moderationNotificationKinds } from './moderation';
import { moderationPersonalData } from './moderation/personal-data';
import { notificationPersonalData } from './notifications/personal-data';
import { emailTokenRetention, jobRetention, mailRetention, notificationRetention, sessionRetention } from './retention/core-rules';
import { organisationNotificationKinds } from './organisations/notification-kinds';
import { invitationRetention } from './organisations/retention';
import { defineModule } from './modules';
import { accountStatistics } from './accounts/statistics';
// Its import also registers the digest job and its periodic task.
import { countUnreadNotifications } from './notifications';
import { corePages } from './site/core-pages';
import { coreAuditSubjects } from './audit/core-subjects';
import { sendFeedbackReminders } from './legal/feedback-reminders';

/** What the platform itself brings, declared the way modules declare theirs. */
export const core = defineModule({
	name: 'core',
	sitemap: corePages,
	navigation: [
		// The fields of the engagement strategy appear with the modules that fill them.
		{ area: 'public', path: '/ueber-uns', label: 'nav.about', order: 90 },
		{ area: 'resident', path: '/mein-bereich/konto', label: 'account.title', teaser: 'my.account_teaser', order: 10 },
		{
			area: 'resident',
			path: '/mein-bereich/benachrichtigungen',
			label: 'notifications.title',
			teaser: 'notifications.teaser',
			order: 20,
			count: (ctx) => countUnreadNotifications(ctx)
		},
		{ area: 'resident', path: '/mein-bereich/daten', label: 'data.title', teaser: 'my.data_teaser', order: 90 },
		{
			area: 'coordination',
			path: '/koordination/freigaben',
			label: 'coord.moderation',
			order: 10,
			permission: 'moderation.decide',
			count: (ctx) => countOpenModeration(ctx.db, ctx.tenant.id)
		},
		{ area: 'coordination', path: '/koordination/kennzahlen', label: 'coord.figures', order: 80 },
		{ area: 'admin', path: '/admin/konten', label: 'admin.accounts', teaser: 'admin.accounts_teaser', permission: 'account.list' },
		{ area: 'admin', path: '/admin/protokoll', label: 'admin.audit', teaser: 'admin.audit_teaser', permission: 'audit.read' },
		{ area: 'admin', path: '/admin/mail', label: 'admin.mail', teaser: 'admin.mail_teaser', permission: 'mail.read' },
		{ area: 'admin', path: '/admin/gemeinde', label: 'admin.tenant', teaser: 'admin.tenant_teaser', permission: 'tenant.edit' },
		{ area: 'admin', path: '/admin/rechtliches', label: 'admin.legal', teaser: 'admin.legal_teaser', permission: 'legal.edit' },
		{ area: 'admin', path: '/admin/rueckmeldungen', label: 'admin.feedback', teaser: 'admin.feedback_teaser', permission: 'feedback.read' }
	],
	notifications: [...accountNotificationKinds, ...organisationNotificationKinds, ...moderationNotificationKinds, ...legalNotificationKinds],
	// In this order, modules' sources after them: the account itself is identified first.
	personalData: [accountPersonalData, mailPersonalData, auditPersonalData, rateLimitPersonalData, feedbackPersonalData, moderationPersonalData, notificationPersonalData],
	retention: [sessionRetention, emailTokenRetention, jobRetention, mailRetention, notificationRetention, invitationRetention],
	statistics: accountStatistics,
	periodicTasks: [{ name: 'legal.feedback-reminders', schedule: { every: 'day', at: '08:30' }, run: (db) => sendFeedbackReminders(db).then(() => undefined) }],
	auditSubjects: coreAuditSubjects
});
