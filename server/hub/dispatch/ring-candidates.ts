// Who a searching call should ring now: online interpreters for its language, only the
// clinic's priority list during the priority phase, never someone already ringing or who
// declined. Pure, so the rule reads (and tests) apart from the sockets.
import type { Call } from './call-state';

export type RingPlan = { widen: true } | { widen: false; ids: string[] };

export function ringCandidates(call: Call, available: readonly string[], only?: string): RingPlan {
  let ids = only === undefined ? [...available] : available.filter((id) => id === only);
  if (call.priorityPhase) {
    const priority = call.clinic.device.priority;
    ids = ids.filter((id) => priority.includes(id));
    // Nobody from the list is there: no reason to make the clinic wait for them.
    if (only === undefined && ids.length === 0 && call.ringing.size === 0) return { widen: true };
  }
  return { widen: false, ids: ids.filter((id) => !call.ringing.has(id) && !call.declined.has(id)) };
}
