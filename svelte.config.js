import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Every byte of the runtime goes to each student's phone; the version global serves nobody.
		discloseVersion: false,
		// Runes everywhere in our code; libraries keep whatever mode they were written in.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter(),
		// The browser asks the server which route a path is (once per path, on hover) instead of
		// loading every route of the app, teachers' and admins' included, with the quiz page.
		router: { resolution: 'server' }
	}
};

export default config;
