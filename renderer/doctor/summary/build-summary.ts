// The end-of-consultation summary, built from the consultation's timeline alone (the same
// fold the session log replays), so it holds exactly what happened and nothing else.
import type { SessionView } from '../../../shared/bridge/contract';
import type { PackBundle } from '../../../shared/content/bundle';
import type { ConsultationState, TimelineEntry } from '../../../shared/consultation/state';
import type { FamilySignal, PhraseSource } from '../../../shared/consultation/events';
import { consultationLabelFr } from '../../../shared/domain/consultation-types';
import { languageInfo } from '../../../shared/domain/languages';
import { answerFr, regionsFr, type FrenchText } from '../consultation/answer-fr';

export interface SummaryAnswer {
  cardId: string;
  stepId: string;
  questionFr: string;
  answerFr: string;
  at: string;
}

export interface Summary {
  typeFr: string;
  languageFr: string | null;
  language: SessionView['language'];
  startedAt: string;
  endedAt: string | null;
  minutes: number | null;
  flows: { flowId: string; titleFr: string; answers: SummaryAnswer[] }[];
  pain: { score: number | null; regionsFr: string[] };
  consents: SummaryAnswer[];
  interpreter: { used: boolean; minutes: number | null };
  phrases: { cardId: string; textFr: string; by: PhraseSource; at: string }[];
  signals: Record<FamilySignal, number>;
  /** Information cards the family went through in flows (advice, instructions). */
  infoCards: string[];
}

const minutesBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));

/** Minutes connected; a call still on when the session ended counts until the end. */
function interpreterTime(
  timeline: readonly TimelineEntry[],
  endedAt: string | null,
): Summary['interpreter'] {
  let total = 0;
  let since: string | null = null;
  let used = false;
  for (const entry of timeline) {
    if (entry.kind !== 'interpreter') continue;
    if (entry.state === 'connected') {
      used = true;
      since = entry.at;
    } else if (entry.state === 'ended' && since) {
      total += Date.parse(entry.at) - Date.parse(since);
      since = null;
    }
  }
  if (since && endedAt) total += Date.parse(endedAt) - Date.parse(since);
  return { used, minutes: used ? Math.round(total / 60_000) : null };
}

export function buildSummary(
  session: SessionView,
  state: ConsultationState,
  pack: PackBundle,
  fr: FrenchText,
): Summary {
  const flowsById = new Map(pack.flows.map((flow) => [flow.id, flow]));
  const flows: Summary['flows'] = [];
  const consents: SummaryAnswer[] = [];
  const infoCards: string[] = [];
  const pain: Summary['pain'] = { score: null, regionsFr: [] };
  const signals: Record<FamilySignal, number> = {
    'dont-understand': 0,
    repeat: 0,
    'want-interpreter': 0,
    stop: 0,
  };
  for (const entry of state.timeline) {
    if (entry.kind === 'flow-started') {
      flows.push({
        flowId: entry.flowId,
        titleFr: flowsById.get(entry.flowId)?.titleFr ?? entry.flowId,
        answers: [],
      });
    } else if (entry.kind === 'signal') signals[entry.signal] += 1;
    else if (entry.kind === 'answer') {
      const flow = flowsById.get(entry.flowId);
      if (entry.answer.kind === 'none') {
        infoCards.push(entry.cardId);
        continue;
      }
      const line = {
        cardId: entry.cardId,
        stepId: entry.stepId,
        questionFr: fr(entry.cardId),
        answerFr: answerFr(entry.answer, { flow, stepId: entry.stepId, fr }),
        at: entry.at,
      };
      // After "back", the family's new answer replaces the old one: the record keeps the final
      // answer of each step (the live timeline showed both).
      const answers = [...flows].reverse().find((f) => f.flowId === entry.flowId)?.answers;
      const earlier = answers?.findIndex((known) => known.stepId === entry.stepId) ?? -1;
      if (answers && earlier >= 0) answers.splice(earlier, 1);
      answers?.push(line);
      if (entry.consent) consents.push(line);
      if (entry.answer.kind === 'pain-scale') pain.score = entry.answer.value;
      if (entry.answer.kind === 'body-map') {
        pain.regionsFr = entry.answer.regions.map((region) => regionsFr[region]);
      }
    }
  }
  return {
    typeFr: consultationLabelFr(session.consultationType),
    language: session.language,
    languageFr: session.language ? languageInfo(session.language).frenchName : null,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    minutes: session.endedAt ? minutesBetween(session.startedAt, session.endedAt) : null,
    flows,
    pain,
    consents,
    interpreter: interpreterTime(state.timeline, session.endedAt),
    phrases: state.timeline.flatMap((entry) =>
      entry.kind === 'phrase'
        ? [{ cardId: entry.cardId, textFr: fr(entry.cardId), by: entry.by, at: entry.at }]
        : [],
    ),
    signals,
    infoCards,
  };
}
