import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionItem } from './model';
import { QuestionList } from './Questions';

/** One earlier phase's material as the running phase shows it, with what the viewer may do with it. */
export type SheetModel = {
  id: string;
  /** The title of the phase the material comes from. */
  title: string;
  items: QuestionItem[];
  /** Which part of the material this is: all of it, the chosen items, or the heaviest. */
  narrowed: 'all' | 'chosen' | 'top';
  canRate?: boolean;
  canAnswer?: boolean;
  canChoose?: boolean;
};

/**
 * The sheets of earlier phases that stay on the wall in this phase (MAT-1): each under the title of the
 * phase it comes from, side by side where the phase compares them.
 */
export function MaterialSheets({
  sheets,
  compare = false,
  onRate,
  onAnswer,
  onChoose,
}: {
  sheets: SheetModel[];
  compare?: boolean;
  onRate?: (id: string, rating: number) => void;
  onAnswer?: (id: string, answer: string) => void;
  onChoose?: (id: string, chosen: boolean) => void;
}) {
  if (sheets.length === 0) return null;
  return (
    <div className={compare ? 'material material-compare' : 'material'} data-testid="material">
      {sheets.map((sheet) => (
        <Sheet key={sheet.id} sheet={sheet} onRate={onRate} onAnswer={onAnswer} onChoose={onChoose} />
      ))}
    </div>
  );
}

function Sheet({
  sheet,
  onRate,
  onAnswer,
  onChoose,
}: {
  sheet: SheetModel;
  onRate?: ((id: string, rating: number) => void) | undefined;
  onAnswer?: ((id: string, answer: string) => void) | undefined;
  onChoose?: ((id: string, chosen: boolean) => void) | undefined;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="material-sheet" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`room.material.from.${sheet.narrowed}`, { phase: sheet.title })}</h3>
      <QuestionList
        items={sheet.items}
        canRate={sheet.canRate}
        canAnswer={sheet.canAnswer}
        canChoose={sheet.canChoose}
        onRate={onRate}
        onAnswer={onAnswer}
        onChoose={onChoose}
        emptyText={t(sheet.narrowed === 'chosen' ? 'room.material.noneChosen' : 'room.material.empty')}
      />
    </section>
  );
}
