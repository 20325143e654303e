/*
 * Reconciliation with the bank, where a page asks for it: data-reconciliation="BUDGET" (the
 * finance officer: the budget's payment account), "FUND" (the court clerk: the fund's account),
 * or "read" (the auditor: every account, nothing changed). The officer imports the bank's
 * statement (camt.053 XML or the CSV form), sees the month's figures and every item left
 * unmatched with its age, resolves each with a reason and signs the month off.
 */
(function () {
  'use strict';

  const TEMPLATE = `
    <h2 x-text="$t('bank.title')"></h2>
    <p class="help" x-text="$t(editable ? 'bank.help.edit' : 'bank.help.read')"></p>
    <p class="notice" role="status" x-show="notice" x-text="notice" data-test="bank-notice"></p>
    <p class="error" role="alert" tabindex="-1" x-ref="failure" x-show="failure" x-text="failure" data-test="bank-failure"></p>

    <p class="help" x-show="!editable && accounts.length === 0" x-text="$t('bank.noAccounts')"></p>
    <form class="bar" x-show="editable && accounts.length === 0" @submit.prevent="openAccount()" data-test="bank-open">
      <div class="field"><label for="bank-code" x-text="$t('bank.code')"></label><input id="bank-code" x-model="draft.code" required></div>
      <div class="field"><label for="bank-iban" x-text="$t('bank.iban')"></label><input id="bank-iban" x-model="draft.iban" required></div>
      <div class="field"><label for="bank-name" x-text="$t('bank.name')"></label><input id="bank-name" x-model="draft.name" required></div>
      <button type="submit" :disabled="busy" x-text="$t('bank.open')"></button>
    </form>

    <div class="bar" x-show="accounts.length">
      <label><span x-text="$t('bank.account')"></span>
        <select x-model="account" @change="load()" data-test="bank-account">
          <template x-for="a in accounts" :key="a.code"><option :value="a.code" x-text="a.name + ' · ' + a.iban" :selected="a.code === account"></option></template>
        </select>
      </label>
      <label><span x-text="$t('bank.month')"></span>
        <input type="month" x-model="month" @change="load()" data-test="bank-month">
      </label>
      <button type="button" class="link" x-show="recon" @click="downloadItems('csv')" data-test="bank-csv" x-text="$t('bank.csv')"></button>
      <button type="button" class="link" x-show="recon" @click="downloadItems('xlsx')" data-test="bank-xlsx" x-text="$t('bank.xlsx')"></button>
    </div>

    <form class="bar" x-show="editable && account" @submit.prevent="importFile()">
      <div class="field"><label for="bank-file" x-text="$t('bank.file')"></label>
        <input id="bank-file" type="file" accept=".xml,.csv,application/xml,text/csv" x-ref="file" data-test="bank-file"></div>
      <button type="submit" :disabled="busy" x-text="$t('bank.import')" data-test="bank-import"></button>
    </form>

    <template x-if="recon">
      <div data-test="bank-month-view">
        <dl class="facts">
          <dt x-text="$t('bank.opening')"></dt><dd x-text="kzt(recon.bank.opening)" data-test="bank-opening"></dd>
          <dt x-text="$t('bank.closing')"></dt><dd x-text="kzt(recon.bank.closing)" data-test="bank-closing"></dd>
          <dt x-text="$t('bank.ledgerMovement')"></dt><dd x-text="kzt(recon.ledger.movement)"></dd>
          <dt x-text="$t('bank.matched')"></dt><dd x-text="$t('bank.matchedText', { lines: recon.matched.lines, entries: recon.matched.entries })" data-test="bank-matched"></dd>
        </dl>
        <p class="notice" x-show="recon.signedOff" x-text="signedOffText" data-test="bank-signed-off"></p>
        <ul class="notice warning" x-show="recon.blocking.length" data-test="bank-blocking">
          <template x-for="(b, i) in recon.blocking" :key="i"><li x-text="b"></li></template>
        </ul>
        <h3 x-text="$t('bank.unmatched')"></h3>
        <p class="help" x-show="recon.unmatched.length === 0" x-text="$t('bank.nothingUnmatched')"></p>
        <div class="table-frame" tabindex="0" role="region" :aria-label="$t('table.frame')" x-show="recon.unmatched.length">
          <table data-test="bank-unmatched">
            <thead><tr>
              <th scope="col" x-text="$t('bank.side')"></th><th scope="col" x-text="$t('bank.day')"></th>
              <th scope="col" class="num" x-text="$t('bank.amount')"></th><th scope="col" x-text="$t('bank.reference')"></th>
              <th scope="col" class="num" x-text="$t('bank.age')"></th><th scope="col" x-text="$t('bank.resolution')"></th>
            </tr></thead>
            <tbody>
              <template x-for="item in recon.unmatched" :key="item.id">
                <tr x-data="bankItem">
                  <th scope="row" x-text="$t('bank.side.' + item.side)"></th>
                  <td x-text="$date(item.day)"></td>
                  <td class="num" x-text="kzt(item.amount)"></td>
                  <td x-text="(item.reference || '') + (item.description ? ' · ' + item.description : '')"></td>
                  <td class="num" x-text="$t('bank.days', { days: item.ageDays })"></td>
                  <td>
                    <span x-show="item.resolution" x-text="item.resolution ? $t('bank.kind.' + item.resolution) + ': ' + item.reason : ''"></span>
                    <template x-if="!item.resolution && editable && !recon.signedOff">
                      <form class="inline" @submit.prevent="resolveItem(item, kind, reason)">
                        <label class="sr-only" :for="'kind-' + item.id" x-text="$t('bank.resolution')"></label>
                        <select :id="'kind-' + item.id" x-model="kind" data-test="bank-kind">
                          <option value="TIMING_DIFFERENCE" x-text="$t('bank.kind.TIMING_DIFFERENCE')"></option>
                          <option value="BANK_ERROR" x-text="$t('bank.kind.BANK_ERROR')"></option>
                        </select>
                        <label class="sr-only" :for="'reason-' + item.id" x-text="$t('bank.reason')"></label>
                        <input :id="'reason-' + item.id" x-model="reason" :placeholder="$t('bank.reason')" data-test="bank-reason">
                        <button type="submit" x-text="$t('bank.resolve')" data-test="bank-resolve"></button>
                      </form>
                    </template>
                  </td>
                </tr>
              </template>
            </tbody>
          </table>
        </div>
        <button type="button" x-show="editable && !recon.signedOff" :disabled="busy || recon.blocking.length > 0"
                @click="signOff()" x-text="$t('bank.signOff')" data-test="bank-sign-off"></button>
      </div>
    </template>`;

  function lastMonth() {
    const now = new Date();
    const previous = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    return previous.toISOString().slice(0, 7);
  }

  document.addEventListener('alpine:init', () => {
    const { api, translate } = window.Registry;
    const t = (key, params) => translate(key, params, Alpine.store('ui').lang);

    Alpine.data('bankItem', () => ({ kind: 'TIMING_DIFFERENCE', reason: '' }));

    Alpine.data('reconciliation', () => ({
      mode: 'read',
      accounts: [],
      account: '',
      month: lastMonth(),
      recon: null,
      notice: '',
      failure: '',
      busy: false,
      draft: { code: '', iban: '', name: '' },

      get editable() {
        return this.mode !== 'read';
      },

      async init() {
        this.mode = this.$el.dataset.reconciliation || 'read';
        await this.loadAccounts();
        // the registry words why a month cannot be signed off yet: asked again in the page's new language
        this.$watch('$store.ui.lang', () => this.load());
      },

      async loadAccounts() {
        const all = await api.get('api/bank-accounts').catch(() => []);
        this.accounts = this.editable ? all.filter((a) => a.kind === this.mode) : all;
        if (this.accounts.length && !this.accounts.some((a) => a.code === this.account)) {
          this.account = this.accounts[0].code;
        }
        await this.load();
      },

      async attempt(work) {
        this.busy = true;
        this.failure = '';
        this.notice = '';
        try {
          return await work();
        } catch (e) {
          this.failure = e.message;
          this.$nextTick(() => this.$refs.failure && this.$refs.failure.focus());
          return undefined;
        } finally {
          this.busy = false;
        }
      },

      async load() {
        if (!this.account || !this.month) {
          this.recon = null;
          return;
        }
        this.recon = await this.attempt(() => api.get('api/reconciliations/' + encodeURIComponent(this.account) + '/' + this.month));
      },

      async openAccount() {
        const opened = await this.attempt(() => api.post('api/bank-accounts', {
          code: this.draft.code.trim(), kind: this.mode, iban: this.draft.iban.trim(), currency: 'KZT', name: this.draft.name.trim(),
        }));
        if (opened) {
          this.account = opened.code;
          await this.loadAccounts();
          this.notice = t('bank.opened', { name: opened.name });
        }
      },

      async importFile() {
        const file = this.$refs.file.files[0];
        if (!file) {
          this.failure = t('bank.chooseFile');
          return;
        }
        const type = /\.xml$/i.test(file.name) || file.type.includes('xml') ? 'application/xml' : 'text/csv';
        const result = await this.attempt(() => api.post('api/bank-statements?account=' + encodeURIComponent(this.account),
          file, { headers: { 'Content-Type': type } }));
        if (result) {
          const last = result.statements[result.statements.length - 1];
          if (last) {
            this.month = last.to.slice(0, 7);
          }
          await this.load();
          this.notice = result.created
            ? t('bank.imported', { statements: result.statements.map((s) => s.reference).join(', '),
              lines: result.statements.reduce((n, s) => n + s.lines, 0), matched: result.matched })
            : t('bank.importedBefore', { statements: result.statements.map((s) => s.reference).join(', ') });
          this.$refs.file.value = '';
        }
      },

      async resolveItem(item, kind, reason) {
        const updated = await this.attempt(() => api.post('api/reconciliations/' + encodeURIComponent(this.account) + '/'
          + this.month + '/resolutions', { side: item.side, item: item.id, resolution: kind, reason: (reason || '').trim() }));
        if (updated) {
          this.recon = updated;
          this.notice = t('bank.resolved', { kind: t('bank.kind.' + kind) });
        }
      },

      async signOff() {
        if (!window.confirm(t('bank.confirmSignOff', { month: this.month }))) {
          return;
        }
        const signed = await this.attempt(() => api.post('api/reconciliations/' + encodeURIComponent(this.account) + '/'
          + this.month + '/sign-off'));
        if (signed) {
          this.recon = signed;
          this.notice = t('bank.signedOffNow', { month: this.month });
        }
      },

      downloadItems(format) {
        api.download('api/reconciliations/' + encodeURIComponent(this.account) + '/' + this.month + '?format=' + format,
          'reconciliation-' + this.account + '-' + this.month + '.' + format);
      },

      kzt(amount) {
        return Registry.format.money(amount === undefined || amount === null ? null : { amount, currency: 'KZT' },
          Alpine.store('ui').lang);
      },

      get signedOffText() {
        return this.recon && this.recon.signedOff
          ? t('bank.signedOff', { by: this.recon.signedOff.by,
            at: Registry.format.date(this.recon.signedOff.at, Alpine.store('ui').lang) }) : '';
      },
    }));

    document.querySelectorAll('[data-reconciliation]').forEach((place) => {
      place.setAttribute('x-data', 'reconciliation');
      place.innerHTML = TEMPLATE;
    });
  });
})();
