import { factsOf, type Fact, type PersonFile } from '../person-file/person-file';
import type { RuleWords } from '../safeguards/rule-words';
import type { ReviewFlag } from './family-journey';

/** How many children one record says she has, when it says. */
export interface ChildrenCount {
  readonly count: number;
  readonly fact: Fact;
}

/** A record's count: the number she gave, or the children listed when she gave none (never below the list). */
function countOf(numberOfChildren: number | null, listed: number): number | null {
  if (numberOfChildren === null) return listed > 0 ? listed : null;
  return Math.max(numberOfChildren, listed);
}

/**
 * The admission record lists the children outside (where they live, who has custody); a baby
 * admitted with her in the same custody is counted too, unless the record already lists it.
 */
function withHerNotListed(file: PersonFile, custodyId: string, listed: readonly string[]): number {
  return factsOf(file, 'ChildAdmittedWithParent').filter((c) => c.data.custodyId === custodyId && !listed.includes(c.data.childId)).length;
}

/** Every count the police and the prison recorded, in event order. */
export function childrenCounts(file: PersonFile): ChildrenCount[] {
  const police = factsOf(file, 'DependantsScreeningRecorded').flatMap((s) => {
    const count = countOf(s.data.numberOfChildren, s.data.children.length);
    return count === null ? [] : [{ count, fact: s }];
  });
  const prison = factsOf(file, 'ChildrenRecordedAtAdmission').flatMap((a) => {
    const count = countOf(a.data.numberOfChildren, a.data.children.length);
    return count === null
      ? []
      : [
          {
            count:
              count +
              withHerNotListed(
                file,
                a.data.custodyId,
                a.data.children.map((c) => c.childId),
              ),
            fact: a,
          },
        ];
  });
  return [...police, ...prison];
}

/**
 * The prison must record the number of her children at admission (Bangkok Rule 3); a prison
 * count that differs from the police's is flagged, because a child the prison does not know of
 * is a child nobody tells of a transfer or a release. She may decline to answer (she "should not
 * be forced", report footnote 7): a declined answer records no count, so it is never compared.
 */
export function childrenCountFlags(file: PersonFile, words: RuleWords): ReviewFlag[] {
  const counts = childrenCounts(file);
  const police = counts.filter((c) => c.fact.agency === 'police');
  if (police.length === 0) return [];
  const most = police.reduce((a, b) => (b.count > a.count ? b : a));
  return counts
    .filter((c) => c.fact.agency === 'prison' && c.count !== most.count)
    .map((c) => ({
      kind: 'children-count-differs',
      childKey: null,
      message: `The prison recorded ${words.count(c.count, 'child', 'children')} at admission (counting any admitted with the parent) but the police recorded ${c.count < most.count ? '' : 'only '}${most.count} at the arrest, and no record explains the difference.`,
      eventIds: [most.fact.eventId, c.fact.eventId],
    }));
}
