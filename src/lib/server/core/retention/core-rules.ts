import { and, eq, inArray, isNotNull, lt, or } from 'drizzle-orm';
import { sessions, emailTokens } from '../accounts/schema';
import { SESSION_MAX_DAYS } from '../accounts/sessions';
import { jobs } from '../jobs/schema';
import { mails } from '../mail/schema';
import { notifications } from '../notifications/schema';
import { daysBefore, deleteWhere, type RetentionRule } from '.';

/** The periods of decision 0012, in days. */
export const RETENTION_DAYS = {
	/** A used or expired confirmation or reset link, so "this link was already used" can still be said for a week. */
	emailTokens: 7,
	/** Finished work; while it is kept its dedupe key holds. */
	doneJobs: 14,
	/** Failed work stays longer, for the operator to find out why. */
	failedJobs: 90,
	/** Sent (or held, or failed) mails: long enough to answer "did the mail go out?". */
	mails: 90,
	/** Notifications someone has read… */
	readNotifications: 90,
	/** …and those never read. */
	unreadNotifications: 365
} as const;

export const sessionRetention: RetentionRule = {
	name: 'sessions',
	// Ended sessions serve nothing: gone on the next night.
	purge: (db, now) => deleteWhere(db, sessions, or(lt(sessions.expiresAt, now), lt(sessions.createdAt, daysBefore(now, SESSION_MAX_DAYS))))
};

export const emailTokenRetention: RetentionRule = {
	name: 'emailTokens',
	purge: (db, now) => {
		const before = daysBefore(now, RETENTION_DAYS.emailTokens);
		return deleteWhere(db, emailTokens, or(lt(emailTokens.usedAt, before), lt(emailTokens.expiresAt, before)));
	}
};

export const jobRetention: RetentionRule = {
	name: 'jobs',
	purge: (db, now) =>
		deleteWhere(
			db,
			jobs,
			or(and(eq(jobs.status, 'done'), lt(jobs.finishedAt, daysBefore(now, RETENTION_DAYS.doneJobs))), and(eq(jobs.status, 'failed'), lt(jobs.finishedAt, daysBefore(now, RETENTION_DAYS.failedJobs))))
		)
};

export const mailRetention: RetentionRule = {
	name: 'mails',
	// A mail still waiting to be sent stays, however old: its job has not given up yet.
	purge: (db, now) => deleteWhere(db, mails, and(inArray(mails.status, ['sent', 'held', 'failed']), lt(mails.createdAt, daysBefore(now, RETENTION_DAYS.mails))))
};

export const notificationRetention: RetentionRule = {
	name: 'notifications',
	purge: (db, now) =>
		deleteWhere(
			db,
			notifications,
			or(
				and(isNotNull(notifications.readAt), lt(notifications.readAt, daysBefore(now, RETENTION_DAYS.readNotifications))),
				lt(notifications.createdAt, daysBefore(now, RETENTION_DAYS.unreadNotifications))
			)
		)
};
