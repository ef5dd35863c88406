import { env } from '$env/dynamic/private';
import { newCardLimit } from './queue';

/** Read once at start (the server's init reports it), so a bad value stops the server at once. */
export const newCardsPerDay = newCardLimit(env.LEDE_REVIEW_NEW_CARDS);
