/** Chinese (simplified and traditional) entities corpus. */
import { examples, mentions, never, type Corpus } from './corpus-types.js';

export const zh: Corpus = [
  examples(['country:in', 'person:narendra-modi'], ['印度总理纳伦德拉·莫迪', '印度總理納倫德拉·莫迪']),
  examples(['country:kz', 'person:kassym-jomart-tokayev'], [
    '哈萨克斯坦总统托卡耶夫', '哈薩克斯坦總統托卡耶夫', '哈萨克斯坦总统卡瑟姆-若马尔特·托卡耶夫',
  ]),
  examples(['country:cn', 'person:xi-jinping'], ['中华人民共和国主席习近平', '中國國家主席習近平']),
  examples(['person:xi-jinping'], ['习近平主席', '習近平主席']),
  examples(['country:kg', 'person:sadyr-japarov'], ['吉尔吉斯斯坦总统萨德尔·扎帕罗夫']),
  examples(['organization:sco', 'organization:cica'], ['加强上合组织与亚信会议之间的业务联系']),
  examples(['place:tianjin', 'place:astana', 'place:almaty', 'place:aktau'], ['天津、阿斯塔纳、阿拉木图和阿克套']),
  // Role by date: the title with its country means whoever held the office that day.
  mentions([['哈萨克斯坦', 'country:kz'], ['总统', 'person:kassym-jomart-tokayev', 'title']], ['哈萨克斯坦总统出席会议。']),
  mentions([['哈萨克斯坦', 'country:kz'], ['总统', 'person:nursultan-nazarbayev', 'title']], ['哈萨克斯坦总统出席会议。'], '2015-06-01'),
  mentions([['联合国', 'organization:un'], ['秘书长', 'person:antonio-guterres', 'title'], ['阿拉木图', 'place:almaty']],
    ['今年8月，联合国秘书长在阿拉木图出席了揭幕仪式。']),
  // A surname alone after the full name is coreference.
  mentions([
    ['哈萨克斯坦', 'country:kz'], ['托卡耶夫', 'person:kassym-jomart-tokayev', 'alias'],
    ['托卡耶夫', 'person:kassym-jomart-tokayev', 'coref'],
  ], ['哈萨克斯坦总统托卡耶夫出席会议。托卡耶夫指出，会议很重要。']),
  // Unknown people: a dotted name after a title, then its surname and a pronoun.
  mentions([
    ['阿尔维德·卡伦', 'new:A', 'pattern'], ['阿斯塔纳', 'place:astana'], ['卡伦', 'new:A', 'coref'], ['他', 'new:A', 'coref'],
  ], ['瓦尔多利亚总统阿尔维德·卡伦抵达阿斯塔纳。卡伦表示，双方关系良好。他强调合作的重要性。']),
  mentions([['阿爾維德·卡倫', 'new:A', 'pattern'], ['阿斯塔納', 'place:astana']], ['瓦爾多利亞總統阿爾維德·卡倫抵達阿斯塔納。']),
  mentions([['王晓明', 'new:A', 'pattern'], ['伊雷娜·奥斯特罗娃', 'new:B', 'pattern']], ['马雷尼亚外长王晓明会见了瓦尔多利亚总理伊雷娜·奥斯特罗娃。']),
  // A dotted name needs no title; a known surname inside an unknown name is not that person.
  mentions([['阿尔维德·卡伦', 'new:A', 'pattern']], ['双方同意，阿尔维德·卡伦将于明年访问。']),
  // A participant list: each title introduces its own person.
  mentions([
    ['印度', 'country:in'], ['纳伦德拉·莫迪', 'person:narendra-modi'], ['白俄罗斯', 'country:by'],
    ['亚历山大·卢卡申科', 'person:alexander-lukashenko'], ['阿尔维德·卡伦', 'new:A', 'pattern'],
  ], ['印度总理纳伦德拉·莫迪、白俄罗斯总统亚历山大·卢卡申科以及瓦尔多利亚总统阿尔维德·卡伦出席会议并发表讲话。']),
  never(['person:'], [
    '本次峰会恰逢中国人民抗日战争胜利和世界反法西斯战争胜利80周年。',
    '网络犯罪和其他破坏性趋势日益猖獗。',
    '总统府发表声明。',
    '吉尔吉斯共和国接任上海合作组织轮值主席国。',
    '他强调首要任务是加强合作。',
  ]),
];
