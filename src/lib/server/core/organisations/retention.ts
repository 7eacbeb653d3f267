import { lt, or } from 'drizzle-orm';
import { daysBefore, deleteWhere, type RetentionRule } from '../retention';
import { organisationInvitations } from './schema';

/** Accepted or expired invitations, kept a month for the owners' "who was invited" (decision 0012). */
export const INVITATION_RETENTION_DAYS = 30;

export const invitationRetention: RetentionRule = {
	name: 'organisationInvitations',
	purge: (db, now) => {
		const before = daysBefore(now, INVITATION_RETENTION_DAYS);
		return deleteWhere(db, organisationInvitations, or(lt(organisationInvitations.acceptedAt, before), lt(organisationInvitations.expiresAt, before)));
	}
};
