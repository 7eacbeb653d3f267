import type { Attachment } from 'svelte/attachments';

const shown = new WeakSet<Element>();

/**
 * Svelte writes a field's `value` while it hydrates, and so wipes what a person typed before the
 * scripts arrived (a slow phone). Fields therefore take their value as `defaultValue`, which leaves
 * typed text alone, and this attachment writes the value only when it changes after that: the pin
 * picker filling in coordinates, another organisation opened in the same form.
 */
export const follow =
	(value: string): Attachment<HTMLInputElement | HTMLTextAreaElement> =>
	(element) => {
		if (shown.has(element) && element.value !== value) element.value = value;
		shown.add(element);
	};
