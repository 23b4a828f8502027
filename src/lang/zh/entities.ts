/**
 * Chinese titles, pronouns and name shapes for the entities stage. Only simplified forms are
 * listed: traditional text is folded to simplified character by character before matching, so
 * 總統, 國家元首 and 他們 are found through 总统, 国家元首 and 他们.
 * Sources: Xinhua usage for titles; the Xinhua transliteration table (外国人名译音表) for the
 * characters of foreign names; common family names (百家姓, most frequent).
 */
import type { EntitiesPack } from '../../extract/entities/entities-pack.js';

export default {
  tag: 'zh',
  titles: [
    { words: ['国家元首'], role: 'head-of-state', bare: true },
    { words: ['总统'], role: 'president', bare: true },
    { words: ['国家主席', '主席'], role: 'president' },
    { words: ['总理', '首相'], role: 'head-of-government' },
    { words: ['外长', '外交部长'], role: 'foreign-minister' },
    { words: ['秘书长'], role: 'secretary-general' },
    { words: ['领导人'], role: 'leader' },
  ],
  pronouns: [
    { words: ['他'], gender: 'm', personOnly: true },
    { words: ['她'], gender: 'f', personOnly: true },
    { words: ['他们', '她们'], plural: true, personOnly: true },
  ],
  pronounCues: [],
  stopPhrases: [
    '其他', '其她', '他人', '他国', '他乡', '他方', '吉他', '利他', '排他',
    '副总统', '前总统', '总统府', '总统选举', '总统大选', '总统制', '总统令', '总统候选人', '总统任期',
    '副主席', '主席国', '轮值主席', '主席台', '主席团', '副总理', '副秘书长', '副外长',
  ],
  frames: {
    qualifierBefore: [''],
    qualifierAfter: [],
    nameAfter: [''],
    nameBefore: [''],
    bareLeadIn: [''],
  },
  names: {
    kind: 'han',
    transliteration:
      '阿埃艾爱安昂奥敖巴拜班邦保鲍贝本比彼毕宾波伯博布查察达戴丹当道德登邓迪蒂丁杜敦顿多厄恩尔'
      + '法凡菲费芬丰冯佛弗福富夫盖甘冈戈哥格根贡古瓜圭哈海汉豪赫亨洪侯胡怀霍基吉季加贾坚杰捷津'
      + '卡凯坎康考柯科克肯库夸奎昆拉腊莱赖兰朗劳勒雷蕾黎里丽利莉连列林琳留柳龙卢鲁伦罗洛吕马玛'
      + '迈麦曼芒毛茂梅门蒙孟米敏缪摩莫默姆穆纳娜乃奈内妮尼涅宁纽努诺欧帕潘庞佩彭皮珀普齐奇契恰'
      + '乔切钦琴丘屈让热茹若瑞萨塞赛桑瑟森沙莎善尚绍舍申圣施什舒斯松苏索塔泰坦汤唐陶特滕提廷通'
      + '图托瓦万旺威韦维温翁沃乌伍希锡席夏谢辛欣休雅亚扬耶伊因英尤约扎泽詹珍朱兹佐茨济京'
      // Characters of women's names in transliteration.
      + '娃娅妮莉琳琪黛芙薇茜露',
    separators: '·•‧・･',
    // Family names that are also common function words (向, 于, 方, 高…) are left out: after a
    // title they would read 总统向成员国 as a name.
    surnames: [
      '欧阳', '司马', '上官', '诸葛', '皇甫', '令狐', '慕容',
      '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭',
      '林', '罗', '郑', '梁', '谢', '宋', '唐', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '董', '袁',
      '潘', '蒋', '蔡', '杜', '魏', '吕', '丁', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '汪', '范',
      '廖', '贾', '韦', '邹', '孟', '熊', '秦', '邱', '尹', '薛', '闫', '侯', '陶', '贺', '顾', '毛',
      '郝', '龚', '邵', '钱', '覃', '戴', '孔', '汤', '习', '温', '栗', '蔺', '岳',
    ],
    notInGivenName: '说表指在和与及等的出会认称对向同是也就将已于了并为今昨据此还都致发讲举访接见谈签、，。；：！？（）“”《》',
  },
  ambiguousNames: [],
} satisfies EntitiesPack;
