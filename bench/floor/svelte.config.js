import adapter from '@sveltejs/adapter-node';

/** The framework floor: the smallest SvelteKit app with one form action (see bench/run.ts). */
export default { kit: { adapter: adapter() } };
