import { isParticipant } from '../rules';
import { accept, type Deciders, reject } from './kit';

/** Joining, leaving and letting guests in (ROLE-4, GUEST-*). */
export const presenceDeciders = {
  join(state, _command, actor) {
    if (isParticipant(state, actor.userId)) return accept();
    const guest = actor.guest === true;
    if (guest && !state.admittedGuests.includes(actor.userId)) return reject('guest_not_admitted');
    return accept({
      type: 'participantJoined',
      participant: { userId: actor.userId, name: actor.name, guest },
    });
  },
  leave(state, _command, actor, now) {
    if (state.roles.chair === actor.userId) return reject('chair_must_hand_over');
    return accept({ type: 'participantLeft', userId: actor.userId, at: now });
  },
  admitGuest(state, command) {
    if (state.admittedGuests.includes(command.userId)) return accept();
    if (isParticipant(state, command.userId)) return reject('no_such_participant', 'already a member');
    return accept({ type: 'guestAdmitted', userId: command.userId, name: command.name });
  },
  refuseGuest(state, command, _actor, now) {
    if (!state.admittedGuests.includes(command.userId)) return reject('no_such_participant');
    if (state.roles.chair === command.userId) return reject('chair_must_hand_over');
    return accept({ type: 'guestRefused', userId: command.userId, at: now });
  },
} satisfies Partial<Deciders>;
