/* The sign-in form: exchanges the name and password (HTTP Basic, once) for a bearer token. */
document.addEventListener('alpine:init', () => {
  Alpine.data('signIn', () => ({
    username: '',
    password: '',
    error: '',
    busy: false,
    ended: new URLSearchParams(location.search).get('ended'),

    init() {
      const current = Registry.session.current();
      if (current && !this.ended) {
        this.go(current.roles);
      }
    },

    async signIn() {
      this.error = '';
      if (!this.username.trim() || !this.password) {
        this.error = this.$t('signIn.missing');
        return;
      }
      this.busy = true;
      try {
        const token = await Registry.api.post('api/tokens', undefined,
          { basic: { username: this.username.trim(), password: this.password } });
        this.password = '';
        const started = Registry.session.start(this.username.trim(), token);
        this.go(started.roles);
      } catch (e) {
        this.password = '';
        this.error = e.status === 401 ? this.$t('signIn.refused')
          : e.status === 503 || e.status === 429 ? e.message : this.$t('error.unreachable', { detail: e.message });
      } finally {
        this.busy = false;
      }
    },

    go(roles) {
      location.assign(Registry.session.home(roles));
    },
  }));
});
