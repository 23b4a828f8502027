import { describe, expect, it } from 'vitest';
import { normalizeText, paragraphOffsets } from '../../src/text/normalize-text.js';

describe('normalizeText', () => {
  it('composes to NFC and unifies line breaks and odd spaces', () => {
    expect(normalizeText('Cafe\u0301\r\nnext\u00A0line')).toBe('Café\n\nnext line');
  });

  it('treats blank lines as paragraph breaks and single breaks as wraps', () => {
    expect(normalizeText('One line\nwrapped here.\n\n\n\nSecond  paragraph.\n')).toBe('One line wrapped here.\n\nSecond paragraph.');
  });

  it('joins a hard wrap between Han characters without a space', () => {
    expect(normalizeText('哈萨克斯坦支持\n中国提出的倡议。\n\n第二段。')).toBe('哈萨克斯坦支持中国提出的倡议。\n\n第二段。');
  });

  it('makes each line a paragraph when there are no blank lines', () => {
    expect(normalizeText('First.\nSecond.\nThird.')).toBe('First.\n\nSecond.\n\nThird.');
  });

  it('drops zero-width characters, BOMs and control characters', () => {
    expect(normalizeText('\uFEFFA\u200Bb\u0007c')).toBe('Abc');
  });

  it('gives paragraph offsets that slice back to each paragraph', () => {
    const text = normalizeText('甲。\n\nБ.\n\nC.');
    expect(paragraphOffsets(text).map(({ start, end }) => text.slice(start, end))).toEqual(['甲。', 'Б.', 'C.']);
  });
});
