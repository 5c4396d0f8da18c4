/**
 * Stands for the public address in prerendered pages: the server replaces it with PUBLIC_URL when it loads
 * a page (server/http/pages.ts), since the build does not know where Kring will run.
 */
export const ORIGIN = '%KRING_ORIGIN%';
