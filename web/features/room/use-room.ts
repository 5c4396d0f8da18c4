import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { type ConnectionOptions, MeetingConnection, type RoomSnapshot } from './connection';
import { browserStorage, draftKey } from './outbox';

/**
 * Opens the live connection of a meeting for as long as the component is mounted and re-renders on every
 * change. Network-back and page-visible events retry at once, so a phone that wakes up is back in a moment.
 */
export function useMeetingConnection<V>(
  meetingId: string,
  options: Omit<ConnectionOptions<V>, 'meetingId'>,
): { connection: MeetingConnection<V>; room: RoomSnapshot<V> } {
  const [connection] = useState(() => new MeetingConnection<V>({ ...options, meetingId }));
  useEffect(() => {
    connection.start();
    const nudge = () => connection.nudge();
    const onVisible = () => document.visibilityState === 'visible' && nudge();
    const offline = () => connection.offline();
    window.addEventListener('online', nudge);
    window.addEventListener('offline', offline);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('online', nudge);
      window.removeEventListener('offline', offline);
      document.removeEventListener('visibilitychange', onVisible);
      connection.stop();
    };
  }, [connection]);
  const room = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  return { connection, room };
}

/** A text field's content kept in localStorage as it is typed, so a reload or a dead battery loses nothing. */
export function useDraft(meetingId: string, field: string): [string, (value: string) => void, () => void] {
  const key = draftKey(meetingId, field);
  const [value, setValue] = useState(() => browserStorage()?.getItem(key) ?? '');
  useEffect(() => setValue(browserStorage()?.getItem(key) ?? ''), [key]);
  const set = useCallback(
    (next: string) => {
      setValue(next);
      try {
        if (next) browserStorage()?.setItem(key, next);
        else browserStorage()?.removeItem(key);
      } catch {
        // storage full or blocked: the text stays in the field
      }
    },
    [key],
  );
  const clear = useCallback(() => set(''), [set]);
  return [value, set, clear];
}

/** The server's clock, ticking once a second: for calm countdowns that agree on every device. */
export function useServerNow(offsetMs: number, everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    setNow(Date.now() + offsetMs);
    const timer = setInterval(() => setNow(Date.now() + offsetMs), everyMs);
    return () => clearInterval(timer);
  }, [offsetMs, everyMs]);
  return now;
}
