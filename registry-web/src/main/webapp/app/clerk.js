/*
 * The court clerk's page: compensation claims along their life (only the moves a claim allows
 * are offered), proceedings, victims (identities masked; revealing one is an audited call),
 * payment registers, recourse, and the victims compensation fund.
 */
document.addEventListener('alpine:init', () => {
  const api = Registry.api;
  const VIEWS = ['work', 'claims', 'proceedings', 'victims', 'registers', 'fund', 'bank'];
  /** The law's target for a first decision: two months from filing. */
  const DECISION_MONTHS = 2;
  /** How far ahead a decision counts as due soon. */
  const DUE_SOON_DAYS = 30;

  /** An ISO day {@code months} later, on the same day of the month or the month's last day (as the server counts). */
  function plusMonths(iso, months) {
    const day = new Date(iso + 'T00:00:00Z');
    const wanted = day.getUTCDate();
    day.setUTCDate(1);
    day.setUTCMonth(day.getUTCMonth() + months);
    const last = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
    day.setUTCDate(Math.min(wanted, last));
    return day.toISOString().slice(0, 10);
  }

  function plusDays(iso, days) {
    const day = new Date(iso + 'T00:00:00Z');
    day.setUTCDate(day.getUTCDate() + days);
    return day.toISOString().slice(0, 10);
  }

  function emptyVictim() {
    return { fullName: '', idNumber: '', birthDate: '', citizenship: 'KZ', sex: 'FEMALE', minor: false,
      exploitation: 'SEX_TRAFFICKING', proceedingId: '', recognisedOn: Registry.today() };
  }

  function emptyProceeding() {
    return { registrationNumber: '', articles: '128-1', prosecutingBody: '', stage: 'PRE_TRIAL_INVESTIGATION',
      registeredOn: Registry.today() };
  }

  Alpine.data('clerk', () => ({
    ...Registry.pageState(VIEWS),
    statuses: ['RECEIVED', 'UNDER_REVIEW', 'APPROVED', 'DENIED', 'WITHDRAWN', 'APPEALED', 'ON_REGISTER', 'PAID', 'RECOURSE_OPENED', 'RECOVERED'],
    stages: ['PRE_TRIAL_INVESTIGATION', 'IN_COURT', 'VERDICT', 'APPEAL', 'TERMINATED'],
    exploitations: ['SEX_TRAFFICKING', 'FORCED_LABOUR', 'FORCED_CRIMINALITY', 'FORCED_BEGGING', 'OTHER'],
    fundSources: ['COMPULSORY_PAYMENT', 'PROCEDURAL_PENALTY', 'LABOUR_DEDUCTION', 'OTHER'],
    claims: [],
    work: { overdue: [], dueSoon: [], approved: [], registers: [] },
    /** The lists the page shows, a page at a time, searched, filtered and sorted, kept in the address. */
    claimList: Registry.pagedList('claims', 'api/claims', { sort: '-filedOn',
      filters: { status: '', category: '', filedFrom: '', filedTo: '' } }),
    proceedingList: Registry.pagedList('proceedings', 'api/proceedings', { sort: '-registeredOn', filters: { stage: '' } }),
    // newest first, so that what the clerk has just registered is on the first page
    victimList: Registry.pagedList('victims', 'api/victims', { sort: '-createdAt', filters: { exploitation: '' } }),
    claim: null,
    moves: [],
    move: { on: Registry.today(), reason: '' },
    filing: { proceedingId: '', victimId: '', category: '', filedOn: Registry.today() },
    filingKey: api.key(),
    proceedings: [],
    proceeding: emptyProceeding(),
    proceedingKey: api.key(),
    victims: [],
    victim: emptyVictim(),
    victimKey: api.key(),
    identities: {},
    categories: [],
    categoriesInForce: [],
    registers: [],
    recoveries: [],
    recovering: null,
    recovered: { amount: '', valueDate: Registry.today(), reference: '' },
    fund: null,
    inflow: { source: 'COMPULSORY_PAYMENT', amount: '', valueDate: Registry.today(), reference: '' },
    inflowKey: api.key(),
    recoveredKey: api.key(),

    async init() {
      this.view = this.viewFromHash();
      await this.attempt(async () => {
        this.categories = await api.get('api/law/categories');
        await this.loadCategoriesInForce();
        await Promise.all([this.loadProceedings(), this.loadVictims(), this.loadClaims(), this.loadRegisters(), this.loadFund()]);
      });
    },

    /** The categories of the law in force on the filing day: the only ones a claim may be filed under. */
    async loadCategoriesInForce() {
      const day = this.filing.filedOn || Registry.today();
      this.categoriesInForce = await api.get('api/law/categories?on=' + day).catch(() => []);
    },

    /**
     * What needs doing, each list from the API: claims past the two-month decision target, decisions
     * due within 30 days, approved claims waiting for a register, registers waiting for payment.
     */
    async loadWork() {
      const [received, review, approved, registers] = await Promise.all([
        api.get('api/claims?status=RECEIVED&limit=500&sort=filedOn'),
        api.get('api/claims?status=UNDER_REVIEW&limit=500&sort=filedOn'),
        api.get('api/claims?status=APPROVED&limit=500&sort=filedOn'),
        api.get('api/registers?limit=500'),
      ]);
      const today = Registry.today();
      const soon = plusDays(today, DUE_SOON_DAYS);
      const awaiting = received.items.concat(review.items)
        .map((c) => ({ id: c.id, code: c.code, status: c.status, when: plusMonths(c.filedOn, DECISION_MONTHS), kind: 'claim' }))
        .sort((a, b) => a.when.localeCompare(b.when));
      this.work = {
        overdue: awaiting.filter((c) => c.when < today),
        dueSoon: awaiting.filter((c) => c.when >= today && c.when <= soon),
        approved: approved.items.map((c) => ({ id: c.id, code: c.code, status: c.status, when: c.decidedOn || c.filedOn, kind: 'claim' })),
        registers: registers.items.filter((r) => r.status !== 'PAID')
          .map((r) => ({ id: r.id, code: r.number, status: r.status, when: r.createdOn, kind: 'register' })),
      };
    },

    countryLabel(code) {
      return Registry.countries.label(code, this.$store.ui.lang);
    },

    /** Every country by name in the page's language, for the citizenship field's list. */
    get countryList() {
      return Registry.countries.list(this.$store.ui.lang);
    },

    /** What the citizenship field was understood as ("Kyrgyzstan (KG)"), or '' while it names no country. */
    get citizenshipUnderstood() {
      const code = Registry.countries.find(this.victim.citizenship, this.$store.ui.lang);
      return code ? this.$t('clerk.citizenshipUnderstood', { country: Registry.countries.label(code, this.$store.ui.lang) }) : '';
    },

    get workGroups() {
      return [
        { key: 'overdue', when: 'work.due', rows: this.work.overdue },
        { key: 'dueSoon', when: 'work.due', rows: this.work.dueSoon },
        { key: 'approved', when: 'work.approvedOn', rows: this.work.approved },
        { key: 'registers', when: 'work.createdOn', rows: this.work.registers },
      ];
    },

    workState(row) {
      return row.kind === 'register' ? Registry.translate('work.registerOpen', {}, Alpine.store('ui').lang)
        : Registry.translate('claim.' + row.status, {}, Alpine.store('ui').lang);
    },

    /** Opens the claim (or the registers) a row of the work queue names. */
    async openWork(row) {
      if (row.kind === 'register') {
        location.hash = '#registers';
        return;
      }
      location.hash = '#claims';
      await this.openClaim(row.id);
    },

    async loadClaims() {
      // every claim for the page's look-ups (codes by id), and the list's page as searched
      this.claims = (await api.get('api/claims?limit=500&sort=-filedOn')).items;
      await this.claimList.load();
      window.dispatchEvent(new CustomEvent('fund-changed')); // a decision changes what the fund expects to pay
      await this.loadWork();
    },
    async loadProceedings() {
      this.proceedings = (await api.get('api/proceedings?limit=500&sort=-registeredOn')).items;
      await this.proceedingList.load();
    },
    async loadVictims() {
      this.victims = (await api.get('api/victims?limit=500')).items;
      await this.victimList.load();
    },
    async loadRegisters() {
      this.registers = (await api.get('api/registers?limit=500')).items;
      await this.loadWork();
      this.recoveries = (await api.get('api/recoveries?limit=500')).items;
    },
    async loadFund() {
      this.fund = await api.get('api/fund');
      window.dispatchEvent(new CustomEvent('fund-changed'));
    },

    /** The claims again from the first page, a refusal (days the wrong way round) shown under the list. */
    searchClaims() {
      return this.attempt(() => this.claimList.search());
    },

    categoryName(code) {
      const category = this.categoriesInForce.find((c) => c.code === code) || this.categories.find((c) => c.code === code);
      return category ? Registry.localName(category, this.$store.ui.lang) : code;
    },
    victimCode(id) {
      const victim = this.victims.find((v) => v.id === id);
      return victim ? victim.code : '—';
    },
    /** The proceedings a victim is recognised in, by their numbers. */
    recognisedIn(victim) {
      return victim.recognitions.map((r) => this.proceedingNumber(r.proceedingId)).join(', ') || '—';
    },
    /** A revealed identity's number and birth date, those it has. */
    identityDetails(victim) {
      const identity = this.identities[victim.id];
      return [identity.idNumber, this.$date(identity.birthDate)].filter(Boolean).join(' · ');
    },
    hideIdentity(victim) {
      delete this.identities[victim.id];
    },
    startRecovery(recovery) {
      this.recovering = recovery;
      this.recovered.amount = '';
    },
    proceedingNumber(id) {
      const proceeding = this.proceedings.find((p) => p.id === id);
      return proceeding ? proceeding.registrationNumber : '—';
    },
    claimCode(id) {
      const claim = this.claims.find((c) => c.id === id);
      return claim ? claim.code : '—';
    },
    victimsOf(proceedingId) {
      return proceedingId ? this.victims.filter((v) => v.recognitions.some((r) => r.proceedingId === proceedingId)) : this.victims;
    },

    async openClaim(id) {
      await this.attempt(async () => {
        this.claim = await api.get(`api/claims/${id}`);
        this.moves = await api.get(`api/claims/${id}/moves`);
        this.move = { on: Registry.today(), reason: '' };
      });
      this.$nextTick(() => this.$refs.claimHeading && this.$refs.claimHeading.focus());
    },

    async refreshClaim() {
      await this.loadClaims();
      await this.openClaim(this.claim.id);
    },

    /** What to do after a claim reached a state, in words: the next step the clerk takes. */
    nextStep(status) {
      const key = 'clerk.next.' + status;
      const text = this.$t(key);
      return text === key ? '' : ' ' + text;
    },

    async moveClaim(to) {
      const claim = this.claim;
      // a decision is not taken back: the clerk confirms it first
      if ((to === 'APPROVED' || to === 'DENIED') && !window.confirm(this.$t('clerk.confirmMove.' + to, { code: claim.code }))) {
        return;
      }
      const moved = await this.attempt(async () => {
        const etag = await api.etag(`api/claims/${claim.id}`);
        return api.post(`api/claims/${claim.id}/moves`, { to, on: this.move.on, reason: this.move.reason.trim() || null },
          { headers: { 'If-Match': etag } });
      });
      if (moved) {
        // the claim is read again first: reading clears the page's messages, the confirmation stays after it
        await this.refreshClaim();
        this.notice = this.$t('clerk.moved', { code: claim.code, status: this.$t('claim.' + moved.status) })
          + this.nextStep(moved.status);
      }
    },

    async putOnRegister() {
      const register = await this.attempt(() => api.post('api/registers', { claimIds: [this.claim.id], createdOn: Registry.today() },
        { headers: { 'Idempotency-Key': api.key() } }));
      if (register) {
        await this.loadRegisters();
        await this.refreshClaim();
        this.notice = this.$t('clerk.onRegister', { number: register.number, total: this.$money(register.total) })
          + this.nextStep('ON_REGISTER');
      }
    },

    async payRegister(id) {
      const register = this.registers.find((r) => r.id === id);
      if (!window.confirm(this.$t('clerk.confirmPay', { number: register ? register.number : '',
        total: register ? this.$money(register.total) : '' }))) {
        return;
      }
      const paid = await this.attempt(async () => {
        const etag = await api.etag(`api/registers/${id}`);
        return api.post(`api/registers/${id}/payment`, { paidOn: Registry.today() }, { headers: { 'If-Match': etag } });
      });
      if (paid) {
        await Promise.all([this.loadRegisters(), this.loadFund(), this.loadClaims()]);
        if (this.claim) {
          await this.openClaim(this.claim.id);
        }
        this.notice = this.$t('clerk.paid', { number: paid.number, total: this.$money(paid.total) }) + this.nextStep('PAID');
      }
    },

    async openRecovery() {
      const recovery = await this.attempt(() => api.post('api/recoveries', { claimId: this.claim.id, openedOn: Registry.today() },
        { headers: { 'Idempotency-Key': api.key() } }));
      if (recovery) {
        this.notice = this.$t('clerk.recoveryOpened', { due: this.$money(recovery.due) });
        await this.loadRegisters();
      }
    },

    async recordRecovered() {
      const recovery = this.recovering;
      const body = { amount: Registry.amountAsTyped(this.recovered.amount, Alpine.store('ui').lang), valueDate: this.recovered.valueDate, reference: this.recovered.reference.trim() || null };
      const updated = await this.attempt(() => api.post(`api/recoveries/${recovery.id}/payments`, body,
        { headers: { 'Idempotency-Key': this.recoveredKey } }));
      if (updated) {
        this.recoveredKey = api.key();
        this.notice = this.$t('clerk.recoveredNotice', { amount: this.$money({ amount: body.amount, currency: 'KZT' }) });
        this.recovering = null;
        await Promise.all([this.loadRegisters(), this.loadFund()]);
      }
    },

    async fileClaim() {
      const body = { victimId: this.filing.victimId || null, proceedingId: this.filing.proceedingId || null,
        category: this.filing.category || null, filedOn: this.filing.filedOn || null };
      const filed = await this.attempt(() => api.post('api/claims', body, { headers: { 'Idempotency-Key': this.filingKey } }));
      if (filed) {
        this.notice = this.$t('clerk.filed', { code: filed.code });
        this.filingKey = api.key();
        this.filing = { proceedingId: '', victimId: '', category: '', filedOn: Registry.today() };
        await this.loadClaims();
        await this.openClaim(filed.id);
      }
    },

    async registerProceeding() {
      const body = Object.assign({}, this.proceeding, {
        articles: this.proceeding.articles.split(/[,;\s]+/).filter(Boolean) });
      const registered = await this.attempt(() => api.post('api/proceedings', body, { headers: { 'Idempotency-Key': this.proceedingKey } }));
      if (registered) {
        this.notice = this.$t('clerk.proceedingRegistered', { number: registered.registrationNumber });
        this.proceeding = emptyProceeding();
        this.proceedingKey = api.key();
        await this.loadProceedings();
      }
    },

    async registerVictim() {
      const v = this.victim;
      const citizenship = Registry.countries.find(v.citizenship, this.$store.ui.lang);
      if (!citizenship) {
        // said where the person is looking, and nothing is sent
        this.errors = { citizenship: this.$t('clerk.countryUnknown', { text: v.citizenship.trim() }) };
        this.failure = this.$t('error.fields');
        this.$nextTick(() => document.getElementById('v-citizenship').focus());
        return;
      }
      const body = { citizenship, sex: v.sex, minor: v.minor, exploitation: v.exploitation,
        identity: { fullName: v.fullName.trim(), idNumber: v.idNumber.trim() || null, birthDate: v.birthDate || null } };
      const registered = await this.attempt(async () => {
        const created = await api.post('api/victims', body, { headers: { 'Idempotency-Key': this.victimKey } });
        this.victimKey = api.key();
        if (v.proceedingId) {
          await api.post(`api/victims/${created.id}/recognitions`, { proceedingId: v.proceedingId, recognisedOn: v.recognisedOn },
            { headers: { 'Idempotency-Key': api.key() } });
        }
        return created;
      });
      if (registered) {
        this.notice = this.$t('clerk.victimRegistered', { code: registered.code });
        this.victim = emptyVictim();
      }
      await this.loadVictims();
    },

    /** Shows one identity; the API records who asked for it in the audit trail. */
    async reveal(victim) {
      const identity = await this.attempt(() => api.get(`api/victims/${victim.id}/identity`));
      if (identity) {
        this.identities[victim.id] = identity;
      }
    },

    async recordInflow() {
      const body = { source: this.inflow.source, amount: Registry.amountAsTyped(this.inflow.amount, Alpine.store('ui').lang), valueDate: this.inflow.valueDate,
        reference: this.inflow.reference.trim() || null };
      const recorded = await this.attempt(() => api.post('api/fund/inflows', body, { headers: { 'Idempotency-Key': this.inflowKey } }));
      if (recorded) {
        this.notice = this.$t('clerk.inflowRecorded', { amount: this.$money(recorded.amount) });
        this.inflowKey = api.key();
        this.inflow.amount = '';
        await this.loadFund();
      }
    },
  }));
});
