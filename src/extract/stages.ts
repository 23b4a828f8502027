/**
 * The configured stage order. Each stage may read only layers written above it; the pipeline
 * test checks this, and that every language pack has every stage's pack part.
 */
import { paragraphsStage } from '../text/paragraphs-stage.js';
import { sentencesStage } from '../text/sentences-stage.js';
import type { StageDefinition } from './stage.js';

export const STAGES: readonly StageDefinition[] = [
  paragraphsStage,
  sentencesStage,
];
