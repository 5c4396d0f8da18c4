import '../groups/forms.css';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseCriteria, CaseItem } from '../../../core/api/groups';
import { Field } from '../../components/Field';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { currentLocale } from '../../lib/i18n';
import { fieldErrorsOf, hasFieldIssues, useFocusFirstInvalid } from '../groups/lib/field-errors';
import { TextArea } from '../groups/lib/TextArea';
import { CriteriaChecklist, type Stream, StreamChoice } from './CaseQualities';
import { PrivacyHelper } from './PrivacyHelper';
import { detectPersonalData } from './privacy';
import { type CaseText, type FieldFinding, findInCase, replaceAll, replaceFinding } from './privacy-fields';

type Initial = Pick<CaseItem, 'title' | 'situation' | 'question' | 'stream' | 'criteria'> & {
  status?: CaseItem['status'];
};

export const emptyCase: Initial = {
  title: '',
  situation: '',
  question: '',
  stream: null,
  criteria: { ownProblem: false, current: false, concrete: false, bothersMe: false, wantToAct: false },
};

type Props = { groupId: string; meetingId: string | null; initial: Initial; caseId?: string };

/** The case form: text with a live privacy check, stream, criteria; save as draft or submit to the group. */
export function CaseEditor({ groupId, meetingId, initial, caseId }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState<CaseText>({
    title: initial.title,
    situation: initial.situation,
    question: initial.question,
  });
  const [stream, setStream] = useState<Stream>(initial.stream);
  const [criteria, setCriteria] = useState<CaseCriteria>(initial.criteria);
  const [id, setId] = useState(caseId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const locale = currentLocale();
  // Names replaced earlier keep their label, so one person is "[person A]" in every field.
  const [replaced, setReplaced] = useState<ReadonlyMap<string, string>>(new Map());
  const findings = useMemo(
    () => findInCase(text, (texts) => detectPersonalData(texts, locale, replaced)),
    [text, locale, replaced],
  );
  const remember = (list: FieldFinding[]) =>
    setReplaced((known) => {
      const next = new Map(known);
      for (const f of list) if (f.kind === 'name') next.set(f.text.toLowerCase(), f.label);
      return next;
    });
  const formRef = useFocusFirstInvalid(error);
  const fieldError = fieldErrorsOf(error, {
    title: t('casesUi.errors.title'),
    situation: t('casesUi.errors.tooLong'),
    question: t('casesUi.errors.tooLong'),
  });
  const edit = (field: keyof CaseText) => (e: { target: { value: string } }) => {
    setSaved(false);
    setText((v) => ({ ...v, [field]: e.target.value }));
  };

  const save = async (status: 'draft' | 'submitted') => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const body = { ...text, stream, criteria, status, meetingId };
      const result = id
        ? await api<CaseItem>(`/api/cases/${id}`, { method: 'PATCH', body })
        : await api<CaseItem>(`/api/groups/${groupId}/cases`, { body });
      if (status === 'submitted' && meetingId) {
        navigate(`/meetings/${meetingId}`, { state: { caseSubmitted: true } });
        return;
      }
      setId(result.id);
      setSaved(true);
      if (!id) navigate(`/cases/${result.id}/edit`, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save('submitted');
  };

  return (
    <form onSubmit={onSubmit} className="form case-form" noValidate ref={formRef}>
      {Boolean(error) && !hasFieldIssues(error) && <ErrorState error={error} />}
      <Field
        label={t('casesUi.form.title')}
        hint={t('casesUi.form.titleHint')}
        value={text.title}
        onChange={edit('title')}
        maxLength={120}
        required
        error={fieldError('title')}
      />
      <TextArea
        label={t('casesUi.form.situation')}
        hint={t('casesUi.form.situationHint')}
        value={text.situation}
        onChange={edit('situation')}
        rows={7}
        maxLength={5000}
        error={fieldError('situation')}
      />
      <TextArea
        label={t('casesUi.form.question')}
        hint={t('casesUi.form.questionHint')}
        value={text.question}
        onChange={edit('question')}
        rows={2}
        maxLength={1000}
        error={fieldError('question')}
      />
      <PrivacyHelper
        findings={findings}
        onReplace={(f) => {
          remember([f]);
          setText((v) => replaceFinding(v, f));
        }}
        onReplaceAll={() => {
          remember(findings);
          setText((v) => replaceAll(v, findings));
        }}
      />
      <StreamChoice value={stream} onChange={setStream} />
      <CriteriaChecklist value={criteria} onChange={setCriteria} />
      {saved && (
        <p className="notice" role="status">
          {t('casesUi.form.draftSaved')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('casesUi.form.submit')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => save('draft')}>
          {t('casesUi.form.saveDraft')}
        </button>
      </div>
      <p className="hint">{t('casesUi.form.submitHint')}</p>
      {id && <DeleteCase caseId={id} after={meetingId ? `/meetings/${meetingId}` : '/groups'} />}
    </form>
  );
}

function DeleteCase({ caseId, after }: { caseId: string; after: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const remove = async () => {
    try {
      await api(`/api/cases/${caseId}`, { method: 'DELETE' });
      navigate(after);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="stack-sm">
      {Boolean(error) && <ErrorState error={error} />}
      {confirm ? (
        <div className="actions">
          <button type="button" className="btn btn-danger" onClick={remove}>
            {t('casesUi.form.confirmDelete')}
          </button>
          <button type="button" className="btn" onClick={() => setConfirm(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="btn btn-ghost" onClick={() => setConfirm(true)}>
          {t('casesUi.form.delete')}
        </button>
      )}
    </div>
  );
}
