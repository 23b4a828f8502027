/**
 * Pairwise clustering precision and recall: a pair of statements is predicted linked when they
 * share a cluster, and truly linked when the gold standard gives them the same label.
 */
export interface PairMetrics {
  readonly truePairs: number;
  readonly predictedPairs: number;
  readonly correctPairs: number;
  readonly precision: number;
  readonly recall: number;
}

/** `gold` and `predicted` map each statement key to a label (gold: the utterance; predicted: the cluster). */
export function pairMetrics(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): PairMetrics {
  const keys = [...gold.keys()].filter((k) => predicted.has(k));
  let truePairs = 0;
  let predictedPairs = 0;
  let correctPairs = 0;
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const same = gold.get(keys[i]!) === gold.get(keys[j]!);
      const linked = predicted.get(keys[i]!) === predicted.get(keys[j]!);
      if (same) truePairs++;
      if (linked) predictedPairs++;
      if (same && linked) correctPairs++;
    }
  }
  return {
    truePairs, predictedPairs, correctPairs,
    precision: predictedPairs === 0 ? 1 : correctPairs / predictedPairs,
    recall: truePairs === 0 ? 1 : correctPairs / truePairs,
  };
}
