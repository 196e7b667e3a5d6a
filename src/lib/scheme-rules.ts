import type { MessageKey } from '../i18n';
import type { SourceId } from './sources';

/**
 * The scheme's rules as the rules page and the print edition group them (issue 17): the brochure's
 * footnotes 1, 2 and 4 to 6 in the words of ../shared/facts/vpas.md where it is more precise (ImmD:
 * the two categories' windows, "spouse or partner", the 12-month deadline). Footnote 3 (the sector
 * count) sits with the sector list. A rule is [its title or null, its text]; the words are in the
 * dictionaries, the sources are those the group's statements rely on.
 */
export interface RuleGroup {
  id: 'who' | 'after' | 'family' | 'residence';
  titleKey: MessageKey;
  rules: readonly (readonly [MessageKey | null, MessageKey])[];
  sources: readonly SourceId[];
}

export const ruleGroups = [
  {
    id: 'who',
    titleKey: 'brochure.rules.who',
    rules: [
      [null, 'brochure.rule.who'],
      [null, 'brochure.rule.intakes'],
      [null, 'programme.condition.completion'],
      [null, 'programme.condition.age'],
      [null, 'programme.condition.nationality'],
      [null, 'programme.condition.iang'],
    ],
    sources: ['immd', 'brochure'],
  },
  {
    id: 'after',
    titleKey: 'brochure.rules.after',
    rules: [
      ['programme.categoryA.title', 'programme.categoryA.text'],
      ['programme.categoryB.title', 'programme.categoryB.text'],
      [null, 'brochure.rule.business'],
      [null, 'programme.condition.deadline'],
    ],
    sources: ['immd'],
  },
  {
    id: 'family',
    titleKey: 'brochure.rules.family',
    rules: [
      [null, 'brochure.rule.studyDependants'],
      [null, 'brochure.rule.dependants'],
    ],
    sources: ['immd', 'brochure'],
  },
  { id: 'residence', titleKey: 'brochure.rules.residence', rules: [[null, 'home.step5.text']], sources: ['immd', 'brochure'] },
] as const satisfies readonly RuleGroup[];

export type RuleGroupId = (typeof ruleGroups)[number]['id'];

/** The groups with these ids, in the order asked. */
export function ruleGroupsById(ids: readonly RuleGroupId[]): RuleGroup[] {
  return ids.map((id) => ruleGroups.find((group) => group.id === id)!);
}

/**
 * The rules that most often surprise a family (issue 17), for the printed summary and the programme
 * page's short summary: no part-time or summer job while studying (ImmD-study), and one change of
 * employer in the first 48 months (ImmD).
 */
export const surprisingRules = ['scheme.noJobs', 'support.changeEmployer'] as const satisfies readonly MessageKey[];
