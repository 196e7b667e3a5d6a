/**
 * Test-only helpers for drafts (nothing outside the tests imports this folder): the rules'
 * answers written as the form would write them, and a draft with questions left unanswered.
 */
import type { Answers } from '../../eligibility';
import type { Draft, Field } from '../fields';

const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');

/** A draft holding exactly these answers, with the application day given as a date. */
export function draftFromAnswers(answers: Answers): Draft {
  const draft: Draft = {
    programme: answers.programmeId,
    intake: answers.intakeYear,
    nationality: answers.nationality,
    born: answers.dateOfBirth,
    iang: yesNo(answers.permittedUnderIANG),
    graduated: answers.graduationDate,
    when: 'date',
    apply: answers.applicationDate,
    offer: yesNo(answers.jobOffer !== null),
  };
  const offer = answers.jobOffer;
  if (offer) {
    const ticked: [Field, boolean][] = [
      ['full-time', offer.fullTime],
      ['relevant', offer.relevantToProgramme],
      ['level', offer.higherDiplomaLevel],
      ['pay', offer.marketPay],
    ];
    for (const [field, flag] of ticked) if (flag) draft[field] = 'yes';
    draft.months = String(offer.contractMonths);
    draft['own-business'] = yesNo(offer.ownBusiness);
  }
  return draft;
}

/** The draft with these questions unanswered (exactOptionalPropertyTypes forbids `x: undefined`). */
export function without(draft: Draft, ...fields: Field[]): Draft {
  return Object.fromEntries(Object.entries(draft).filter(([key]) => !fields.includes(key as Field)));
}
