// A big number pad: digits, erase, and done. No keyboard typing needed (a physical keyboard
// works too); the value is held within the step's min–max, so nothing out of range is sent.
import { useState } from 'react';
import type { AnswerProps } from './answer-props';
import { DoneTile } from './DoneTile';
import { useTestIds } from '../shown-test-ids';

const digits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] as const;

export function NumberAnswer(props: AnswerProps<'number'>) {
  const testId = useTestIds();
  const initial = props.previous?.kind === 'number' ? String(props.previous.value) : '';
  const [entry, setEntry] = useState(initial);
  const value = entry === '' ? null : Number(entry);
  const valid = value !== null && value >= props.spec.min && value <= props.spec.max;
  const press = (digit: number) => {
    const next = entry === '0' ? String(digit) : `${entry}${String(digit)}`;
    if (Number(next) <= props.spec.max) setEntry(next);
  };
  return (
    <div className="number-answer">
      {/* Digits are shown as Western Arabic numerals in every script: bidi-isolated so an RTL
          page keeps "12" as twelve. */}
      <output
        className="number-display"
        dir="ltr"
        aria-live="polite"
        data-testid={testId('number-display')}
      >
        {entry === '' ? '–' : entry}
      </output>
      <div className="number-pad" dir="ltr">
        {digits.map((digit) => (
          <button
            key={digit}
            type="button"
            className="number-key"
            data-testid={testId(`digit-${String(digit)}`)}
            onClick={() => {
              press(digit);
            }}
          >
            {digit}
          </button>
        ))}
        <button
          type="button"
          className="number-key"
          aria-label={props.card('ui.clear').text}
          data-testid={testId('digit-clear')}
          onClick={() => {
            setEntry(entry.slice(0, -1));
          }}
        >
          ⌫
        </button>
      </div>
      <DoneTile
        label={props.card('ui.done').text}
        disabled={!valid}
        onPress={() => {
          if (value !== null) props.onAnswer({ kind: 'number', value });
        }}
      />
    </div>
  );
}
