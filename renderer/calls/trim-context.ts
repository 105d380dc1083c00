// Keeps a context under the data channel's size cap: the oldest answers go first (the
// interpreter needs the latest ones), then the phrasebook is cut. Pure.
import { MAX_CALL_CONTEXT_CHARS, type CallContext } from '../../shared/calls/call-context';

export function trimContext(context: CallContext): CallContext {
  let trimmed = context;
  while (JSON.stringify(trimmed).length > MAX_CALL_CONTEXT_CHARS - 200) {
    if (trimmed.answers.length > 0) {
      trimmed = {
        ...trimmed,
        answers: trimmed.answers.slice(Math.ceil(trimmed.answers.length / 4)),
      };
    } else if (trimmed.phrasebook.length > 0) {
      trimmed = {
        ...trimmed,
        phrasebook: trimmed.phrasebook.slice(0, Math.floor(trimmed.phrasebook.length / 2)),
      };
    } else {
      break;
    }
  }
  return trimmed;
}
