import { defineWxtModule } from 'wxt/modules';

// The detector content script runs on every page and only sends one message: it uses the
// browser's own `browser`/`chrome` global instead of the webextension-polyfill (~9 kB), which
// every other entrypoint keeps.
export default defineWxtModule({
  name: 'detector-without-polyfill',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.name === 'detector')) return;
      const noPolyfill = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [noPolyfill, ...entries] };
    });
  },
});
