/**
 * The vocabulary the figures ledger groups claims by: what a figure measures and what narrows it.
 * Apart from measures-pack.ts because that file adds the `measures` pack part by module
 * augmentation, which the web app's type-check rejects; link rows, and the API types derived
 * from them, need only these names.
 */

/** What a figure measures. `ratio` concepts (a share, a growth rate) combine with a base one. */
export type MeasureConcept =
  | 'trade' | 'exports' | 'imports' | 'gdp' | 'market' | 'revenue' | 'investment' | 'population'
  | 'budget' | 'debt' | 'reserves' | 'output' | 'aid' | 'share' | 'growth';

/** What narrows a measure: trade *within* a region, the *world* economy, the market *for AI*. */
export type MeasureQualifier = 'intra' | 'world' | 'ai' | 'energy' | 'digital';
