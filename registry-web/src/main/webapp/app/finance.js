/*
 * The finance officer's page: a year's budget (totals by purpose in KZT and a second currency,
 * the form that posts appropriations, allocations, commitments and payments, the entries with
 * their reversals), shelters, file imports with their progress, and fiscal periods.
 */
document.addEventListener('alpine:init', () => {
  const api = Registry.api;
  const KINDS = ['appropriation', 'allocation', 'commitment', 'payment'];
  /** The kinds the forms and the import's template choose from: what an entry is posted against. */
  const PARENT_KINDS = ['appropriation', 'allocation'];

  /** What each kind of entry posts, from the form's fields (the amount as typed in the page's language). */
  function postingBody(form, lang) {
    const common = { amount: Registry.amountAsTyped(form.amount, lang), currency: form.currency.trim().toUpperCase(), valueDate: form.valueDate || null,
      description: form.description.trim() || null };
    switch (form.kind) {
      case 'appropriation':
        return Object.assign({ year: form.year, source: form.source, purpose: form.purpose }, common);
      case 'allocation':
        return Object.assign({ appropriationId: form.appropriationId || null, shelterId: form.shelterId || null,
          caseNumber: form.caseNumber.trim() || null }, common);
      default:
        return Object.assign({ allocationId: form.allocationId || null }, common);
    }
  }

  /** What a file of each kind holds (BudgetCsv on the server reads them in any order). */
  const IMPORT_COLUMNS = {
    allocation: ['appropriation', 'shelter', 'case_number', 'recipient', 'amount', 'currency', 'value_date', 'description'],
    commitment: ['allocation', 'amount', 'currency', 'value_date', 'description'],
    payment: ['allocation', 'amount', 'currency', 'value_date', 'description'],
  };

  /** A CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. */
  function csvCell(value) {
    const text = String(value);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  Alpine.data('finance', () => ({
    ...Registry.pageState(['budget', 'shelters', 'imports', 'periods', 'bank']),
    kinds: KINDS,
    figureNames: ['appropriated', 'allocated', 'committed', 'paid'],
    sources: ['republican-budget', 'local-budget', 'victims-compensation-fund', 'donor'],
    currencies: ['USD', 'EUR', 'RUB', 'CNY', 'KZT'],
    periods: [],
    purposes: [],
    shelters: [],
    fixedRates: [],
    basis: '',
    year: new Date().getFullYear(),
    totals: null,
    totalsNote: '',
    entries: {},
    /** The entries the page lists, a page at a time: searched, filtered, sorted and kept in the address. */
    entryList: Registry.pagedList('entries', 'api/allocations', { sort: '-valueDate',
      filters: { purpose: '', shelterId: '', batchId: '', valueFrom: '', valueTo: '' }, kept: { kind: 'allocation' } }),
    form: null,
    formKey: null,
    shelterKey: api.key(),
    periodKey: api.key(),
    reversing: null,
    reversalReason: '',
    reversalError: '',
    shelter: { name: '', city: '', operator: '', openedYear: '', foreignVictimsEligibleFrom: '' },
    shelterFields: [
      { name: 'name', label: 'name', type: 'text' }, { name: 'city', label: 'city', type: 'text' },
      { name: 'operator', label: 'operator', type: 'text' }, { name: 'openedYear', label: 'openedYear', type: 'number' },
      { name: 'foreignVictimsEligibleFrom', label: 'foreignFrom', type: 'date' },
    ],
    importKind: 'allocation',
    entriesJob: null,
    ratesJob: null,
    newYear: new Date().getFullYear() + 1,

    async init() {
      this.view = this.viewFromHash();
      this.listKind = KINDS.includes(this.entryList.kept.kind) ? this.entryList.kept.kind : 'allocation';
      this.resetForm('allocation');
      await this.attempt(async () => {
        const [periods, purposes, shelters, fixed] = await Promise.all([
          api.get('api/periods'), api.get('api/purposes'), api.get('api/shelters?limit=500&sort=city,name'),
          api.get('api/rates/fixed')]);
        this.periods = periods.sort((a, b) => b.year - a.year);
        this.purposes = purposes;
        this.shelters = shelters.items;
        this.fixedRates = fixed;
        // the year the address names (a link to an import's entries), else the first open one
        const named = this.periods.find((p) => String(p.year) === new URLSearchParams(location.search).get('year'));
        const open = named || this.periods.find((p) => p.state === 'OPEN');
        this.year = open ? open.year : this.year;
        this.form.purpose = purposes.length ? purposes[0].code : '';
      });
      await this.loadYear();
      // the registry words part of what it answers (a figure's basis, why it has no second currency): asked again
      this.$watch('$store.ui.lang', () => Promise.all([this.loadTotals(), this.loadList()]));
    },

    resetForm(kind) {
      const previous = this.form || {};
      this.form = { kind, year: this.year, source: 'republican-budget', purpose: previous.purpose || '',
        appropriationId: '', shelterId: '', caseNumber: '', allocationId: '', amount: '', currency: 'KZT',
        valueDate: Registry.today(), description: '' };
      this.formKey = api.key();
    },

    async loadYear() {
      this.form.year = this.year;
      await Promise.all([this.loadTotals(), ...PARENT_KINDS.map((kind) => this.loadEntries(kind)), this.loadList()]);
    },

    chooseCurrency(currency) {
      this.$store.ui.chooseCurrency(currency);
      return this.loadTotals();
    },

    async loadTotals() {
      const currency = this.$store.ui.currency;
      const basis = this.basis ? '&basis=fixed&fixedRate=' + encodeURIComponent(this.basis) : '';
      this.totalsNote = '';
      try {
        this.totals = await api.get(`api/appropriations/totals?fiscalYear=${this.year}&to=${currency}${basis}`);
        // no rate for the year: the figures still stand in tenge, and the page says why there is no second currency
        const missing = this.totals.total.unavailable;
        this.totalsNote = missing ? this.$t('money.noConversion', { currency, detail: missing }) : '';
      } catch (e) {
        this.totals = null;
        this.totalsNote = e.message;
      }
    },

    /** The kind of entry the list shows. */
    get listKind() {
      return this.entryList.kept.kind;
    },
    set listKind(kind) {
      this.entryList.kept.kind = kind;
    },

    /** The batch a file posted, when the list shows only its entries. */
    get batch() {
      return this.entryList.filters.batchId;
    },

    /** The entries again from the first page, a refusal (days the wrong way round) shown under the list. */
    searchEntries() {
      return this.attempt(() => this.entryList.search());
    },

    /** The listed page of the year's entries of the chosen kind. */
    loadList() {
      this.entryList.path = `api/${this.listKind}s`;
      this.entryList.fixed = { fiscalYear: this.year };
      return this.entryList.load().catch(() => null);
    },

    chooseListKind(kind) {
      this.listKind = kind;
      this.entryList.offset = 0;
      return this.loadList();
    },

    /** Every entry of a parent kind in the year, for the form's choices and the import's template. */
    async loadEntries(kind) {
      const page = await api.get(`api/${kind}s?fiscalYear=${this.year}&limit=500&sort=-valueDate`).catch(() => null);
      this.entries[kind] = page ? page.items : [];
    },

    get totalsRows() {
      if (!this.totals) {
        return [];
      }
      const rows = this.totals.purposes.map((p) => ({ key: p.purpose, label: this.shortPurpose(p.purpose), figures: p.figures }));
      return rows.concat([{ key: '', label: this.$t('total'), figures: this.totals.total }]);
    },

    shortPurpose(code) {
      const purpose = this.purposes.find((p) => p.code === code);
      return purpose ? Registry.localName(purpose, this.$store.ui.lang).split(':')[0] : code;
    },

    targetLabel(target) {
      if (!target) {
        return '—';
      }
      if (target.shelterId) {
        const shelter = this.shelters.find((s) => s.id === target.shelterId);
        return shelter ? shelter.name : target.shelterId;
      }
      return target.caseNumber || target.recipient || '—';
    },

    /** Entries of a kind that are not reversed, with what is left of them for the next step. */
    openEntries(kind) {
      return (this.entries[kind] || []).filter((e) => !e.reversedBy && !e.reverses);
    },

    entryLabel(entry) {
      const remaining = (entry.against || []).find((a) => a.kind === (entry.kind === 'appropriation' ? 'allocation' : 'payment'));
      return [this.$date(entry.valueDate), this.shortPurpose(entry.purpose), this.targetLabel(entry.target),
        this.$money(entry.amount), remaining ? this.$t('remaining', { amount: this.$money(remaining.remaining) }) : '',
        entry.description || ''].filter((part) => part && part !== '—').join(' · ');
    },

    otherCurrencies(entry) {
      return (entry.equivalents || []).filter((q) => q.currency !== entry.amount.currency);
    },

    async record() {
      const kind = this.form.kind;
      const posted = await this.attempt(() => api.post(`api/${kind}s`, postingBody(this.form, Alpine.store('ui').lang),
        { headers: { 'Idempotency-Key': this.formKey } }));
      if (posted) {
        this.notice = this.$t('finance.posted', { kind: this.$t('kind.' + kind), amount: this.$money(posted.amount) });
        this.listKind = kind;
        this.resetForm(kind);
        await this.loadYear();
      }
    },

    askReversal(entry) {
      this.reversing = entry;
      this.reversalReason = '';
      this.reversalError = '';
      this.reversalKey = api.key();
      this.$refs.reversal.showModal();
    },

    async reverse() {
      const entry = this.reversing;
      if (!this.reversalReason.trim()) {
        this.reversalError = this.$t('finance.reasonRequired');
        return;
      }
      const reversal = await this.attempt(() => api.post(`api/${entry.kind}s/${entry.id}/reversal`,
        { reason: this.reversalReason.trim() }, { headers: { 'Idempotency-Key': this.reversalKey } }));
      if (reversal) {
        this.$refs.reversal.close();
        this.notice = this.$t('finance.reversedNotice', { amount: this.$money(entry.amount) });
        await this.loadYear();
      } else {
        this.reversalError = this.failure;
      }
    },

    async registerShelter() {
      const body = Object.assign({}, this.shelter, {
        openedYear: this.shelter.openedYear === '' ? null : Number(this.shelter.openedYear),
        foreignVictimsEligibleFrom: this.shelter.foreignVictimsEligibleFrom || null });
      const created = await this.attempt(() => api.post('api/shelters', body, { headers: { 'Idempotency-Key': this.shelterKey } }));
      if (created) {
        this.shelterKey = api.key();
        this.notice = this.$t('finance.shelterRegistered', { name: created.name });
        this.shelter = { name: '', city: '', operator: '', openedYear: '', foreignVictimsEligibleFrom: '' };
        this.shelters = (await api.get('api/shelters?limit=500&sort=city,name')).items;
      }
    },

    showAllEntries() {
      this.entryList.filters.batchId = '';
      return this.entryList.search();
    },

    /** The columns of the file the chosen kind takes, in the order the template writes them. */
    get importColumns() {
      return IMPORT_COLUMNS[this.importKind];
    },

    /**
     * A file to fill in: one line per appropriation of the year (for allocations) or per allocation
     * still open (for commitments and payments), its id already there, so nobody copies one by hand.
     */
    downloadTemplate() {
      const kind = this.importKind;
      const parents = this.openEntries(kind === 'allocation' ? 'appropriation' : 'allocation');
      const lines = parents.map((parent) => {
        const description = kind === 'allocation'
          ? this.shortPurpose(parent.purpose) + ' (' + this.$t('source.' + parent.source) + ')'
          : this.targetLabel(parent.target) + (parent.description ? ' · ' + parent.description : '');
        // today when it falls in the year, else the day of the line's appropriation or allocation
        const day = Registry.today().startsWith(String(this.year)) ? Registry.today() : parent.valueDate;
        const cells = { appropriation: parent.id, allocation: parent.id, currency: parent.amount.currency,
          value_date: day, description };
        return IMPORT_COLUMNS[kind].map((column) => csvCell(cells[column] || ''));
      });
      const text = [IMPORT_COLUMNS[kind]].concat(lines).map((cells) => cells.join(',')).join('\r\n') + '\r\n';
      Registry.api.save(new Blob([text], { type: 'text/csv' }), `${kind}s-${this.year}.csv`);
    },

    /** A refused line of a file in words ("Line 2: amount: ..."); the count of lines not listed as it is. */
    lineError(e) {
      const number = /^line (\d+)$/.exec(e.line);
      return number ? this.$t('finance.lineError', { line: this.$t('finance.line', { n: number[1] }), message: e.message })
        : e.message;
    },

    /** What became of the file: posted (how many lines), refused (nothing posted), or under way. */
    get jobOutcome() {
      const job = this.entriesJob;
      if (!job) {
        return '';
      }
      if (job.status === 'DONE') {
        return this.$t('finance.imported', { count: job.lines, kind: this.$t('kind.' + job.kind + 's') });
      }
      return this.$t('job.' + job.status);
    },

    get batchLink() {
      const job = this.entriesJob;
      return job && job.batchId ? `finance.html?year=${this.year}&entries.batchId=${job.batchId}&entries.kind=${job.kind}#budget`
        : '#budget';
    },

    async importEntries() {
      const file = this.$refs.entriesFile.files[0];
      this.entriesJob = null;
      if (!file) {
        this.failure = this.$t('finance.chooseFile');
        return;
      }
      const kind = this.importKind;
      await this.attempt(async () => {
        const started = await api.post(`api/${kind}s/imports`, await file.text(), { headers: {
          'Content-Type': 'text/csv', Prefer: 'respond-async', 'Idempotency-Key': api.key() } });
        if (started.status) {
          this.entriesJob = Object.assign({ kind }, started);
          await api.follow(`api/${kind}s/imports/${started.id}`, (job) => { this.entriesJob = Object.assign({ kind }, job); },
            (job) => job.status !== 'RUNNING');
        } else {
          this.entriesJob = { kind, status: 'DONE', done: started.entries, lines: started.entries, batchId: started.id };
        }
        await this.loadYear();
      });
    },

    async importRates() {
      const file = this.$refs.ratesFile.files[0];
      if (!file) {
        this.failure = this.$t('finance.chooseFile');
        return;
      }
      const type = file.name.toLowerCase().endsWith('.xml') ? 'application/xml' : 'text/csv';
      await this.attempt(async () => {
        const started = await api.post('api/rates/imports', await file.text(),
          { headers: { 'Content-Type': type, Prefer: 'respond-async' } });
        this.ratesJob = started;
        const ended = await api.follow(`api/rates/imports/${started.id}`, (job) => { this.ratesJob = job; },
          (job) => job.status !== 'RUNNING');
        if (ended.status === 'DONE') {
          this.notice = this.$t('finance.ratesImported');
          await this.loadYear();
        }
      });
    },

    async closePeriod(period) {
      if (!confirm(this.$t('finance.closeConfirm', { year: period.year }))) {
        return;
      }
      await this.attempt(async () => {
        const etag = await api.etag(`api/periods/${period.year}`);
        await api.put(`api/periods/${period.year}`, { state: 'CLOSED' }, { headers: { 'If-Match': etag } });
        this.notice = this.$t('finance.closed', { year: period.year });
        this.periods = (await api.get('api/periods')).sort((a, b) => b.year - a.year);
      });
    },

    async openPeriod() {
      const opened = await this.attempt(() => api.post('api/periods', { year: this.newYear },
        { headers: { 'Idempotency-Key': this.periodKey } }));
      if (opened) {
        this.periodKey = api.key();
        this.notice = this.$t('finance.opened', { year: opened.year });
        this.periods = (await api.get('api/periods')).sort((a, b) => b.year - a.year);
      }
    },
  }));
});
