import { findDates, type DateMention } from './dates';
import { findEntities, type Entities } from './entities';
import { findQuantities, type Quantity } from './numbers';
import { parse, type Parse } from './parse';
import { findQuotes, type Quote } from './quotes';
import { findDateline, splitSentences, type Dateline, type Sentence } from './sentences';

/** Everything the stages find in one article, offsets into `body`. */
export interface Analysis {
	body: string;
	published?: string;
	dateline?: Dateline;
	sentences: Sentence[];
	parse: Parse;
	entities: Entities;
	quantities: Quantity[];
	dates: DateMention[];
	quotes: Quote[];
	sentenceAt(offset: number): Sentence | undefined;
}

export function analyse(body: string, published?: string): Analysis {
	const dateline = findDateline(body);
	const sentences = splitSentences(body, dateline?.leadStart ?? 0);
	const sentenceAt = (offset: number) => sentences.find((s) => offset >= s.start && offset < s.end);
	const parsed = parse(body);
	const entities = findEntities(body, sentences, parsed);
	const lead = dateline?.leadStart ?? 0;
	const findAll = (date?: string) =>
		findDates(body, date, (at) => sentenceAt(at)?.text ?? '').filter((d) => d.start >= lead);
	let dates = findAll(published);
	// Undated input: a full date in the dateline or the first sentence is the article's date.
	if (!published) {
		const first = findDates(body).find(
			(d) =>
				d.kind === 'day' && d.year && d.start < (sentences[0]?.end ?? 0) && /\d{4}/.test(d.text)
		);
		if (first?.resolved) {
			published = first.resolved;
			dates = findAll(published);
		}
	}
	const quantities = findQuantities(body, parsed, dates).filter(
		(q) => q.start >= (dateline?.leadStart ?? 0)
	);
	const quotes = findQuotes(body, sentences, entities);
	return {
		body,
		published,
		dateline,
		sentences,
		parse: parsed,
		entities,
		quantities,
		dates,
		quotes,
		sentenceAt
	};
}
