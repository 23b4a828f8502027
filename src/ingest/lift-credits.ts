/**
 * Lifts credit lines out of a body: every whole line that the credit matcher recognises leaves
 * the body (even a repeated one) and its credits join the article's, once per role and name, in
 * order of appearance. The matcher is built from every language pack's `credits` part, because
 * a Chinese report may carry a Kazakh photo credit (`Фото: Ақорда`), as the seed does.
 */
import type { Credit } from './article.js';
import { loadPacks } from '../lang/load-packs.js';
import { createCreditMatcher, type CreditMatcher } from './match-credit-line.js';

const packs = await loadPacks();
const allPacksMatcher = createCreditMatcher(packs.all('credits').map(([, pack]) => pack));

export interface LiftedCredits {
  /** The lines left; a lifted line becomes an empty line, so paragraphs stay apart. */
  readonly lines: string[];
  readonly credits: Credit[];
}

/** Adds a credit unless one with the same role and name is already there. */
export function addCredit(credits: Credit[], credit: Credit): void {
  if (!credits.some((c) => c.role === credit.role && c.name === credit.name)) credits.push(credit);
}

export function liftCredits(
  lines: readonly string[],
  known: readonly Credit[] = [],
  matcher: CreditMatcher = allPacksMatcher,
): LiftedCredits {
  const credits: Credit[] = [];
  for (const credit of known) addCredit(credits, credit);
  const kept = lines.map((line) => {
    const found = matcher.match(line);
    if (found === undefined) return line;
    for (const credit of found) addCredit(credits, credit);
    return '';
  });
  return { lines: kept, credits };
}

/** Credits a whole line states (for a byline found outside the body), or undefined. */
export function matchCreditLine(line: string): Credit[] | undefined {
  return allPacksMatcher.match(line);
}
