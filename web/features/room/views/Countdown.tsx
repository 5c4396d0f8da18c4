import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerNow } from '../use-room';
import { SPACE } from './glyphs';
import { lastMinuteSignal } from './signal';

function clock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/**
 * A calm countdown to an absolute server deadline. The last minute is marked in words (and, where this
 * device asked for it, a tone and a vibration); overrun shows as "+m:ss over time" in a quiet accent, never
 * flashing; a paused clock says so. Screen readers hear only the moments that matter: one minute left, and
 * time up.
 */
type CountdownProps = {
  deadline: number | null;
  now: number;
  totalMs?: number;
  large?: boolean;
  /** While the clock is paused (LIFE-3) the time stands still at the pause. */
  pausedAt?: number | null;
};

export function Countdown({ deadline, now, totalMs, large, pausedAt = null }: CountdownProps) {
  const { t } = useTranslation();
  const paused = pausedAt !== null;
  const remaining = deadline === null ? null : deadline - (paused ? Math.min(now, pausedAt) : now);
  const announcement = useMilestone(deadline, remaining);
  if (remaining === null) {
    return <p className="countdown muted">{t('room.timer.none')}</p>;
  }
  const over = remaining < 0;
  const lastMinute = !over && remaining <= 60_000;
  const progress = totalMs && totalMs > 0 ? Math.min(1, Math.max(0, 1 - remaining / totalMs)) : null;
  return (
    <div
      className={`countdown${over ? ' is-over' : ''}${lastMinute ? ' is-warning' : ''}${paused ? ' is-paused' : ''}${large ? ' is-large' : ''}`}
      data-testid="countdown"
    >
      <p className="countdown-value">
        <span className="countdown-digits">{over ? `+${clock(remaining)}` : clock(remaining)}</span>
        {SPACE}
        <span className="countdown-label">{over ? t('room.timer.over') : t('room.timer.left')}</span>
      </p>
      {paused ? (
        <p className="countdown-flag">{t('room.life.paused')}</p>
      ) : (
        lastMinute && <p className="countdown-flag">{t('room.life.oneMinute')}</p>
      )}
      {progress !== null && (
        <div className="countdown-track" aria-hidden="true">
          <span style={{ width: `${progress * 100}%` }} />
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/**
 * The countdown on the server's clock, ticking by itself: only the clock renders every second, not the
 * room around it (on four devices, a whole room re-rendered each second costs battery and CPU).
 */
export function LiveCountdown({ offsetMs, ...props }: Omit<CountdownProps, 'now'> & { offsetMs: number }) {
  return <Countdown {...props} now={useServerNow(offsetMs)} />;
}

/** Announces the last minute and the end of a time box once per deadline. */
function useMilestone(deadline: number | null, remaining: number | null): string {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const said = useRef<{ deadline: number | null; minute: boolean; up: boolean }>({
    deadline: null,
    minute: false,
    up: false,
  });
  useEffect(() => {
    if (said.current.deadline !== deadline) {
      // A new or extended deadline: a fresh minute warning is due; if it already passed, stay silent.
      said.current = {
        deadline,
        minute: remaining !== null && remaining <= 60_000,
        up: remaining !== null && remaining <= 0,
      };
      setMessage('');
      return;
    }
    if (remaining === null) return;
    if (!said.current.minute && remaining <= 60_000 && remaining > 0) {
      said.current.minute = true;
      setMessage(t('room.timer.lastMinute'));
      lastMinuteSignal();
    } else if (!said.current.up && remaining <= 0) {
      said.current.up = true;
      setMessage(t('room.timer.up'));
    }
  }, [deadline, remaining, t]);
  return message;
}
