/**
 * The configured stage order. Each stage may read only layers written above it; the pipeline
 * test checks this, and that every language pack has every stage's pack part.
 */
import { paragraphsStage } from '../text/paragraphs-stage.js';
import { sentencesStage } from '../text/sentences-stage.js';
import { entitiesStage } from './entities/entities-stage.js';
import { quotesStage } from './quotes/quotes-stage.js';
import { timesStage } from './times/times-stage.js';
import { figuresStage } from './figures/figures-stage.js';
import { stancesStage } from './stances/stances-stage.js';
import { eventsStage } from './events/events-stage.js';
import type { StageDefinition } from './stage.js';

export const STAGES: readonly StageDefinition[] = [
  paragraphsStage,
  sentencesStage,
  entitiesStage,
  quotesStage,
  timesStage,
  figuresStage,
  stancesStage,
  eventsStage,
];
