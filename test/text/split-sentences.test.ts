import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { compileSentenceRules, splitSentences } from '../../src/text/split-sentences.js';

const packs = await loadPacks();
function sentences(code: string, text: string): string[] {
  const rules = compileSentenceRules(packs.part(code, 'text')!);
  return splitSentences(text, 0, text.length, rules).map(({ start, end }) => text.slice(start, end));
}

describe('sentence splitting', () => {
  it('keeps closing quotes with their sentence in Chinese', () => {
    expect(sentences('zh', '他说：“我们支持。”会议随后结束。')).toEqual(['他说：“我们支持。”', '会议随后结束。']);
  });

  it('does not break a Chinese decimal', () => {
    expect(sentences('zh', '收益高达1.5万亿美元。这是第二句。')).toEqual(['收益高达1.5万亿美元。', '这是第二句。']);
  });

  it('keeps Russian abbreviations and decimal commas inside the sentence', () => {
    expect(sentences('ru', 'В 2025 г. объем составил 1,5 трлн долларов, т.е. больше. Это рост.'))
      .toEqual(['В 2025 г. объем составил 1,5 трлн долларов, т.е. больше.', 'Это рост.']);
  });

  it('does not end a Russian quote at ?» when the attribution follows in lower case', () => {
    expect(sentences('ru', '«Кто мы?» — спросил он. Зал молчал.')).toEqual(['«Кто мы?» — спросил он.', 'Зал молчал.']);
  });

  it('handles English titles, initialisms and initials', () => {
    expect(sentences('en', 'Mr. Kallen met U.S. officials and J. Smith in Valdoria. Talks went on.'))
      .toEqual(['Mr. Kallen met U.S. officials and J. Smith in Valdoria.', 'Talks went on.']);
  });

  it('keeps a closing double quote with the sentence', () => {
    expect(sentences('en', '“We agree.” The talks ended.')).toEqual(['“We agree.”', 'The talks ended.']);
  });

  it('splits Kazakh sentences and keeps the ж. abbreviation', () => {
    expect(sentences('kk', '2025 ж. келісім жасалды. Бұл маңызды.')).toEqual(['2025 ж. келісім жасалды.', 'Бұл маңызды.']);
  });
});
