import type { Db } from '../../db/client';
import type { Mailer } from '../../mail/mailer';

/** What the group, meeting and case services need; built from AppDeps by the routes, or by tests and jobs. */
export type ServiceContext = { db: Db; mailer: Mailer; publicUrl: string; now: () => Date };

/** Links in mails and calendar entries point at these web pages. */
export const webLinks = {
  invite: (base: string, token: string) => `${base}/invite/${token}`,
  group: (base: string, groupId: string) => `${base}/groups/${groupId}`,
  meeting: (base: string, meetingId: string) => `${base}/meetings/${meetingId}`,
  calendarFeed: (base: string, secret: string) => `${base}/api/calendar/${secret}.ics`,
};

/** The service context of the running app. */
export function contextFrom(deps: {
  database: { db: Db };
  mailer: Mailer;
  config: { publicUrl: string };
}): ServiceContext {
  return {
    db: deps.database.db,
    mailer: deps.mailer,
    publicUrl: deps.config.publicUrl,
    now: () => new Date(),
  };
}
