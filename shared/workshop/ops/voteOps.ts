import { z } from 'zod';
import { defineOperation, OperationRefused } from '../../ops/defineOperation';
import { id } from '../../schema/primitives';
import { castVote, withdrawVote } from '../votes';
import { requireFreeId, requireNote, requireParticipant, requireWorkshop, workshopRef } from './common';

const voteRef = { ...workshopRef, participantId: id, noteId: id };

/** Dot voting (shared/workshop/votes): each participant has `votesPerParticipant` dots per step. */
export const voteOps = {
  'workshop.vote.cast': defineOperation('workshop.vote.cast', z.object({ ...voteRef, voteId: id }).strict(), (draft, { workshopId, participantId, noteId, voteId }) => {
    const workshop = requireWorkshop(draft, workshopId);
    requireParticipant(workshop, participantId);
    requireNote(workshop, noteId);
    requireFreeId(workshop.votes, voteId);
    if (castVote(workshop, participantId, noteId, voteId) === 'no-votes-left') {
      throw new OperationRefused('refused', 'This participant has no votes left on this step.', '该参与者在这个步骤已没有剩余票数。');
    }
  }),

  /** Takes back the participant's latest dot on the note; nothing changes if there is none. */
  'workshop.vote.withdraw': defineOperation('workshop.vote.withdraw', z.object(voteRef).strict(), (draft, { workshopId, participantId, noteId }) => {
    const workshop = requireWorkshop(draft, workshopId);
    requireNote(workshop, noteId);
    withdrawVote(workshop, participantId, noteId);
  }),
};
