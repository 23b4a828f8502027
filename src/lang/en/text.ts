/** English text rules: titles, initialisms and month abbreviations that carry a full stop. */
import type { TextPack } from '../../text/text-pack.js';

export default {
  tag: 'en',
  francCode: 'eng',
  script: 'Latin',
  sentences: {
    terminators: '.!?…',
    closers: '”’"\')»]',
    abbreviations: [
      'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'col.', 'lt.', 'sgt.', 'capt.', 'rep.', 'sen.',
      'gov.', 'pres.', 'st.', 'sr.', 'jr.', 'no.', 'vs.', 'etc.', 'e.g.', 'i.e.', 'approx.',
      'u.s.', 'u.k.', 'u.n.', 'e.u.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.',
      'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'inc.', 'ltd.', 'co.', 'corp.', 'dept.', 'est.',
      'mt.', 'ft.', 'fig.', 'vol.', 'p.m.', 'a.m.',
    ],
  },
} satisfies TextPack;
