/** Decorative marks and separators used in JSX (kept out of the markup so every literal text is a translation). */
export const SPACE = ' ';
export const SEP = ': ';
export const REVEAL = '✦';
export const FLAG = '⚑';
export const DOT = '●';
export const STICK = '❘';
