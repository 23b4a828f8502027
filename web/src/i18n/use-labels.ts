/** The interface language: English, Chinese or Russian, remembered in localStorage. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en, type Labels } from './labels-en.js';
import { ru } from './labels-ru.js';
import { zh } from './labels-zh.js';

export const UI_LANGS = ['en', 'zh', 'ru'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export const LABELS: Readonly<Record<UiLang, Labels>> = { en, zh, ru };
export const UI_LANG_NAMES: Readonly<Record<UiLang, string>> = { en: 'English', zh: '中文', ru: 'Русский' };

const STORAGE_KEY = 'rostrum.uiLang';

export function initialUiLang(): UiLang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && (UI_LANGS as readonly string[]).includes(saved)) return saved as UiLang;
  } catch {
    // Storage can be disabled; the browser's language decides then.
  }
  const browser = (navigator.language || 'en').slice(0, 2);
  return (UI_LANGS as readonly string[]).includes(browser) ? (browser as UiLang) : 'en';
}

export function saveUiLang(lang: UiLang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, still applied.
  }
}

export interface LabelsState {
  readonly lang: UiLang;
  readonly t: Labels;
  readonly setLang: (lang: UiLang) => void;
}

export const LabelsContext = createContext<LabelsState>({ lang: 'en', t: en, setLang: () => undefined });

export const useLabels = (): LabelsState => useContext(LabelsContext);
