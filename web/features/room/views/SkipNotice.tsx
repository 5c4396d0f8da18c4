import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type Skipped = { id: string; title: string };

/**
 * Tells everyone which phase the chair just skipped (LIFE-4); the chair can undo it from here. A skip
 * is noticed as a phase id newly in `skippedPhaseIds`; one undone or started again takes the notice away.
 */
export function SkipNotice({
  skippedIds,
  titleOf,
  canUndo,
  onUndo,
}: {
  skippedIds: readonly string[];
  titleOf(phaseId: string): string;
  canUndo: boolean;
  onUndo(phaseId: string): void;
}) {
  const { t } = useTranslation();
  const known = useRef<readonly string[] | null>(null);
  const [latest, setLatest] = useState<string | null>(null);
  useEffect(() => {
    // The skips already there when the room opened are old news.
    const before = known.current ?? skippedIds;
    known.current = skippedIds;
    const fresh = skippedIds.filter((id) => !before.includes(id));
    if (fresh.length > 0) setLatest(fresh.at(-1)!);
    else if (latest && !skippedIds.includes(latest)) setLatest(null);
  }, [skippedIds, latest]);
  if (!latest) return null;
  return (
    <div className="notice skip-notice" role="status">
      <p>{t('room.life.skipped', { title: titleOf(latest) })}</p>
      <div className="actions">
        {canUndo && (
          <button type="button" className="btn btn-small" onClick={() => onUndo(latest)}>
            {t('room.life.undoSkip')}
          </button>
        )}
        <button type="button" className="btn btn-small" onClick={() => setLatest(null)}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
