import { createContext, useContext } from 'react';
import type { CommandInput } from '../../../core/meeting/commands';
import type { MeetingView } from '../../../core/meeting/types';
import type { MeetingConnection, RoomSnapshot } from './connection';

/** Everything a stage screen needs: the view, who I am, the connection (with the server clock's offset) and a way to send commands. */
export type Room = {
  meetingId: string;
  view: MeetingView;
  me: string;
  room: RoomSnapshot<MeetingView>;
  connection: MeetingConnection<MeetingView>;
  send(command: CommandInput): string;
  /** A demo meeting without an account (DEMO-1): no projector, no report. */
  demo?: boolean;
};

export const RoomContext = createContext<Room | null>(null);

export function useRoom(): Room {
  const room = useContext(RoomContext);
  if (!room) throw new Error('useRoom outside RoomContext');
  return room;
}
