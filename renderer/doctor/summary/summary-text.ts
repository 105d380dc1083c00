// The summary as plain French text, ready to paste into the medical record.
import type { Summary } from './build-summary';

const hhmm = (iso: string) => {
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}h${String(date.getMinutes()).padStart(2, '0')}`;
};

const yesNo = (value: boolean) => (value ? 'oui' : 'non');

export function summaryText(summary: Summary): string {
  const lines = [
    `Consultation : ${summary.typeFr}`,
    `Langue de la famille : ${summary.languageFr ?? 'non choisie'}`,
    `Début : ${hhmm(summary.startedAt)}${summary.minutes === null ? '' : ` — durée : ${String(summary.minutes)} min`}`,
  ];
  for (const flow of summary.flows) {
    lines.push('', `${flow.titleFr} :`);
    if (flow.answers.length === 0) lines.push('  (aucune réponse)');
    for (const answer of flow.answers) lines.push(`  - ${answer.questionFr} → ${answer.answerFr}`);
  }
  if (summary.pain.score !== null || summary.pain.regionsFr.length > 0) {
    lines.push(
      '',
      `Douleur : ${summary.pain.score === null ? 'non cotée' : `${String(summary.pain.score)}/10`}${
        summary.pain.regionsFr.length > 0 ? ` — zones : ${summary.pain.regionsFr.join(', ')}` : ''
      }`,
    );
  }
  if (summary.consents.length > 0) {
    lines.push('', 'Consentements :');
    for (const consent of summary.consents) {
      lines.push(`  - ${consent.questionFr} → ${consent.answerFr} (${hhmm(consent.at)})`);
    }
  }
  lines.push(
    '',
    `Interprète : ${yesNo(summary.interpreter.used)}${
      summary.interpreter.minutes === null ? '' : ` (${String(summary.interpreter.minutes)} min)`
    }`,
  );
  if (summary.phrases.length > 0) {
    lines.push('Phrases montrées à la famille :');
    for (const phrase of summary.phrases) lines.push(`  - ${phrase.textFr}`);
  }
  const s = summary.signals;
  lines.push(
    `Signaux de la famille : « je ne comprends pas » ×${String(s['dont-understand'])}, « répéter » ×${String(s.repeat)}, « interprète » ×${String(s['want-interpreter'])}, « stop » ×${String(s.stop)}`,
  );
  return lines.join('\n');
}
