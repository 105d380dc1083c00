// A consultation driven through the real reducer (shared/consultation/reduce.ts), as the local
// service folds its log: for tests of what the family screen predicts and draws ahead.
import type { AnswerValue } from '../../shared/content/answer';
import type { Flow } from '../../shared/content/flow';
import { applyCountedEvent, emptyConsultation, screenOf } from '../../shared/consultation/reduce';
import type { ConsultationScreen } from '../../shared/consultation/state';

export const SESSION = '6f1c1f43-33a4-4c54-9d0b-5f6f1f1f1f1f';

/** Folds events into a consultation running `flow`, one logged second apart. */
export function flowScreens(flow: Flow, sessionId = SESSION) {
  let clock = 0;
  let consultation = applyCountedEvent(
    emptyConsultation(sessionId),
    { type: 'flow.started', at: new Date(clock).toISOString(), data: { flowId: flow.id } },
    () => flow,
  );
  return {
    screen: (): ConsultationScreen => screenOf(consultation),
    answer(value: AnswerValue): ConsultationScreen {
      const step = consultation.state.step;
      if (!step) throw new Error('no step to answer');
      consultation = applyCountedEvent(
        consultation,
        {
          type: 'answer.given',
          at: new Date((clock += 1000)).toISOString(),
          data: { ...step, answer: value },
        },
        () => flow,
      );
      return screenOf(consultation);
    },
  };
}
