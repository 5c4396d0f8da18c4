import './cases.css';
import '../groups/groups.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CaseItem, Meeting } from '../../../core/api/groups';
import { useTitle } from '../../lib/use-title';
import { formatMeetingStart } from '../groups/lib/format';
import { Loaded, RequireUser } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { CaseEditor, emptyCase } from './CaseEditor';

/** "/meetings/:meetingId/cases/new": bring a case in for this meeting. */
export function NewCasePage() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  useTitle(t('casesUi.form.newTitle'));
  const meeting = useResource<Meeting>(`/api/meetings/${meetingId}`);
  return (
    <RequireUser>
      <Loaded resource={meeting}>
        {(m) => (
          <section className="narrow wide-form">
            <p className="eyebrow">
              <Link to={`/meetings/${m.id}`}>
                {m.groupName} · {formatMeetingStart(m.startsAt, m.timeZone)}
              </Link>
            </p>
            <h1>{t('casesUi.form.newTitle')}</h1>
            <p className="lead">{t('casesUi.form.lead')}</p>
            <CaseEditor groupId={m.groupId} meetingId={m.id} initial={emptyCase} />
          </section>
        )}
      </Loaded>
    </RequireUser>
  );
}

/** "/cases/:caseId/edit": change my own case, draft or submitted. */
export function EditCasePage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  useTitle(t('casesUi.form.editTitle'));
  const item = useResource<CaseItem>(`/api/cases/${caseId}`);
  return (
    <RequireUser>
      <Loaded resource={item}>
        {(c) => (
          <section className="narrow wide-form">
            <p className="eyebrow">
              {c.meetingId ? (
                <Link to={`/meetings/${c.meetingId}`}>{t('casesUi.form.toMeeting')}</Link>
              ) : (
                <Link to={`/groups/${c.groupId}`}>{t('casesUi.form.toGroup')}</Link>
              )}
            </p>
            <h1>{t('casesUi.form.editTitle')}</h1>
            <CaseEditor groupId={c.groupId} meetingId={c.meetingId} initial={c} caseId={c.id} />
          </section>
        )}
      </Loaded>
    </RequireUser>
  );
}
