/** Keys of this capability; the English fragment must have the same ones. */
export const map = {} as const;
