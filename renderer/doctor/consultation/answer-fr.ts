// Canonical answers rendered in French for the doctor: option ids become their cards' French
// texts, numbers get their unit, dates are written day/month/year by hand (no Intl needed).
import type { AnswerValue, BodyRegion, NumberUnit } from '../../../shared/content/answer';
import type { Flow } from '../../../shared/content/flow';
import type { z } from 'zod';

export type FrenchText = (cardId: string) => string;

const yesNoFr = { yes: 'Oui', no: 'Non', 'dont-know': 'Ne sait pas' } as const;

const unitsFr: Record<z.infer<typeof NumberUnit>, [string, string]> = {
  days: ['jour', 'jours'],
  weeks: ['semaine', 'semaines'],
  months: ['mois', 'mois'],
  years: ['an', 'ans'],
  times: ['fois', 'fois'],
  kg: ['kg', 'kg'],
};

export const regionsFr: Record<BodyRegion, string> = {
  head: 'tête',
  eyes: 'yeux',
  ears: 'oreilles',
  mouth: 'bouche',
  throat: 'gorge',
  chest: 'poitrine',
  belly: 'ventre',
  back: 'dos',
  arms: 'bras',
  hands: 'mains',
  legs: 'jambes',
  feet: 'pieds',
  skin: 'peau',
  'genital-area': 'zone génitale',
};

function optionText(
  flow: Flow | undefined,
  stepId: string,
  optionId: string,
  fr: FrenchText,
): string {
  const step = flow?.steps.find((candidate) => candidate.id === stepId);
  const spec = step?.answer;
  if (spec && (spec.kind === 'single' || spec.kind === 'multiple')) {
    const option = spec.options.find((candidate) => candidate.id === optionId);
    if (option) return fr(option.card);
  }
  return optionId;
}

export function answerFr(
  value: AnswerValue,
  context: { flow: Flow | undefined; stepId: string; fr: FrenchText },
): string {
  const { flow, stepId, fr } = context;
  switch (value.kind) {
    case 'none':
      return 'Vu';
    case 'single':
      return optionText(flow, stepId, value.option, fr);
    case 'multiple':
      return value.options.map((id) => optionText(flow, stepId, id, fr)).join(' ; ');
    case 'yes-no':
      return yesNoFr[value.value];
    case 'pain-scale':
      return `Douleur ${String(value.value)}/10`;
    case 'body-map':
      return value.regions.map((region) => regionsFr[region]).join(', ');
    case 'number': {
      const spec = flow?.steps.find((step) => step.id === stepId)?.answer;
      const unit = spec?.kind === 'number' ? unitsFr[spec.unit] : null;
      return unit ? `${String(value.value)} ${unit[value.value > 1 ? 1 : 0]}` : String(value.value);
    }
    case 'date': {
      const [year, month, day] = value.value.split('-');
      return day ? `${day}/${month ?? ''}/${year ?? ''}` : `${month ?? ''}/${year ?? ''}`;
    }
  }
}
