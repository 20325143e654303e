/*
 * The administrator's page: who may sign in and in which roles. Lists the users (search and a
 * filter, kept in the address), creates one, changes roles, enables or disables, unlocks an account
 * failed sign-ins locked, and sets a new password. Changes carry the ETag read (If-Match), so two
 * administrators never overwrite each other; disabling someone and setting a password ask first.
 */
document.addEventListener('alpine:init', () => {
  const api = Registry.api;
  const ROLES = ['finance-officer', 'court-clerk', 'auditor', 'administrator'];
  const PASSWORD_WORDS = 'amber birch cedar delta ember fjord grove harbor island juniper kestrel lagoon meadow'
    .split(' ').concat('nutmeg orchid pepper quartz raven saffron timber umber violet willow yarrow zephyr'.split(' '));

  /** A password of four random words and two digits: long enough (10 characters at least) and easy to pass on. */
  function suggestedPassword() {
    const numbers = crypto.getRandomValues(new Uint32Array(5));
    const words = Array.from(numbers.slice(0, 4), (n) => PASSWORD_WORDS[n % PASSWORD_WORDS.length]);
    return words.join('-') + '-' + String(numbers[4] % 100).padStart(2, '0');
  }

  Alpine.data('admin', () => ({
    ...Registry.pageState(['users']),
    roles: ROLES,
    users: [],
    search: Registry.address.read('', 'q', ''),
    shown: Registry.address.read('', 'show', 'all'),
    editing: null,
    resetting: null,
    newUser: { username: '', password: '', roles: [] },
    newUserKey: api.key(),

    async init() {
      await this.attempt(() => this.load());
    },

    async load() {
      // the whole list, a page at a time: a ministry has tens of users, not thousands
      const all = [];
      for (let offset = 0; ; offset += 100) {
        const page = await api.get(`api/users?offset=${offset}&limit=100&sort=username`);
        all.push(...page.items);
        if (all.length >= page.total || !page.items.length) {
          break;
        }
      }
      this.users = all;
    },

    /** The search and the filter stay in the address, so the view can be bookmarked and shared. */
    rememberSearch() {
      Registry.address.keep('', { q: this.search.trim(), show: this.shown === 'all' ? '' : this.shown });
    },

    get visibleUsers() {
      const wanted = this.search.trim().toLocaleLowerCase();
      return this.users.filter((u) => !wanted || u.username.toLocaleLowerCase().includes(wanted)
          || this.rolesInWords(u.roles).toLocaleLowerCase().includes(wanted))
        .filter((u) => this.shown === 'all' || (this.shown === 'enabled' && u.enabled)
          || (this.shown === 'disabled' && !u.enabled) || (this.shown === 'locked' && this.isLocked(u)));
    },

    isLocked(user) {
      return !!user.lockedUntil && Date.parse(user.lockedUntil) > Date.now();
    },

    rolesInWords(roles) {
      return roles.map((r) => this.$t('role.' + r)).join(', ');
    },

    stateInWords(user) {
      if (this.isLocked(user)) {
        return this.$t('admin.lockedUntil', { time: this.$date(user.lockedUntil), failed: user.failedLogins });
      }
      return this.$t(user.enabled ? 'admin.enabled' : 'admin.disabled');
    },

    startEditing(user) {
      this.resetting = null;
      this.editing = { id: user.id, version: user.version, username: user.username, roles: [...user.roles], enabled: user.enabled };
      this.$nextTick(() => document.querySelector('[data-test=edit-form] input').focus());
    },

    async saveEditing() {
      const edit = this.editing;
      const before = this.users.find((u) => u.id === edit.id);
      if (before && before.enabled && !edit.enabled && !window.confirm(this.$t('admin.confirmDisable', { username: edit.username }))) {
        return;
      }
      const saved = await this.attempt(() => api.put('api/users/' + edit.id, { roles: edit.roles, enabled: edit.enabled },
        { headers: { 'If-Match': '"' + edit.version + '"' } }));
      if (saved) {
        this.editing = null;
        await this.attempt(() => this.load());
        this.notice = this.$t('admin.saved', { username: saved.username, roles: this.rolesInWords(saved.roles),
          state: this.$t(saved.enabled ? 'admin.enabled' : 'admin.disabled') });
      }
    },

    async unlock(user) {
      const opened = await this.attempt(() => api.post('api/users/' + user.id + '/unlock'));
      if (opened) {
        await this.attempt(() => this.load());
        this.notice = this.$t('admin.unlocked', { username: opened.username });
      }
    },

    startReset(user) {
      this.editing = null;
      this.resetting = { id: user.id, version: user.version, username: user.username, password: '' };
      this.$nextTick(() => document.getElementById('reset-password').focus());
    },

    suggestPassword() {
      this.resetting.password = suggestedPassword();
    },

    suggestNewPassword() {
      this.newUser.password = suggestedPassword();
    },

    async resetPassword() {
      const reset = this.resetting;
      if (!window.confirm(this.$t('admin.confirmReset', { username: reset.username }))) {
        return;
      }
      const saved = await this.attempt(() => api.put('api/users/' + reset.id + '/password', { password: reset.password },
        { headers: { 'If-Match': '"' + reset.version + '"' } }));
      if (saved) {
        this.resetting = null;
        await this.attempt(() => this.load());
        this.notice = this.$t('admin.passwordSet', { username: saved.username });
      }
    },

    async createUser() {
      const created = await this.attempt(() => api.post('api/users', {
        username: this.newUser.username.trim(), password: this.newUser.password, roles: this.newUser.roles,
      }, { headers: { 'Idempotency-Key': this.newUserKey } }));
      if (created) {
        this.newUser = { username: '', password: '', roles: [] };
        this.newUserKey = api.key();
        await this.attempt(() => this.load());
        this.notice = this.$t('admin.created', { username: created.username, roles: this.rolesInWords(created.roles) });
      }
    },
  }));
});
