const DAY = 24 * 3600 * 1000;

/** BFSG and BITV 2.0 give the office six weeks to answer a barrier report. */
export const ANSWER_WITHIN_DAYS = 42;
/** The handler (or the admins) are reminded a week before the deadline. */
export const REMIND_DAYS_BEFORE = 7;

export const feedbackDeadline = (receivedAt: Date): Date => new Date(receivedAt.getTime() + ANSWER_WITHIN_DAYS * DAY);

/** Whole days until the deadline, counted up (today's deadline has 0 left; a passed one is negative). */
export const daysLeft = (deadline: Date, now: Date = new Date()): number => Math.ceil((deadline.getTime() - now.getTime()) / DAY);

export const openFeedbackStatuses = ['new', 'in_progress'] as const;
export const feedbackStatuses = ['new', 'in_progress', 'answered', 'closed'] as const;
