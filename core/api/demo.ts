import { z } from 'zod';
import { LOCALES } from '../i18n/locale';
import { DEMO_METHOD_IDS, DEMO_ROLES } from '../practice/demo-choices';

/**
 * The demo meeting without an account (DEMO-1…5):
 *   POST /api/demo (DemoStartInput) → DemoStarted   anyone; rate limited per address, capped in number;
 *                                                  sets the demo cookie for this demo's socket only
 *   GET  /api/demo/:demoId/live                     the demo's socket, the live protocol (docs/PROTOCOL.md)
 */
export const demoStartSchema = z.strictObject({
  methodId: z.enum(DEMO_METHOD_IDS),
  role: z.enum(DEMO_ROLES),
  locale: z.enum(LOCALES).optional(),
});
export type DemoStartInput = z.infer<typeof demoStartSchema>;

export const demoStartedSchema = z.object({ demoId: z.string() });
export type DemoStarted = z.infer<typeof demoStartedSchema>;
