/**
 * The parts a language pack may have, one file each (`src/lang/<code>/<part>.ts`, default export).
 * Each stage adds its own part by declaration merging next to its pack type, so no central list
 * needs editing when a stage or a language is added:
 *
 *   declare module '../../lang/pack-parts.js' { interface PackParts { figures: FiguresPack } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface PackParts {}

export type PartName = keyof PackParts & string;
