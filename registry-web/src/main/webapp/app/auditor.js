/*
 * The auditor's page: the year in the report's words, charts of spending, compensation and the
 * fund (each with its figures as a table too, for screen readers and for checking), every report
 * to download as CSV, an Excel workbook or JSON, and the audit trail with record histories and the log's verification.
 * Every figure comes from the reporting endpoints; nothing is summed here except for display.
 */
document.addEventListener('alpine:init', () => {
  const api = Registry.api;
  const FIGURES = ['appropriated', 'allocated', 'committed', 'paid'];
  const FIRST_YEAR = 2016;
  const FUND_FROM = 2020; // the victims compensation fund exists since 2020

  /**
   * A chart's data: keys along one axis, series of numbers (tenge as decimal strings turned into numbers for
   * drawing only); {@code period} what time it covers, {@code behind(i, s)} the ledger entries behind a bar
   * (the spending report's filters), where a bar has entries.
   */
  function chart(id, title, keyLabel, kind, keys, series, more) {
    const chosen = Object.assign({ id, title, keyLabel, kind, keys, series, period: '', behind: null }, more || {});
    // the page asks whether a bar has entries by this flag: Alpine would call the function itself
    return Object.assign(chosen, { drillable: !!chosen.behind });
  }

  function amount(money) {
    return money ? Number(money.amount !== undefined ? money.amount : money) : 0;
  }

  Alpine.data('auditor', () => ({
    ...Registry.pageState(['dashboard', 'downloads', 'trail', 'bank']),
    years: [],
    year: new Date().getFullYear(),
    fixedRates: [],
    basis: '',
    reportingBases: [],
    summary: null,
    summaryNote: '',
    charts: [],
    /** The entries behind a chart's bar, once one is clicked. */
    behind: null,
    drawn: {},
    trail: [],
    /** The trail's filters and page, kept in the address (?trail.type=claim&trail.actor=clerk&trail.offset=20). */
    trailFilter: ['type', 'actor', 'from', 'to'].reduce((filter, name) =>
      Object.assign(filter, { [name]: Registry.address.read('trail', name, '') }), {}),
    /** The kinds of record the trail names, for its filter. */
    trailTypes: ['shelter', 'appropriation', 'allocation', 'commitment', 'payment', 'fiscal-period', 'compensation-claim',
      'victim', 'criminal-proceeding', 'payment-register', 'fund-entry', 'recovery', 'exchange-rate', 'fixed-rate',
      'reporting-basis', 'bank-statement', 'reconciliation-month', 'user', 'session'],
    trailOffset: Math.max(0, Number(Registry.address.read('trail', 'offset')) || 0),
    trailTotal: 0,
    record: null,
    verification: null,
    purposes: [],
    categories: [],

    get downloads() {
      const y = this.year;
      const basis = this.basisQuery();
      return [
        { name: 'spending-purpose', label: 'auditor.report.spendingPurpose', path: `api/reports/spending?year=${y}&groupBy=purpose${basis}` },
        { name: 'spending-shelter', label: 'auditor.report.spendingShelter', path: `api/reports/spending?year=${y}&groupBy=shelter,city${basis}` },
        { name: 'spending-years', label: 'auditor.report.spendingYears', path: `api/reports/spending?fromYear=${FIRST_YEAR}&toYear=${y}&groupBy=purpose${basis}` },
        { name: 'ledger', label: 'auditor.report.ledger', path: `api/reports/spending/entries?year=${y}` },
        { name: 'compensation-origin', label: 'auditor.report.compensationOrigin', path: 'api/reports/compensation?groupBy=origin,citizenship' },
        { name: 'compensation-category', label: 'auditor.report.compensationCategory', path: 'api/reports/compensation?groupBy=category,status' },
        { name: 'waiting', label: 'auditor.report.waiting', path: 'api/reports/compensation/waiting' },
        { name: 'recourse', label: 'auditor.report.recourse', path: 'api/reports/compensation/recourse' },
        { name: 'fund', label: 'auditor.report.fund', path: `api/reports/fund?from=${FUND_FROM}-01-01&to=${Registry.today()}` },
        { name: 'summary', label: 'auditor.report.summary', path: `api/reports/years/${y}/summary?currency=USD${basis}` },
      ];
    },

    async init() {
      this.view = this.viewFromHash();
      const current = new Date().getFullYear();
      for (let y = current; y >= FIRST_YEAR; y--) {
        this.years.push(y);
      }
      await this.attempt(async () => {
        this.fixedRates = await api.get('api/rates/fixed');
        this.reportingBases = await api.get('api/reporting-bases').catch(() => []);
        this.purposes = await api.get('api/purposes').catch(() => []);
        this.categories = await api.get('api/law/categories').catch(() => []);
      });
      // with the demo's reporting bases (the TIP reports' own), a newcomer first sees the seed's 2017 in the
      // 2018 report's words; otherwise this year on its average rate
      const report = this.reportingBases.find((b) => b.name === 'US TIP 2018');
      this.basis = report ? 'report:' + report.name : '';
      this.year = report ? 2017 : current;
      await Promise.all([this.load(), this.loadTrail()]);
      this.$watch('$store.ui.lang', () => this.load());
      this.$watch('view', () => this.$nextTick(() => this.resize()));
      window.addEventListener('resize', () => this.resize());
    },

    /** The chosen basis as query parameters: a reporting basis by its name, a fixed rate by basis=fixed. */
    basisQuery() {
      if (this.basis.startsWith('report:')) {
        return '&basis=' + encodeURIComponent(this.basis.substring('report:'.length));
      }
      return this.basis ? '&basis=fixed&fixedRate=' + encodeURIComponent(this.basis.substring('fixed:'.length)) : '';
    },

    shortPurpose(code) {
      const purpose = this.purposes.find((p) => p.code === code);
      if (!purpose) {
        return code;
      }
      return Registry.localName(purpose, this.$store.ui.lang).split(':')[0];
    },

    async load() {
      this.summaryNote = '';
      this.summary = await api.get(`api/reports/years/${this.year}/summary?currency=USD${this.basisQuery()}`
          + `&lang=${this.$store.ui.lang}`).catch((e) => {
        this.summaryNote = this.$t('auditor.noSummary', { detail: e.message });
        return null;
      });
      await this.attempt(async () => {
        const [byYear, byShelter, byOrigin, byCategory, byStatus, fund] = await Promise.all([
          api.get(`api/reports/spending?fromYear=${FIRST_YEAR}&toYear=${this.year}&groupBy=purpose&currency=KZT`),
          api.get(`api/reports/spending?year=${this.year}&groupBy=shelter,city&currency=KZT`),
          api.get('api/reports/compensation?groupBy=origin'),
          api.get('api/reports/compensation?groupBy=category'),
          api.get('api/reports/compensation?groupBy=status'),
          this.fundByYear(),
        ]);
        this.charts = [
          this.spendingByYear(byYear), this.spendingByShelter(byShelter), this.spendingByCity(byShelter),
          this.compensation('compensation-origin', 'auditor.chart.origin', 'auditor.origin', byOrigin, 'origin'),
          this.compensation('compensation-category', 'auditor.chart.category', 'category', byCategory, 'category'),
          this.compensation('compensation-status', 'auditor.chart.status', 'status', byStatus, 'status'),
          fund,
        ];
      });
      this.$nextTick(() => this.draw());
    },

    spendingByYear(report) {
      const years = [...new Set(report.rows.map((r) => r.year))].sort();
      const purposes = [...new Set(report.rows.filter((r) => r.purpose).map((r) => r.purpose))];
      const series = purposes.map((p) => ({ name: p, label: this.shortPurpose(p), stack: 'paid',
        values: years.map((y) => {
          const row = report.rows.find((r) => r.year === y && r.purpose === p);
          return row ? amount(row.kzt.paid) : 0;
        }) }));
      return chart('spending-years', 'auditor.chart.years', 'fiscalYear', 'bar', years.map(String), series, {
        period: this.$t('chart.period.years', { from: years[0] || this.year, to: this.year }),
        behind: (i, s) => ({ year: years[i], purpose: purposes[s], what: years[i] + ', ' + this.shortPurpose(purposes[s]) }) });
    },

    spendingByShelter(report) {
      const rows = report.rows.filter((r) => r.shelterName);
      return chart('spending-shelters', 'auditor.chart.shelters', 'shelter', 'barh', rows.map((r) => r.shelterName), [
        { name: 'allocated', key: 'figure.allocated', values: rows.map((r) => amount(r.kzt.allocated)) },
        { name: 'paid', key: 'figure.paid', values: rows.map((r) => amount(r.kzt.paid)) }], {
        period: this.$t('chart.period.year', { year: this.year }),
        behind: (i) => ({ year: this.year, shelter: rows[i].shelterId, what: this.year + ', ' + rows[i].shelterName }) });
    },

    spendingByCity(report) {
      const cities = [...new Set(report.rows.filter((r) => r.city).map((r) => r.city))].sort();
      const sum = (city) => report.rows.filter((r) => r.city === city).reduce((total, r) => total + amount(r.kzt.allocated), 0);
      return chart('spending-cities', 'auditor.chart.cities', 'city', 'pie', cities,
        [{ name: 'allocated', key: 'figure.allocated', values: cities.map(sum) }], {
          period: this.$t('chart.period.year', { year: this.year }),
          behind: (i) => ({ year: this.year, city: cities[i], what: this.year + ', ' + cities[i] }) });
    },

    compensation(id, title, keyLabel, report, dimension) {
      const category = (code) => Registry.localName(this.categories.find((c) => c.code === code) || { name: code }, this.$store.ui.lang);
      const label = (key) => dimension === 'status' ? this.$t('claim.' + key)
        : dimension === 'origin' ? this.$t('auditor.origin.' + key) : category(key);
      // the number of claims goes with each bar's name: counts and tenge do not share an axis
      const keys = report.rows.map((r) => label(r.keys[dimension]) + ' (' + r.claims + ')');
      return chart(id, title, keyLabel, 'bar', keys, [
        { name: 'approved', key: 'auditor.approvedKzt', values: report.rows.map((r) => amount(r.approved)) },
        { name: 'paid', key: 'auditor.paidKzt', values: report.rows.map((r) => amount(r.paid)) }], {
        period: this.$t('chart.period.claims', { date: this.$date(Registry.today()) }) });
    },

    /** The fund year by year since it began: money in, money out, the balance at each year's end. */
    async fundByYear() {
      const years = [];
      for (let y = FUND_FROM; y <= new Date().getFullYear(); y++) {
        years.push(y);
      }
      const statements = await Promise.all(years.map((y) => api.get(`api/reports/fund?from=${y}-01-01&to=${y}-12-31`)));
      const inflows = statements.map((s) => Object.values(s.inflows).reduce((t, v) => t + Number(v), 0) + Number(s.recoveries));
      return chart('fund', 'auditor.chart.fund', 'fiscalYear', 'fund', years.map(String), [
        { name: 'inflows', key: 'auditor.inflows', values: inflows },
        { name: 'payments', key: 'auditor.payments', values: statements.map((s) => Number(s.payments)) },
        { name: 'balance', key: 'auditor.closingBalance', values: statements.map((s) => Number(s.closing)), line: true }], {
        period: this.$t('chart.period.fund', { from: FUND_FROM, to: years[years.length - 1] }) });
    },

    chartSummary(c) {
      return this.$t(c.title, { year: this.year }) + ': ' + c.keys.map((k, i) => k + ' ' +
        c.series.map((s) => this.seriesLabel(s) + ' ' + this.$num(s.values[i])).join(', ')).join('; ');
    },

    /** Draws (or redraws, after a change of language) every chart with ECharts. */
    draw() {
      const lang = this.$store.ui.lang;
      const number = (v) => Registry.format.number(v, lang, 0);
      const compact = (v) => new Intl.NumberFormat(Registry.locales[lang], { notation: 'compact' }).format(v);
      for (const c of this.charts) {
        const element = document.getElementById(c.id);
        if (!element) {
          continue;
        }
        const named = Object.assign({}, c, { series: c.series.map((s) => Object.assign({}, s, { label: this.seriesLabel(s) })) });
        const chartObject = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'canvas' });
        chartObject.setOption(option(named, number, compact, this.$t('chart.unit.kzt')), true);
        // a bar (or a slice) opens the entries behind it
        chartObject.off('click');
        if (c.behind) {
          chartObject.on('click', (clicked) => this.openBehind(c, clicked.dataIndex, clicked.seriesIndex || 0));
        }
        this.drawn[c.id] = chartObject;
      }
    },

    /**
     * The ledger entries behind one bar of a chart: the spending report's entries with the bar's filters,
     * the first 200 shown under the charts, all of them to download.
     */
    async openBehind(c, keyIndex, seriesIndex) {
      const filter = c.behind(keyIndex, seriesIndex);
      const query = new URLSearchParams();
      ['year', 'purpose', 'shelter', 'city'].filter((name) => filter[name]).forEach((name) => query.set(name, filter[name]));
      const path = 'api/reports/spending/entries?' + query;
      await this.attempt(async () => {
        const rows = await api.get(path);
        this.behind = { what: filter.what, path, total: rows.length, rows: rows.slice(0, 200) };
        this.$nextTick(() => document.getElementById('behind-heading').focus());
      });
    },

    downloadBehind(format) {
      return api.download(this.behind.path + '&format=' + format, 'entries.' + format);
    },

    /** A series' name in the chosen language (a purpose keeps its own name). */
    seriesLabel(series) {
      return series.key ? this.$t(series.key) : series.label;
    },

    resize() {
      Object.values(this.drawn).forEach((c) => c.resize());
    },

    async download(report, format) {
      await this.attempt(async () => {
        await api.download(report.path + (report.path.includes('?') ? '&' : '?') + 'format=' + format,
          `${report.name}-${this.year}.${format}`);
        this.notice = this.$t('auditor.downloaded', { report: this.$t(report.label, { year: this.year }), format: format.toUpperCase() });
      });
    },

    /** The trail's next (1) or previous (-1) page of 20 entries. */
    trailPage(step) {
      this.trailOffset = Math.max(0, this.trailOffset + step * 20);
      return this.loadTrail();
    },

    /** One changed field of a record's history, as a line: field: from → to. */
    changeLine(change) {
      const shown = (value) => (value === null || value === undefined ? '—' : value);
      return change.field + ': ' + shown(change.from) + ' → ' + shown(change.to);
    },

    /** The trail's filters as the API takes them: record type, who, and the days from and to. */
    trailQuery() {
      const f = this.trailFilter;
      const query = new URLSearchParams();
      if (f.type) {
        query.set('aggregateType', f.type);
      }
      if (f.actor.trim()) {
        query.set('actor', f.actor.trim());
      }
      if (f.from) {
        query.set('from', f.from + 'T00:00:00Z');
      }
      if (f.to) {
        // to the end of the day asked for: the API's upper bound is exclusive
        query.set('to', new Date(Date.parse(f.to + 'T00:00:00Z') + 86400000).toISOString());
      }
      return query.toString();
    },

    filterTrail() {
      this.trailOffset = 0;
      return this.loadTrail();
    },

    downloadTrail(format) {
      return api.download(`api/audit?format=${format}&sort=-sequence&limit=500&` + this.trailQuery(), 'audit-trail.' + format);
    },

    /**
     * An entry in words: "Claim CL-W8ACNUM approved by clerk", the record by its code, number or
     * name (never its id when it has one of those), an amount formatted for people.
     */
    entryWords(e) {
      const lang = this.$store.ui.lang;
      let state = {};
      try {
        state = JSON.parse(e.after || e.before || '{}') || {};
      } catch (ignored) {
        state = {};
      }
      const record = this.recordName(e.aggregateType);
      const name = state.code || state.number || state.registrationNumber || state.reference || state.name
        || state.username || (state.year ? String(state.year) : '') || e.aggregateId.slice(0, 8);
      const statusKey = 'audit.status.' + state.status;
      const verb = e.action === 'STATE_CHANGED' && state.status
        ? (this.$t(statusKey) === statusKey ? this.$t('audit.movedTo', { status: state.status }) : this.$t(statusKey))
        : this.$t('audit.verb.' + e.action);
      const money = state.amount && typeof state.amount === 'object' ? state.amount
        : state.amount ? { amount: state.amount, currency: state.currency || 'KZT' } : null;
      return this.$t('audit.sentence', { record, name, verb, actor: e.actor,
        amount: money ? ' · ' + Registry.format.money(money, lang) : '' });
    },

    /** A kind of record in the page's language ("Claim"); its code in words where the page has no name for it. */
    recordName(type) {
      const key = 'record.' + type;
      return this.$t(key) === key ? type.replace(/-/g, ' ') : this.$t(key);
    },

    async loadTrail() {
      Registry.address.keep('trail', Object.assign({ offset: this.trailOffset || '' }, this.trailFilter));
      const page = await api.get(`api/audit?limit=20&offset=${this.trailOffset}&sort=-sequence&` + this.trailQuery())
        .catch(() => null);
      if (page) {
        this.trail = page.items;
        this.trailTotal = page.total;
      }
    },

    async history(type, id) {
      await this.attempt(async () => {
        this.record = await api.get(`api/audit/records/${encodeURIComponent(type)}/${encodeURIComponent(id)}`);
      });
      this.$nextTick(() => this.$refs.recordHeading && this.$refs.recordHeading.focus());
    },

    async verify() {
      await this.attempt(async () => {
        this.verification = await api.get('api/audit/verification');
      });
    },
  }));

  /** The ECharts option of one chart. */
  function option(c, number, compact, unit) {
    // drawn on the canvas, not as HTML: ECharts' HTML tooltips carry inline styles the page's policy refuses;
    // kept inside the chart, so that it fits at a tablet's width
    const tooltip = { trigger: c.kind === 'pie' ? 'item' : 'axis', valueFormatter: number, renderMode: 'richText', confine: true };
    const legend = { top: 0, type: 'scroll' };
    if (c.kind === 'pie') {
      // each slice says its share
      return { tooltip, legend: { show: false }, series: [{ type: 'pie', radius: ['35%', '62%'],
        data: c.keys.map((k, i) => ({ name: k, value: c.series[0].values[i] })),
        label: { formatter: '{b}: {d}%', overflow: 'break', width: 110 }, labelLayout: { hideOverlap: true } }] };
    }
    const horizontal = c.kind === 'barh';
    const category = { type: 'category', data: c.keys,
      axisLabel: { width: horizontal ? 120 : 80, overflow: 'truncate', interval: horizontal ? 0 : 'auto', hideOverlap: true } };
    // the value axis names its unit; its figures are short ("12 M", "12 млн") and never run into each other
    const value = { type: 'value', name: unit, nameLocation: 'middle', nameGap: horizontal ? 28 : 52,
      axisLabel: { formatter: compact, hideOverlap: true }, splitNumber: 4 };
    const axes = horizontal ? { yAxis: category, xAxis: value } : { xAxis: category, yAxis: value };
    return Object.assign({ tooltip, legend, grid: { containLabel: true, left: 16, right: 16, top: 40, bottom: horizontal ? 28 : 8 } }, axes, {
      series: c.series.map((s) => ({ name: s.label, type: s.line ? 'line' : 'bar', stack: s.stack, data: s.values
      })),
    });
  }
});
