/** Keys of this capability; the English fragment must have the same ones. */
export const imports = {} as const;
