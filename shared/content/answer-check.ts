// Does an answer value fit the step's answer kind? One message per way it can be wrong, so the
// engine can refuse a value that a buggy screen or a stale message sends.
import { painScaleValues, type AnswerSpec, type AnswerValue } from './answer';

/** null when the value fits, otherwise why not. */
export function answerProblem(spec: AnswerSpec, value: AnswerValue): string | null {
  if (spec.kind !== value.kind) return `expected a "${spec.kind}" answer, got "${value.kind}"`;
  switch (spec.kind) {
    case 'single': {
      const option = (value as Extract<AnswerValue, { kind: 'single' }>).option;
      return spec.options.some((known) => known.id === option) ? null : `unknown option ${option}`;
    }
    case 'multiple': {
      const chosen = (value as Extract<AnswerValue, { kind: 'multiple' }>).options;
      const unknown = chosen.filter((id) => !spec.options.some((known) => known.id === id));
      if (unknown.length > 0) return `unknown option ${unknown.join(', ')}`;
      return new Set(chosen).size === chosen.length ? null : 'an option is chosen twice';
    }
    case 'body-map': {
      const regions = (value as Extract<AnswerValue, { kind: 'body-map' }>).regions;
      const unknown = regions.filter((region) => !spec.regions.includes(region));
      if (unknown.length > 0) return `region not on this map: ${unknown.join(', ')}`;
      return spec.multiple || regions.length === 1 ? null : 'only one region may be chosen';
    }
    case 'number': {
      const number = (value as Extract<AnswerValue, { kind: 'number' }>).value;
      return number >= spec.min && number <= spec.max
        ? null
        : `${number} is outside ${spec.min}–${spec.max}`;
    }
    case 'pain-scale': {
      const level = (value as Extract<AnswerValue, { kind: 'pain-scale' }>).value;
      return (painScaleValues as readonly number[]).includes(level) ? null : `no face for ${level}`;
    }
    case 'date': {
      const date = (value as Extract<AnswerValue, { kind: 'date' }>).value;
      const isDay = date.length === 10;
      return isDay === (spec.precision === 'day') ? null : `expected a ${spec.precision}`;
    }
    case 'none':
    case 'yes-no':
      return null;
  }
}
