/** The shell: header with navigation and the interface language, and the page the hash names. */
import { useEffect, useState } from 'preact/hooks';
import { LABELS, LabelsContext, saveUiLang, UI_LANG_NAMES, UI_LANGS, initialUiLang, type UiLang } from './i18n/use-labels.js';
import { ArticlePage } from './pages/article-page.js';
import { EntityPage } from './pages/entity-page.js';
import { FiguresPage } from './pages/figures-page.js';
import { InitiativePage } from './pages/initiative-page.js';
import { PlaygroundPage } from './pages/playground-page.js';
import { SearchPage } from './pages/search-page.js';
import { StatementsPage } from './pages/statements-page.js';
import { hrefs, useRoute, type Route } from './router.js';

function Page({ route }: { readonly route: Route }) {
  switch (route.page) {
    case 'search': return <SearchPage query={route.query} />;
    case 'article': return <ArticlePage id={route.id} span={route.span} />;
    case 'entity': return <EntityPage id={route.id} />;
    case 'initiative': return <InitiativePage id={route.id} />;
    case 'figures': return <FiguresPage query={route.query} />;
    case 'statements': return <StatementsPage query={route.query} />;
    case 'playground': return <PlaygroundPage />;
  }
}

export function App() {
  const [lang, setLangState] = useState<UiLang>(initialUiLang);
  const route = useRoute();
  const t = LABELS[lang];
  const setLang = (next: UiLang) => { saveUiLang(next); setLangState(next); };
  useEffect(() => { document.documentElement.lang = lang; }, [lang]);
  const current = route.page;
  return (
    <LabelsContext.Provider value={{ lang, t, setLang }}>
      <header class="top">
        <a class="brand" href={hrefs.search()}>{t.appName}<span class="tagline">{t.tagline}</span></a>
        <nav class="main-nav">
          <a href={hrefs.search()} class={current === 'search' ? 'on' : ''}>{t.navSearch}</a>
          <a href={hrefs.statements()} class={current === 'statements' ? 'on' : ''}>{t.navStatements}</a>
          <a href={hrefs.figures()} class={current === 'figures' ? 'on' : ''}>{t.navFigures}</a>
          <a href={hrefs.playground()} class={current === 'playground' ? 'on' : ''}>{t.navPlayground}</a>
          <a href="/docs">{t.navDocs}</a>
        </nav>
        <div class="ui-lang" role="group" aria-label={t.uiLanguage}>
          {UI_LANGS.map((l) => (
            <button key={l} type="button" class={l === lang ? 'on' : ''} aria-pressed={l === lang} onClick={() => setLang(l)}>{UI_LANG_NAMES[l]}</button>
          ))}
        </div>
      </header>
      <div class="page"><Page route={route} /></div>
    </LabelsContext.Provider>
  );
}
