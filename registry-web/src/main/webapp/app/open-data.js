/*
 * The open data page: for anyone, without signing in. It reads GET /api/open-data (404 while the
 * operator has not switched open data on), lists the files to download, and shows the
 * compensation statistics as published: a hidden figure is never shown, its row says why.
 */
document.addEventListener('alpine:init', () => {
  Alpine.data('openData', () => ({
    state: 'loading',
    publication: null,
    dimension: 'year',
    failure: '',

    async init() {
      try {
        const response = await fetch('api/open-data', { headers: { Accept: 'application/json' } });
        if (response.status === 404) {
          this.state = 'closed';
          return;
        }
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        this.publication = await response.json();
        this.state = 'open';
      } catch (e) {
        this.failure = this.$t('error.unreachable', { detail: e.message });
        this.state = 'failed';
      }
    },

    /** A file in the page's language: the descriptors, the spending, or the table it holds. */
    describe(file) {
      if (file.path.endsWith('datapackage.json')) {
        return this.$t(file.path.startsWith('spending/') ? 'openData.file.spendingDescriptor' : 'openData.file.compensationDescriptor');
      }
      if (file.path === 'spending/spending.csv') {
        return this.$t('openData.file.spending');
      }
      const table = file.path.match(/compensation-by-(\w+)\.csv$/);
      return table ? this.$t('openData.by.' + table[1]) : file.description;
    },

    size(bytes) {
      return this.$num(bytes / 1024, 1) + ' KB';
    },

    get rows() {
      const table = this.publication && this.publication.statistics.find((t) => t.dimension === this.dimension);
      if (!table) {
        return [];
      }
      const kzt = (amount) => (amount === undefined || amount === null ? '—' : this.$money({ amount, currency: 'KZT' }));
      return table.rows.map((row, index) => ({
        key: index,
        year: row.year,
        value: this.valueName(row.value),
        hidden: row.hidden ? this.$t('openData.hidden.' + row.hidden, { minimum: this.publication.minimumCell }) : '',
        victims: this.$num(row.victims, 0),
        claims: this.$num(row.claims, 0),
        approved: kzt(row.approvedKzt),
        paid: kzt(row.paidKzt),
        days: row.decisionHidden ? this.$t('openData.hidden.' + row.decisionHidden, { minimum: this.publication.minimumCell })
          : this.$num(row.meanDaysToDecision, 1),
      }));
    },

    /** A row's value in words; a category of the law the page has no name for keeps its code. */
    valueName(value) {
      if (value === undefined || value === null) {
        return '';
      }
      const key = 'openData.' + this.dimension + '.' + value;
      return this.dimension === 'category' && this.$t(key) === key ? value : this.$t(key);
    },
  }));
});
