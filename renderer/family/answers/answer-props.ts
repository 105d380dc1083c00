// What every answer widget receives: its spec from the flow, the answer given before (after
// "back"), the card lookup in the family's language, and where to send the answer.
import type { AnswerSpec, AnswerValue } from '../../../shared/content/answer';
import type { CardViewModel } from '../../content/card-view-model';

export interface AnswerProps<K extends AnswerSpec['kind']> {
  spec: Extract<AnswerSpec, { kind: K }>;
  previous: AnswerValue | null;
  card: (id: string) => CardViewModel;
  onAnswer: (value: AnswerValue) => void;
}
