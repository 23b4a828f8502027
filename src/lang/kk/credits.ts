/**
 * Kazakh credit lines: `Сурет: Ақорда`, `Фото: Ақорда`, `Құрастырған: 阿遥`, `Аударған: …`.
 * Format: see src/ingest/credit-pack.ts.
 */
import type { CreditPack } from '../../ingest/credit-pack.js';

export default {
  credits: [
    { role: 'photo', words: ['Суретті түсірген', 'Сурет', 'Фото'], separator: 'required' },
    { role: 'compiler', words: ['Құрастырған', 'Құрастырушы', 'Дайындаған'], separator: 'required' },
    { role: 'translator', words: ['Аударған', 'Аудармашы'], separator: 'required' },
    { role: 'author', words: ['Авторы', 'Автор'], separator: 'required' },
    { role: 'editor', words: ['Редакторы', 'Редактор'], separator: 'required' },
    { role: 'source', words: ['Дереккөзі', 'Дереккөз'], separator: 'required' },
  ],
} satisfies CreditPack;
