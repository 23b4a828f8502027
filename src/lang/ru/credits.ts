/**
 * Russian credit lines: `Фото: Ақорда`, `Фото Акорды`, `Фото пресс-службы Акорды`,
 * `Автор: …`, `Переводчик: …`, `Составитель: 阿遥`. Format: see src/ingest/credit-pack.ts.
 */
import type { CreditPack } from '../../ingest/credit-pack.js';

export default {
  credits: [
    {
      role: 'photo',
      words: ['Фото пресс-службы', 'Фото с сайта', 'Фото предоставлено', 'Фото', 'Фотографии', 'Фотография'],
      separator: 'optional',
    },
    { role: 'compiler', words: ['Составитель', 'Составила', 'Составил', 'Подготовила', 'Подготовил'], separator: 'optional' },
    { role: 'translator', words: ['Переводчик', 'Перевод'], separator: 'required' },
    { role: 'translator', words: ['Перевела', 'Перевёл', 'Перевел'], separator: 'optional' },
    { role: 'author', words: ['Автор', 'Текст'], separator: 'required' },
    { role: 'editor', words: ['Редактор'], separator: 'required' },
    { role: 'source', words: ['Источник'], separator: 'required' },
  ],
} satisfies CreditPack;
