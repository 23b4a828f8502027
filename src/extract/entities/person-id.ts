/**
 * Ids for people found only in the text: `person:` and a slug of the name. Latin names are
 * slugged as written, Cyrillic ones transliterated (Russian and Kazakh letters), and Han names,
 * which have no spelling-free romanisation without a dictionary, get a short stable hash.
 */

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ә: 'a', ғ: 'g', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};

/** FNV-1a, 32 bits: enough to tell apart the few unknown people of one corpus, and stable. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function slugOf(name: string): string {
  const latin = [...name.toLowerCase()].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join('');
  return latin.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** `person:arvid-kallen`, `person:irena-ostrova`, `person:zh-1a2b3c4d` (Han). */
export function personId(name: string): string {
  if (/\p{Script=Han}/u.test(name)) return `person:zh-${hash(name)}`;
  const slug = slugOf(name);
  return slug.length > 0 ? `person:${slug}` : `person:x-${hash(name)}`;
}
