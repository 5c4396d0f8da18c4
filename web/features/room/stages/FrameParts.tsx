import type { ReactNode } from 'react';
import type { FramePart, Phase } from '../../../../core/methods/schema';
import { CastingBoard } from './Casting';
import { DecisionBoard } from './Decision';
import { EvaluationBoard } from './Evaluation';
import { PitchBoard } from './Inventory';
import { FollowUpList } from './Opening';

/** What a frame stage offers, shown in the method's phase that stands for it (MEETING-RULES FRAME-2). */
const BOARDS: Record<FramePart, () => ReactNode> = {
  opening: FollowUpList,
  inventory: PitchBoard,
  casting: CastingBoard,
  decision: DecisionBoard,
  evaluation: EvaluationBoard,
};

/** The frame's work in a phase that replaces a frame stage: the pitches, the roles, the decision, the evaluation. */
export function FrameParts({ phase }: { phase: Phase }) {
  return (phase.frame ?? []).map((part) => {
    const Board = BOARDS[part];
    return (
      <div key={part} className="frame-part" data-frame-part={part}>
        <Board />
      </div>
    );
  });
}
