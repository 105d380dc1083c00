// Flows and the phrasebook: unique ids, every card and option they name exists, every branch
// lands on a step of the same flow, and no route loops.
import { painFaceCards, yesNoCards } from '../../shared/content/answer';
import { findCycle, missingTargets } from '../../shared/content/flow-graph';
import type { Flow } from '../../shared/content/flow';
import type { Issue } from './issue';
import type { LoadedPack } from './load-pack';

function checkFlow(file: string, flow: Flow, cardIds: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  const unknownCard = (id: string, card: string) => {
    if (!cardIds.has(card))
      issues.push({ file, id, code: 'UNKNOWN_CARD', message: `card ${card} does not exist` });
  };
  if (file !== `flows/${flow.id}.json`) {
    issues.push({
      file,
      id: flow.id,
      code: 'SCHEMA',
      message: `flow ${flow.id} must live in flows/${flow.id}.json`,
    });
  }
  const stepIds = new Set<string>();
  for (const step of flow.steps) {
    const id = `${flow.id}/${step.id}`;
    if (stepIds.has(step.id))
      issues.push({ file, id, code: 'DUPLICATE_ID', message: 'step id used twice' });
    stepIds.add(step.id);
    unknownCard(id, step.card);
    const options = 'options' in step.answer ? step.answer.options : [];
    const optionIds = new Set<string>();
    for (const option of options) {
      if (optionIds.has(option.id))
        issues.push({ file, id, code: 'DUPLICATE_ID', message: `option ${option.id} used twice` });
      optionIds.add(option.id);
      unknownCard(id, option.card);
    }
    if (step.answer.kind === 'yes-no')
      for (const card of Object.values(yesNoCards)) unknownCard(id, card);
    if (step.answer.kind === 'pain-scale') {
      for (const card of Object.values(painFaceCards)) unknownCard(id, card);
    }
    for (const branch of step.branches) {
      if ('option' in branch.when && !optionIds.has(branch.when.option)) {
        issues.push({
          file,
          id,
          code: 'UNKNOWN_OPTION',
          message: `branch on option ${branch.when.option}, which this step does not offer`,
        });
      }
    }
  }
  for (const missing of missingTargets(flow)) {
    issues.push({
      file,
      id: `${flow.id}/${missing.step}`,
      code: 'MISSING_STEP',
      message: `goes to step ${missing.target}, which does not exist`,
    });
  }
  const cycle = findCycle(flow);
  if (cycle)
    issues.push({ file, id: flow.id, code: 'CYCLE', message: `steps loop: ${cycle.join(' → ')}` });
  return issues;
}

export function checkFlows(pack: LoadedPack, cardIds: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  const flowIds = new Map<string, string>();
  for (const { file, data } of pack.flows) {
    const other = flowIds.get(data.id);
    if (other)
      issues.push({ file, id: data.id, code: 'DUPLICATE_ID', message: `flow also in ${other}` });
    flowIds.set(data.id, file);
    issues.push(...checkFlow(file, data, cardIds));
  }
  if (pack.phrasebook) {
    const { file, data } = pack.phrasebook;
    const categories = new Set<string>();
    for (const category of data.categories) {
      if (categories.has(category.id))
        issues.push({
          file,
          id: category.id,
          code: 'DUPLICATE_ID',
          message: 'category used twice',
        });
      categories.add(category.id);
      for (const card of category.cards) {
        if (!cardIds.has(card))
          issues.push({
            file,
            id: category.id,
            code: 'UNKNOWN_CARD',
            message: `card ${card} does not exist`,
          });
      }
    }
  }
  return issues;
}
