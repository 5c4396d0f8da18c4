/** Types of server/db/pglite-template.mjs (plain JavaScript, loaded as is by the worker and the build script). */
export const TEMPLATE_DIR: string;
export function templateStamp(root: string): string;
export function makeTemplate(root: string): Promise<void>;
export function installTemplate(root: string, building: string): void;
export function seedFromTemplate(dataDir: string, root: string): boolean;
