/*
 * What every page of the registry shares: the signed-in session (a bearer token from
 * POST /api/tokens, kept in this tab only), calls to the REST API with problem details turned
 * into messages, the language (English, Russian or Kazakh) with numbers and dates formatted for it, and
 * the page's header. The pages read and write only through the REST API, like any client.
 * Loaded before Alpine, so that its 'alpine:init' handler registers the stores first.
 */
(function () {
  'use strict';

  const SESSION_KEY = 'registry.session';
  const LANGUAGE_KEY = 'registry.language';
  const CURRENCY_KEY = 'registry.currency';
  const LANGUAGES = ['en', 'ru', 'kk'];

  /** Where each role works; the order decides where someone with several roles lands. */
  const PAGES = [
    { role: 'finance-officer', href: 'finance.html', label: 'nav.finance' },
    { role: 'court-clerk', href: 'clerk.html', label: 'nav.clerk' },
    { role: 'auditor', href: 'auditor.html', label: 'nav.auditor' },
    { role: 'administrator', href: 'admin.html', label: 'nav.admin' },
  ];

  // ---- the session -------------------------------------------------------------------------

  const session = {
    current() {
      let stored;
      try {
        stored = JSON.parse(sessionStorage.getItem(SESSION_KEY));
      } catch (e) {
        stored = null;
      }
      if (!stored || !stored.token || Date.parse(stored.expiresAt) <= Date.now()) {
        sessionStorage.removeItem(SESSION_KEY);
        return null;
      }
      return stored;
    },
    start(username, token) {
      const started = { username, token: token.token, expiresAt: token.expiresAt, roles: token.roles };
      sessionStorage.setItem(SESSION_KEY, JSON.stringify(started));
      return started;
    },
    end(reason) {
      sessionStorage.removeItem(SESSION_KEY);
      location.assign('index.html' + (reason ? '?ended=' + encodeURIComponent(reason) : ''));
    },
    has(role) {
      const current = session.current();
      return !!current && current.roles.includes(role);
    },
    /** The first page this person may use: every role has one. */
    home(roles) {
      return PAGES.find((p) => roles.includes(p.role)).href;
    },
    /** Sends anyone without the role back to the sign-in page before the page shows anything. */
    require(role) {
      const current = session.current();
      if (!current) {
        session.end('expired');
        return;
      }
      if (!current.roles.includes(role)) {
        location.replace('index.html?ended=forbidden');
        return;
      }
      // the token's end is the session's end
      setTimeout(() => session.end('expired'), Math.max(0, Date.parse(current.expiresAt) - Date.now()));
    },
  };

  // ---- the REST API ------------------------------------------------------------------------

  /** A refusal from the API, with its problem details (RFC 9457) and the failing fields. */
  class ApiError extends Error {
    constructor(status, problem) {
      super(amountsForPeople((problem && (problem.detail || problem.title)) || 'HTTP ' + status, pageLanguage()));
      this.status = status;
      this.problem = problem || {};
      this.fields = {};
      for (const error of this.problem.errors || []) {
        // "post.input.amount" or "amount": the field is the last part
        const field = String(error.field || '').split('.').pop();
        const message = amountsForPeople(error.message, pageLanguage());
        this.fields[field] = this.fields[field] ? this.fields[field] + '; ' + message : message;
      }
    }
  }

  /**
   * A passing failure (the database out of reach, too many failed sign-ins) told as what to do:
   * nothing was changed, try again in a moment.
   */
  function inPlainWords(response, problem) {
    if (response.status === 503) {
      return Object.assign({}, problem, { detail: translate('error.unavailable') });
    }
    if (response.status === 429) {
      const seconds = response.headers.get('Retry-After') || '60';
      return Object.assign({}, problem, { detail: translate('error.throttled', { seconds }) });
    }
    return problem;
  }

  /** Marks the page's calls, so a refusal challenges with Bearer only (no browser sign-in box). */
  const PAGE_HEADERS = { 'X-Requested-With': 'XMLHttpRequest' };

  async function call(path, options = {}) {
    const headers = Object.assign({}, PAGE_HEADERS, options.headers || {});
    const current = session.current();
    if (options.basic) {
      headers.Authorization = 'Basic ' + btoa(unescape(encodeURIComponent(options.basic.username + ':' + options.basic.password)));
    } else if (current) {
      headers.Authorization = 'Bearer ' + current.token;
    } else {
      session.end('expired');
      throw new ApiError(401, { detail: translate('session.expired') });
    }
    let body = options.body;
    if (body !== undefined && typeof body !== 'string' && !(body instanceof Blob)) {
      body = JSON.stringify(body);
      headers['Content-Type'] = 'application/json';
    }
    // the API answers its refusals in the page's language
    headers['Accept-Language'] = pageLanguage();
    if (!headers.Accept) {
      headers.Accept = 'application/json, application/problem+json';
    }
    const response = await fetch(path, { method: options.method || 'GET', headers, body });
    if (response.status === 401 && !options.basic) {
      session.end('expired');
    }
    const type = response.headers.get('Content-Type') || '';
    if (!response.ok) {
      const problem = type.includes('json') ? await response.json().catch(() => null) : null;
      throw new ApiError(response.status, inPlainWords(response, problem));
    }
    if (options.raw) {
      return response;
    }
    if (response.status === 204 || !type.includes('json')) {
      return null;
    }
    return response.json();
  }

  const api = {
    get: (path, options) => call(path, Object.assign({}, options)),
    post: (path, body, options) => call(path, Object.assign({ method: 'POST', body }, options)),
    put: (path, body, options) => call(path, Object.assign({ method: 'PUT', body }, options)),
    /** A new idempotency key: a form keeps one until it succeeds, so a double click posts once. */
    key: () => (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random()),
    /** The ETag of a record, for If-Match on a change. */
    async etag(path) {
      const response = await call(path, { raw: true });
      return response.headers.get('ETag');
    },
    /** Fetches a report with the token and saves it as a file (a plain link cannot carry the token). */
    async download(path, fileName) {
      const response = await call(path, { raw: true, headers: { Accept: '*/*' } });
      api.save(await response.blob(), fileName);
    },
    /** Saves what the page made (a template, an export) as a file. */
    save(blob, fileName) {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    },
    /** Asks for a job's state until it ends; {@code onProgress} sees each state. */
    async follow(path, onProgress, isOver) {
      for (;;) {
        const state = await call(path);
        onProgress(state);
        if (isOver(state)) {
          return state;
        }
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
    },
  };

  // ---- language and formats ----------------------------------------------------------------

  function language() {
    const chosen = localStorage.getItem(LANGUAGE_KEY);
    if (LANGUAGES.includes(chosen)) {
      return chosen;
    }
    const browser = (navigator.language || 'en').slice(0, 2);
    return LANGUAGES.includes(browser) ? browser : 'en';
  }

  /** The language the page shows now: the one chosen on it, else the stored or the browser's. */
  function pageLanguage() {
    return window.Alpine && Alpine.store('ui') ? Alpine.store('ui').lang : language();
  }

  function translate(key, params, lang) {
    const messages = window.REGISTRY_MESSAGES || {};
    const chosen = lang || pageLanguage();
    let text = (messages[chosen] && messages[chosen][key]) || (messages.en && messages.en[key]) || key;
    for (const [name, value] of Object.entries(params || {})) {
      text = text.split('{' + name + '}').join(value);
    }
    return text;
  }

  /**
   * Each language's conventions for numbers and names. Kazakh writes numbers as Russian does (spaces
   * between thousands, a decimal comma, "12 млн", ₸ after the amount), and browsers' Intl mostly lacks
   * Kazakh's own data (Chromium answers "2027 M01"): numbers and country names on the Kazakh page
   * follow ru-RU, and dates are written with Kazakh month names below.
   */
  const locales = { en: 'en-GB', ru: 'ru-RU', kk: 'ru-RU' };
  const KAZAKH_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек',
    'қазан', 'қараша', 'желтоқсан'];

  /** "5 қаңтар 2027 ж.", with ", 05:19" for a moment (in the browser's time zone, as the other languages). */
  function kazakhDate(day, withTime, utc) {
    const part = (name) => day[(utc ? 'getUTC' : 'get') + name]();
    const date = part('Date') + ' ' + KAZAKH_MONTHS[part('Month')] + ' ' + part('FullYear') + ' ж.';
    return withTime ? date + ', ' + String(part('Hours')).padStart(2, '0') + ':' + String(part('Minutes')).padStart(2, '0') : date;
  }

  /**
   * An amount as a person types it in the page's language, made into the plain decimal the API
   * reads: spaces (also non-breaking ones) group digits; in English a comma groups digits too,
   * in Russian a comma is the decimal mark. "5 000 000" goes as 5000000; "5,000,000.50" (English)
   * and "5 000 000,50" (Russian) as 5000000.50. Anything else goes as typed, and the API says
   * what is wrong with it next to the field.
   */
  function amountAsTyped(text, lang) {
    const value = (text || '').trim().replace(/[\s\u00A0\u202F]/g, '');
    if (lang === 'ru' || lang === 'kk') {
      return /^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
    }
    return /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(value) ? value.replace(/,/g, '') : value;
  }


  // ---- countries ---------------------------------------------------------------------------

  /** ISO 3166-1 alpha-2: every country code there is (as the Java platform lists them). */
  const COUNTRY_CODES = ('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW').split(' ');

  /**
   * Countries by name in the page's language (the browser's own names, Intl.DisplayNames): a person
   * types "Kyrgyzstan", "Киргизия" or "KG" and the registry stores KG, never the first two letters.
   */
  const countries = {
    name(code, lang) {
      try {
        return new Intl.DisplayNames([locales[lang] || 'en'], { type: 'region' }).of(code);
      } catch (e) {
        return code;
      }
    },
    /** "Kyrgyzstan (KG)": what a list shows and what the field reads back. */
    label(code, lang) {
      return countries.name(code, lang) + ' (' + code + ')';
    },
    list(lang) {
      return COUNTRY_CODES.map((code) => ({ code, label: countries.label(code, lang), name: countries.name(code, lang) }))
        .sort((a, b) => a.name.localeCompare(b.name, locales[lang]));
    },
    /** The code a person meant, in either language, or null when no country goes by that name. */
    find(text, lang) {
      const typed = (text || '').trim();
      const coded = typed.match(/\(([A-Za-z]{2})\)$/);
      const candidate = (coded ? coded[1] : typed).toUpperCase();
      if (/^[A-Z]{2}$/.test(candidate) && COUNTRY_CODES.includes(candidate)) {
        return candidate;
      }
      const wanted = typed.toLocaleLowerCase();
      for (const language of [lang, 'en', 'ru', 'kk']) {
        const found = COUNTRY_CODES.find((code) => countries.name(code, language).toLocaleLowerCase() === wanted);
        if (found) {
          return found;
        }
      }
      return null;
    },
  };

  /**
   * A named record's name in the page's language (a purpose, a category of the law: name, nameRu,
   * nameKk), where the registry has it; else the Russian on the Kazakh page, else the English.
   */
  function localName(named, lang) {
    if (!named) {
      return '';
    }
    const translated = lang === 'kk' ? named.nameKk || named.nameRu : lang === 'ru' ? named.nameRu : null;
    return translated || named.name;
  }

  const format = {
    /** A money view ({amount, currency}); amounts go to Intl as strings, so no digit is lost. */
    money(money, lang) {
      if (!money || money.amount === undefined || money.amount === null) {
        return '—';
      }
      try {
        return new Intl.NumberFormat(locales[lang], { style: 'currency', currency: money.currency }).format(money.amount);
      } catch (e) {
        return money.amount + ' ' + money.currency;
      }
    },
    number(value, lang, digits) {
      if (value === undefined || value === null || value === '') {
        return '—';
      }
      return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: digits === undefined ? 2 : digits }).format(value);
    },
    date(iso, lang) {
      if (!iso) {
        return '—';
      }
      const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(iso + 'T00:00:00Z') : new Date(iso);
      if (lang === 'kk') {
        return kazakhDate(day, iso.length !== 10, iso.length === 10);
      }
      const options = iso.length === 10 ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' };
      return new Intl.DateTimeFormat(locales[lang], options).format(day);
    },
    /** A month ("2027-01") by its name: "January 2027", "январь 2027 г.", "2027 ж. қаңтар". */
    month(isoMonth, lang) {
      const first = new Date(isoMonth + '-01T00:00:00Z');
      if (lang === 'kk') {
        return first.getUTCFullYear() + ' ж. ' + KAZAKH_MONTHS[first.getUTCMonth()];
      }
      return new Intl.DateTimeFormat(locales[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(first);
    },
    /** What a conversion rests on: the rates, their days and sources, the basis. */
    provenance(conversion, lang) {
      if (!conversion) {
        return '';
      }
      const rates = (conversion.rates || []).map((rate) => translate('money.rate', {
        rate: rate.kztPerUnit, currency: rate.currency, what: rate.what || '',
        date: rate.rateDate ? format.date(rate.rateDate, lang) : '—', source: rate.source || '—',
      }, lang));
      return rates.concat([translate('money.basis', { basis: conversion.basis }, lang)]).join('; ');
    },
  };

  /**
   * What every role's page keeps: the view its address names (#claims ...), a notice, a failure
   * line, the failing fields, and whether a call is under way. attempt() runs a call and turns a
   * refusal into them: the fields get the API's messages, the line says where to look.
   */
  function pageState(views) {
    return {
      views,
      view: views[0],
      errors: {},
      notice: '',
      failure: '',
      busy: false,
      viewFromHash() {
        const wanted = location.hash.replace('#', '');
        return views.includes(wanted) ? wanted : views[0];
      },
      async attempt(work) {
        const origin = document.activeElement;
        this.busy = true;
        this.failure = '';
        this.notice = '';
        this.errors = {};
        failureLine.putBack(this.$root);
        try {
          return await work();
        } catch (e) {
          this.errors = e.fields || {};
          this.failure = Object.keys(this.errors).length ? translate('error.fields') : e.message;
          this.$nextTick(() => failureLine.showNear(this.$root, origin));
          return undefined;
        } finally {
          this.busy = false;
        }
      },
    };
  }

  /**
   * A refusal is shown where the person is looking: the page's failure line moves to just after the
   * form (or the table, or the dialog) whose action failed, and focus goes to the first field the API
   * named, or to the line itself. The next attempt puts the line back at the top of the page.
   */
  const failureLine = {
    homes: new WeakMap(),
    home(root) {
      let home = failureLine.homes.get(root);
      if (!home) {
        const line = root && root.querySelector(':scope > [data-test=failure]');
        if (!line) {
          return null;
        }
        const marker = document.createComment('the failure line\'s place');
        line.before(marker);
        home = { line, marker };
        failureLine.homes.set(root, home);
      }
      return home;
    },
    putBack(root) {
      const home = failureLine.home(root);
      if (home && home.marker.nextSibling !== home.line) {
        home.marker.after(home.line);
      }
    },
    showNear(root, origin) {
      const home = failureLine.home(root);
      if (!home) {
        return;
      }
      const place = origin && origin !== document.body && origin.closest
        ? origin.closest('form, dialog, .job, .table-frame, .bar') : null;
      if (place && root.contains(place)) {
        if (place.tagName === 'DIALOG') {
          place.appendChild(home.line);
        } else {
          place.after(home.line);
        }
      }
      const form = place && place.tagName === 'FORM' ? place : null;
      const invalid = form && form.querySelector('[aria-invalid=true]');
      home.line.tabIndex = -1;
      const target = invalid || home.line;
      // x-show may show the line a frame later: focus takes only on what is shown, so try until it has
      const focus = (tries) => {
        target.focus();
        if (document.activeElement !== target && tries > 0) {
          requestAnimationFrame(() => focus(tries - 1));
        } else {
          target.scrollIntoView({ block: 'nearest' });
        }
      };
      focus(10);
    },
  };

  /**
   * Amounts in the API's words ("3000000.00 KZT") written as people read them in the page's
   * language ("3 000 000,00 ₸").
   */
  function amountsForPeople(text, lang) {
    return String(text || '').replace(/(-?\d+(?:\.\d+)?) ([A-Z]{3})\b/g, (whole, amount, currency) => {
      try {
        return new Intl.NumberFormat(locales[lang] || 'en-GB', { style: 'currency', currency }).format(amount);
      } catch (e) {
        return whole;
      }
    });
  }

  /**
   * What a page keeps in its address so that a view opens again from a bookmark: values under a
   * name ("claims.status", or plain "q" without one), other parameters left as they are.
   */
  const address = {
    key: (name, key) => (name ? name + '.' + key : key),
    read(name, key, initial) {
      return new URLSearchParams(location.search).get(address.key(name, key)) || initial;
    },
    /** Sets each value, and takes out those that are empty. */
    keep(name, values) {
      const query = new URLSearchParams(location.search);
      Object.entries(values).forEach(([key, value]) => (value !== '' && value !== null && value !== undefined
        ? query.set(address.key(name, key), value) : query.delete(address.key(name, key))));
      const text = query.toString();
      history.replaceState(null, '', location.pathname + (text ? '?' + text : '') + location.hash);
    },
  };

  /**
   * A list the API pages (offset, limit, sort), with its search words and filters, all kept in the
   * address under the list's name (?claims.q=CL-1&claims.status=APPROVED&claims.sort=-filedOn&claims.offset=25),
   * so that a view can be bookmarked and shared. The page shows {@code items}; a column's header sorts
   * by it (sortBy), and the pager moves by {@code limit}.
   *
   * @param fixed query parameters the page sets itself (a year), not kept in the address
   */
  function pagedList(name, path, options) {
    const fromAddress = (values) => Object.fromEntries(Object.entries(values || {})
      .map(([key, initial]) => [key, address.read(name, key, initial)]));
    const pageSize = options.limit || 25;
    return {
      name,
      path,
      limit: Math.min(500, Math.max(1, Number(address.read(name, 'limit')) || pageSize)),
      words: address.read(name, 'q', ''),
      filters: fromAddress(options.filters),
      fixed: options.fixed || {},
      sort: address.read(name, 'sort', options.sort || ''),
      /** What the page keeps in the address beside the query (which kind of entry a list shows, say). */
      kept: fromAddress(options.kept),
      offset: Math.max(0, Number(address.read(name, 'offset')) || 0),
      items: [],
      total: 0,
      async load() {
        const query = new URLSearchParams(Object.assign({}, this.fixed, { offset: this.offset, limit: this.limit }));
        if (this.sort) {
          query.set('sort', this.sort);
        }
        if (this.words.trim()) {
          query.set('q', this.words.trim());
        }
        Object.entries(this.filters).filter(([, value]) => value !== '' && value !== null).forEach(([filter, value]) => query.set(filter, value));
        const page = await api.get(this.path + '?' + query);
        this.items = page.items;
        this.total = page.total;
        address.keep(this.name, Object.assign({ q: this.words.trim(), sort: this.sort, offset: this.offset || '',
          limit: this.limit === pageSize ? '' : this.limit }, this.filters, this.kept));
        return page;
      },
      /** From the first page again, as the words or a filter changed. */
      search() {
        this.offset = 0;
        return this.load();
      },
      sortBy(field) {
        this.sort = this.sort === field ? '-' + field : field;
        this.offset = 0;
        return this.load();
      },
      /** What a column's header says to assistive technology (aria-sort). */
      sortedAs(field) {
        return this.sort === field ? 'ascending' : this.sort === '-' + field ? 'descending' : 'none';
      },
      sortMark(field) {
        return this.sort === field ? ' ▲' : this.sort === '-' + field ? ' ▼' : '';
      },
      get hasPrevious() {
        return this.offset > 0;
      },
      get hasNext() {
        return this.offset + this.items.length < this.total;
      },
      previous() {
        this.offset = Math.max(0, this.offset - this.limit);
        return this.load();
      },
      next() {
        this.offset += this.limit;
        return this.load();
      },
      get range() {
        return this.total === 0 ? translate('list.none') : translate('list.range', {
          from: format.number(this.offset + 1, pageLanguage(), 0),
          to: format.number(this.offset + this.items.length, pageLanguage(), 0),
          total: format.number(this.total, pageLanguage(), 0) });
      },
    };
  }

  function today() {
    const now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  // ---- the header every page shows ---------------------------------------------------------

  const FORECAST_WARNING = `
    <p :class="warningClass" role="alert" x-show="shown" x-text="warning" data-test="fund-early-warning"></p>`;

  const FORECAST = `
    <h3 x-text="$t('forecast.title')"></h3>
    <p :class="warningClass" role="status" x-show="shown" x-text="warning" data-test="fund-warning"></p>
    <div class="table-frame" tabindex="0" role="region" :aria-label="$t('table.frame')" x-show="shown">
      <table data-test="fund-forecast">
        <thead><tr><th scope="col" x-text="$t('forecast.month')"></th><th scope="col" class="num" x-text="$t('forecast.payouts')"></th>
          <th scope="col" class="num" x-text="$t('forecast.low')"></th><th scope="col" class="num" x-text="$t('forecast.expected')"></th>
          <th scope="col" class="num" x-text="$t('forecast.high')"></th></tr></thead>
        <tbody>
          <template x-for="m in months" :key="m.month">
            <tr><th scope="row" x-text="m.name"></th><td class="num" x-text="m.payouts"></td><td class="num" x-text="m.low"></td>
              <td class="num" x-text="m.expected"></td><td class="num" x-text="m.high"></td></tr>
          </template>
        </tbody>
      </table>
    </div>
    <p class="help" x-show="shown" x-text="method"></p>`;

  /** A list's pager (data-pager="claimList" data-test-name="claims"): previous, where the page is, next. */
  const PAGER = (list, test) => `
    <button type="button" class="small secondary" :disabled="!${list}.hasPrevious" @click="${list}.previous()" x-text="$t('list.previous')"></button>
    <span role="status" x-text="${list}.range"></span>
    <button type="button" class="small secondary" :disabled="!${list}.hasNext" @click="${list}.next()" x-text="$t('list.next')" data-test="${test}-next"></button>`;

  /** A column's header that sorts the list by it (data-sort="claimList filedOn" data-label="filedOn"). */
  const SORTING = (list, field, label) => `<button type="button" class="sort" @click="${list}.sortBy('${field}')"
    :aria-label="$t('list.sortBy', {column: $t('${label}')})" x-text="$t('${label}') + ${list}.sortMark('${field}')"></button>`;

  const SHELL = `
    <a class="skip" href="#main" x-text="$t('nav.skip')"></a>
    <div class="brand" x-text="$t('app.name')"></div>
    <nav :aria-label="$t('nav.label')">
      <ul>
        <template x-for="page in pages" :key="page.href">
          <li><a :href="page.href" x-text="$t(page.label)" :aria-current="page.current ? 'page' : null"></a></li>
        </template>
        <li><a href="openapi-ui/" x-text="$t('nav.api')"></a></li>
      </ul>
    </nav>
    <div class="tools">
      <label><span x-text="$t('language')"></span>
        <select x-model="$store.ui.lang" @change="$store.ui.choose($event.target.value)" data-test="language">
          <option value="en">English</option>
          <option value="ru">Русский</option>
          <option value="kk">Қазақша</option>
        </select>
      </label>
      <button type="button" class="link" @click="print()" x-show="user" data-test="print" x-text="$t('print')"></button>
      <template x-if="user">
        <span class="user"><span x-text="user.username" data-test="user"></span>
          <button type="button" class="link" @click="signOut()" data-test="sign-out" x-text="$t('signOut')"></button></span>
      </template>
    </div>`;

  document.addEventListener('alpine:init', () => {
    Alpine.store('ui', {
      lang: language(),
      currency: localStorage.getItem(CURRENCY_KEY) || 'USD',
      choose(lang) {
        this.lang = lang;
        localStorage.setItem(LANGUAGE_KEY, lang);
        document.documentElement.lang = lang;
        document.title = translate(document.body.dataset.title || 'app.name', {}, lang) + ' · ' + translate('app.name', {}, lang);
      },
      chooseCurrency(currency) {
        this.currency = currency;
        localStorage.setItem(CURRENCY_KEY, currency);
      },
    });
    Alpine.store('ui').choose(Alpine.store('ui').lang);
    Alpine.magic('t', () => (key, params) => translate(key, params, Alpine.store('ui').lang));
    Alpine.magic('money', () => (money) => format.money(money, Alpine.store('ui').lang));
    Alpine.magic('num', () => (value, digits) => format.number(value, Alpine.store('ui').lang, digits));
    Alpine.magic('date', () => (iso) => format.date(iso, Alpine.store('ui').lang));
    Alpine.magic('provenance', () => (conversion) => format.provenance(conversion, Alpine.store('ui').lang));

    Alpine.data('shell', () => ({
      user: session.current(),
      get pages() {
        const roles = this.user ? this.user.roles : [];
        const here = location.pathname.split('/').pop();
        return PAGES.filter((p) => roles.includes(p.role)).map((p) => Object.assign({ current: p.href === here }, p));
      },
      print() {
        window.print();
      },
      /** Ends the token on the server too, so that a copy of it is refused from now on. */
      async signOut() {
        try {
          await call('api/tokens/current', { method: 'DELETE' });
        } catch (e) {
          // already expired or refused: the session is over either way
        }
        session.end('signedOut');
      },
    }));
    /**
     * The fund's forecast (GET /api/fund/forecast) where a page asks for it: data-fund-forecast="full"
     * shows the warning and the twelve months; "warning" shows the warning alone, and only when the
     * fund runs short or might.
     */
    Alpine.data('fundForecast', () => ({
      forecast: null,
      mode: 'full',
      async init() {
        this.mode = this.$el.dataset.fundForecast || 'full';
        // a page that changes the fund (an inflow, a payment) says so, and the forecast is read again
        window.addEventListener('fund-changed', () => this.load());
        await this.load();
      },
      async load() {
        this.forecast = await api.get('api/fund/forecast').catch(() => null);
      },
      monthName(month) {
        return format.month(month, Alpine.store('ui').lang);
      },
      get level() {
        if (!this.forecast) {
          return 'none';
        }
        return this.forecast.shortFrom ? 'short' : this.forecast.atRiskFrom ? 'atRisk' : 'covered';
      },
      get shown() {
        return this.mode === 'full' ? this.forecast !== null : this.level === 'short' || this.level === 'atRisk';
      },
      get warning() {
        if (!this.forecast) {
          return '';
        }
        const lang = Alpine.store('ui').lang;
        if (this.level === 'short') {
          return translate('forecast.short', { month: this.monthName(this.forecast.shortFrom) }, lang);
        }
        if (this.level === 'atRisk') {
          return translate('forecast.atRisk', { month: this.monthName(this.forecast.atRiskFrom) }, lang);
        }
        return translate('forecast.covered', {}, lang);
      },
      get warningClass() {
        return this.level === 'covered' ? 'notice' : 'notice warning';
      },
      get months() {
        const lang = Alpine.store('ui').lang;
        const kzt = (amount) => format.money({ amount: amount, currency: 'KZT' }, lang);
        return this.forecast ? this.forecast.months.map((m) => ({
          month: m.month, name: this.monthName(m.month), low: kzt(m.balance.low), expected: kzt(m.balance.expected),
          high: kzt(m.balance.high), payouts: kzt(m.payouts.expected),
        })) : [];
      },
      get method() {
        if (!this.forecast) {
          return '';
        }
        const share = this.forecast.approvalShare;
        const percent = (value) => format.number(Number(value) * 100, Alpine.store('ui').lang, 0) + '%';
        const lang = Alpine.store('ui').lang;
        const inflows = this.forecast.inflowMonths > 0
          ? translate('forecast.inflows', { months: this.forecast.inflowMonths }, lang)
          : translate('forecast.noInflows', {}, lang);
        return translate('forecast.method', { share: percent(share.share), low: percent(share.low),
          high: percent(share.high), decided: share.decided, pending: this.forecast.pendingClaims }, lang) + ' ' + inflows;
      },
    }));
    document.querySelectorAll('[data-pager]').forEach((place) => {
      place.classList.add('pager');
      place.dataset.test = place.dataset.testName + '-pager';
      place.innerHTML = PAGER(place.dataset.pager, place.dataset.testName);
    });
    document.querySelectorAll('th[data-sort]').forEach((header) => {
      const [list, field] = header.dataset.sort.split(' ');
      header.setAttribute(':aria-sort', `${list}.sortedAs('${field}')`);
      header.innerHTML = SORTING(list, field, header.dataset.label);
    });
    document.querySelectorAll('[data-fund-forecast]').forEach((place) => {
      place.setAttribute('x-data', 'fundForecast');
      place.innerHTML = place.dataset.fundForecast === 'warning' ? FORECAST_WARNING : FORECAST;
    });

    const header = document.querySelector('header[data-shell]');
    if (header) {
      header.setAttribute('x-data', 'shell');
      header.innerHTML = SHELL;
    }
  });

  /**
   * What a printed page says on top: the report (the page's title and the section shown), the filters
   * and basis as chosen in the page's bars, and when and by whom it was printed. Written just before
   * printing (the browser's beforeprint), so it says what is on the screen then.
   */
  function writePrintHeader() {
    const main = document.querySelector('main');
    if (!main) {
      return;
    }
    let header = main.querySelector(':scope > .print-header');
    if (!header) {
      header = document.createElement('div');
      header.className = 'print-header';
      header.dataset.test = 'print-header';
      main.prepend(header);
    }
    // shown on the screen: not inside what the page hides (x-show), whatever the print style hides
    const visible = (element) => !element.closest('[style*="display: none"]');
    const title = main.querySelector('h1');
    const section = [...main.querySelectorAll('section')].find(visible);
    const heading = section && section.querySelector('h2');
    const filters = [...main.querySelectorAll('.bar label')].filter(visible).map((label) => {
      const field = label.querySelector('select, input');
      const caption = label.querySelector('span');
      if (!field || !caption || field.type === 'file') {
        return null;
      }
      const value = field.tagName === 'SELECT' ? (field.selectedOptions[0] || {}).text : field.value;
      return value ? caption.textContent.trim() + ': ' + value : null;
    }).filter(Boolean);
    const lang = pageLanguage();
    const current = session.current();
    const lines = [
      ['title', [title && title.textContent, heading && heading.textContent].filter(Boolean).join(' — ')],
      ['filters', filters.join(' · ')],
      ['printed', translate('print.printed', { time: format.date(new Date().toISOString(), lang),
        user: current ? current.username : '—' }, lang) + ' · ' + translate('app.name', {}, lang)],
    ];
    header.replaceChildren(...lines.filter(([, text]) => text).map(([kind, text]) => {
      const line = document.createElement('p');
      line.className = kind;
      line.textContent = text;
      return line;
    }));
  }
  window.addEventListener('beforeprint', writePrintHeader);

  window.Registry = { session, api, ApiError, translate, format, amountAsTyped, today, pageState, PAGES, countries,
    localName, locales, pagedList, address };

  // A page names the role it needs on this script's tag (data-requires): anyone else goes back
  // to the sign-in page before the page shows anything. No inline script: the pages run under a
  // Content-Security-Policy that allows the registry's own files only.
  const required = document.currentScript && document.currentScript.dataset.requires;
  if (required) {
    session.require(required);
  }
})();
