import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResultFields } from '../search/searchIndex.ts';
import { loadSearch, type SearchGuides } from './loadSearch.ts';

interface Props {
  /**
   * `box`: a combobox whose matches pop up under it (the home page). `page`: the /search/ page, whose
   * matches stay listed as links and whose query lives in the URL (`?q=`), so a search can be shared.
   */
  variant: 'box' | 'page';
}

const LISTBOX_ID = 'search-options';

function ResultLabel({ result }: { result: SearchResultFields }) {
  return (
    <>
      <span class="search__title">{result.title}</span>
      <span class="search__meta">
        {result.company} · {result.role}
      </span>
    </>
  );
}

export default function SearchBox({ variant }: Props) {
  const [mounted, setMounted] = useState(false);
  const [search, setSearch] = useState<SearchGuides | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLUListElement>(null);

  const engage = () => {
    if (search) return;
    loadSearch().then(
      (loaded) => {
        setSearch(() => loaded);
        setFailed(false);
      },
      () => setFailed(true),
    );
  };

  useEffect(() => {
    setMounted(true);
    if (variant === 'page') {
      const initial = new URLSearchParams(location.search).get('q') ?? '';
      setQuery(initial);
      if (initial) engage();
    }
  }, []);

  useEffect(() => {
    if (variant !== 'page' || !mounted) return;
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  }, [query, mounted]);

  const trimmed = query.trim();
  const results: SearchResultFields[] = search && trimmed ? search(trimmed) : [];
  const status = trimmed === '' ? '' : failed ? '' : !search ? 'Loading search…' : `${results.length} guide${results.length === 1 ? '' : 's'} found`;

  const onBoxKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (results.length > 0) setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results[active];
      location.assign(chosen ? chosen.url : `/search/?q=${encodeURIComponent(trimmed)}`);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  // On the page, the arrow keys move between the result links, and from the box into them.
  const onPageKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(list.current?.querySelectorAll('a') ?? [])];
    if (links.length === 0) return;
    event.preventDefault();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    (next < 0 ? document.getElementById('search-page') : links[next])?.focus();
  };

  const inputId = `search-${variant}`;
  const common = {
    id: inputId,
    name: 'q',
    type: 'search',
    autocomplete: 'off',
    spellcheck: false,
    placeholder: 'e.g. Stripe, frontend, Postgres, k8s',
    disabled: !mounted,
    value: query,
    onInput: (event: Event) => {
      setQuery((event.currentTarget as HTMLInputElement).value);
      setActive(-1);
      setOpen(true);
    },
  };

  return (
    <form class={`search search--${variant}`} role="search" action="/search/" method="get" onSubmit={(event) => event.preventDefault()}>
      <label class="search__label" htmlFor={inputId}>
        Search guides by company, role or skill
      </label>
      {variant === 'box' ? (
        <div class="search__combo">
          <input
            {...common}
            role="combobox"
            aria-expanded={open && results.length > 0}
            aria-controls={LISTBOX_ID}
            aria-autocomplete="list"
            aria-activedescendant={results[active] ? `search-option-${active}` : undefined}
            onFocus={() => {
              engage();
              setOpen(true);
            }}
            onKeyDown={onBoxKeyDown}
            onBlur={() => setOpen(false)}
          />
          <ul id={LISTBOX_ID} role="listbox" aria-label="Matching guides" class="search__popup" hidden={!open || results.length === 0} data-testid="search-results">
            {results.map((result, index) => (
              <li
                key={result.id}
                id={`search-option-${index}`}
                role="option"
                aria-selected={index === active}
                class="search__option"
                data-guide={result.id}
                // mousedown, not click: the input's blur would close the list before a click lands.
                onMouseDown={(event) => {
                  event.preventDefault();
                  location.assign(result.url);
                }}
              >
                <ResultLabel result={result} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div onKeyDown={onPageKeyDown}>
          <input {...common} onFocus={engage} />
          <ul ref={list} class="search__list" aria-label="Matching guides" data-testid="search-results">
            {results.map((result) => (
              <li key={result.id} data-guide={result.id}>
                <a href={result.url} class="search__link">
                  <ResultLabel result={result} />
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" class="search__status">
        {status}
      </p>
      {failed && (
        <p role="alert" class="search__status">
          Search could not load. Check your connection and try again, or browse the guides by company or role.
        </p>
      )}
    </form>
  );
}
