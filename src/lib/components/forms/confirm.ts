import type { MessageKey, PluralKey } from '$lib/i18n';

type Params = Record<string, string | number>;

/** One sentence of what will follow: a message, or a count in the words of a plural message. */
export type Consequence = { message: MessageKey; params?: Params } | { plural: PluralKey; count: number; params?: Params };

/**
 * What a destructive form action answers to its first submit: nothing has happened yet. The page
 * shows the question and what will follow (`ConfirmStep.svelte`); its form sends the same fields
 * again with `CONFIRMED`, and only that second submit does it. Works without JavaScript.
 */
export type ConfirmStep = {
	/** The form action that does it, e.g. "?/delete". */
	action: string;
	question: MessageKey;
	/** The label of the button that does it. */
	submit: MessageKey;
	/** For the question and the button, e.g. the name of what goes. */
	params?: Params;
	consequences: Consequence[];
	/** What the first submit sent, sent again with the second. */
	fields: Record<string, string | string[]>;
};

/** The field only the confirm step's form sends. */
export const CONFIRMED = 'bestaetigt';

export const isConfirmed = (fields: Record<string, unknown>): boolean => fields[CONFIRMED] === 'ja';

/** The answer to a first submit, to spread into what the action returns. */
export const confirmFirst = (step: ConfirmStep): { confirm: ConfirmStep } => ({ confirm: step });

/** The step a form action answered with, if any (pages get the union of all their actions' answers). */
export const confirmStepOf = (form: unknown): ConfirmStep | undefined => (form && typeof form === 'object' && 'confirm' in form ? (form.confirm as ConfirmStep) : undefined);

/** A count worth a sentence only when something is affected. */
export const counted = (plural: PluralKey, count: number): Consequence[] => (count ? [{ plural, count }] : []);

/**
 * Where the step stands on the page. A first submit's action ends in it (`?/delete#bestaetigen`),
 * so the browser shows the step even far down a long page.
 */
export const CONFIRM_ANCHOR = 'bestaetigen';
