// A pictogram calendar built without Intl: Chromium has no date data for ps, ti, so, wo, ka,
// sq, so years, months and days are plain numerals and month tiles show their number with a
// small calendar picture. Month precision stops after the month; day precision adds a day grid.
import { useState } from 'react';
import type { AnswerProps } from './answer-props';
import { useTestIds } from '../shown-test-ids';

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function DateAnswer(props: AnswerProps<'date'> & { today: Date }) {
  const testId = useTestIds();
  const thisYear = props.today.getFullYear();
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1];
  const [year, setYear] = useState<number>(thisYear);
  const [month, setMonth] = useState<number | null>(null);
  const pickMonth = (value: number) => {
    if (props.spec.precision === 'month') {
      props.onAnswer({ kind: 'date', value: `${String(year)}-${pad(value)}` });
    } else setMonth(value);
  };
  return (
    <div className="date-answer" dir="ltr">
      <div className="date-row">
        {years.map((value) => (
          <button
            key={value}
            type="button"
            className="date-key"
            aria-pressed={year === value}
            data-testid={testId(`year-${String(value)}`)}
            onClick={() => {
              setYear(value);
              setMonth(null);
            }}
          >
            {value}
          </button>
        ))}
      </div>
      <div className="date-grid months">
        {Array.from({ length: 12 }, (_, index) => index + 1).map((value) => (
          <button
            key={value}
            type="button"
            className="date-key month-key"
            aria-pressed={month === value}
            data-testid={testId(`month-${String(value)}`)}
            onClick={() => {
              pickMonth(value);
            }}
          >
            <span className="month-page" aria-hidden="true" />
            {value}
          </button>
        ))}
      </div>
      {month !== null && (
        <div className="date-grid days">
          {Array.from({ length: daysIn(year, month) }, (_, index) => index + 1).map((day) => (
            <button
              key={day}
              type="button"
              className="date-key"
              data-testid={testId(`day-${String(day)}`)}
              onClick={() => {
                props.onAnswer({
                  kind: 'date',
                  value: `${String(year)}-${pad(month)}-${pad(day)}`,
                });
              }}
            >
              {day}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
