import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type ReportResponse, reportCaseSchema } from '../../../core/api/reports';
import { utcToZonedFields } from '../../../core/calendar/zoned-time';
import { formatDay } from '../../../core/i18n/format';
import { type Locale, translate } from '../../../core/i18n/index';
import { reportMarkdown } from '../../../core/reports/index';
import type { AppDeps } from '../../http/app';
import { parseInput } from '../../http/errors';
import { recordAccess } from '../access-log/service';
import { requireUser } from '../account/session';
import { documentBlocks } from './blocks';
import { reportPdf } from './pdf';
import { readableMeeting, reportFor } from './service';

const params = z.object({ meetingId: z.string().min(1).max(64) });
const query = z.object({ lang: z.enum(['nl', 'en']).optional(), case: reportCaseSchema });

/** A meeting's report as JSON (for the web page), Markdown and PDF downloads in the reader's language. */
export async function reportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  /** The reader, their language (?lang, else their account's) and the report they may see (REPORT-1). */
  const load = async (request: FastifyRequest, kind: 'report' | 'report.md' | 'report.pdf') => {
    const me = await requireUser(deps.auth, request);
    const { meetingId } = parseInput(params, request.params);
    const asked = parseInput(query, request.query);
    const locale: Locale = asked.lang ?? me.locale;
    const meeting = await readableMeeting(db, me.id, meetingId);
    const doc = await reportFor(db, me.id, meeting, asked.case);
    await recordAccess(db, me.id, meeting, kind);
    return { locale, meeting, doc };
  };
  // A meeting of several cases gets one file per case (CASES-7).
  const filename = (meetingId: string, doc: ReportResponse, ext: string) => {
    const part = doc.cases.length > 1 ? `-case-${doc.case}` : '';
    return `attachment; filename="report-${meetingId.slice(0, 8)}${part}.${ext}"`;
  };
  const noStore = 'private, no-store';

  app.get('/api/meetings/:meetingId/report', async (request, reply) => {
    const { doc } = await load(request, 'report');
    return reply.header('cache-control', noStore).send(doc satisfies ReportResponse);
  });
  app.get('/api/meetings/:meetingId/report.md', async (request, reply) => {
    const { doc, locale, meeting } = await load(request, 'report.md');
    return reply
      .type('text/markdown; charset=utf-8')
      .header('cache-control', noStore)
      .header('content-disposition', filename(meeting.id, doc, 'md'))
      .send(reportMarkdown(documentBlocks(doc, locale)));
  });
  app.get('/api/meetings/:meetingId/report.pdf', async (request, reply) => {
    const { doc, locale, meeting } = await load(request, 'report.pdf');
    const footer = translate(locale, 'reports.generated', {
      date: formatDay(locale, utcToZonedFields(new Date(), meeting.timeZone).date),
    });
    const title = `${translate(locale, 'reports.title')} ${doc.meta.groupName} ${formatDay(locale, doc.meta.date)}`;
    const pdf = await reportPdf(documentBlocks(doc, locale), title, footer);
    return reply
      .type('application/pdf')
      .header('cache-control', noStore)
      .header('content-disposition', filename(meeting.id, doc, 'pdf'))
      .send(pdf);
  });
}
