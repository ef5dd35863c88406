/**
 * The rules the project is judged by (the same as ../shared/generator-eval/score.mjs), as a pure
 * function, so a test can hold the generator to them on the fixtures.
 */
export interface GoldFact {
	article: string;
	kind: string;
	prompt: string;
	answer: string;
	aliases?: string[];
	evidence: string;
}

export interface ScoredQuestion {
	kind: string;
	prompt: string;
	answer: string;
	choices: string[];
	evidence: { text: string; start: number; end: number };
}

export interface Score {
	covered: number;
	total: number;
	valid: number;
	generated: number;
	/** Questions whose answer is strictly the longest choice. */
	longest: number;
	missed: string[];
	invalid: string[];
}

const norm = (s: string) =>
	String(s ?? '')
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u2018\u2019\u201A\u201B]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F]/g, '"')
		.replace(/[\u2010-\u2015]/g, '-')
		.replace(/\s+/g, ' ')
		.replace(/^[\s"'.,;:]+|[\s"'.,;:]+$/g, '')
		.trim();
const stripArticle = (s: string) => s.replace(/^(the|a|an) /, '');

export function problemsOf(q: ScoredQuestion, body: string): string[] {
	const errs: string[] = [];
	const ev = q.evidence.text;
	if (!ev || !norm(body).includes(norm(ev))) errs.push('evidence-not-verbatim');
	else if (norm(body.slice(q.evidence.start, q.evidence.end)) !== norm(ev))
		errs.push('evidence-offsets');
	const derived = /true|false|source|order|timeline/i.test(q.kind);
	if (!derived && !norm(ev).includes(stripArticle(norm(q.answer))))
		errs.push('answer-not-in-evidence');
	const nc = q.choices.map(norm);
	if (q.choices.length < 3) errs.push('too-few-choices');
	if (new Set(nc).size !== nc.length) errs.push('duplicate-choices');
	if (nc.filter((c) => c === norm(q.answer)).length !== 1) errs.push('answer-not-once-in-choices');
	if (!derived && norm(q.answer).length > 2 && norm(q.prompt).includes(norm(q.answer)))
		errs.push('prompt-gives-answer');
	if (!/\?\s*$/.test(q.prompt.trim())) errs.push('prompt-not-a-question');
	return errs;
}

export function score(
	articles: { name: string; body: string; questions: ScoredQuestion[] }[],
	gold: GoldFact[]
): Score {
	const s: Score = {
		covered: 0,
		total: 0,
		valid: 0,
		generated: 0,
		longest: 0,
		missed: [],
		invalid: []
	};
	for (const { name, body, questions } of articles) {
		s.generated += questions.length;
		for (const q of questions) {
			const errs = problemsOf(q, body);
			if (errs.length === 0) s.valid++;
			else s.invalid.push(`${name}: [${errs}] ${q.prompt} -> ${q.answer}`);
			const others = q.choices.filter((c) => norm(c) !== norm(q.answer)).map((c) => c.length);
			if (others.length && q.answer.length > Math.max(...others)) s.longest++;
		}
		for (const g of gold.filter((g) => g.article === name)) {
			s.total++;
			const answers = [g.answer, ...(g.aliases ?? [])].map((x) => stripArticle(norm(x)));
			const gev = norm(g.evidence);
			const hit = questions.some((q) => {
				const a = stripArticle(norm(q.answer));
				const ev = norm(q.evidence.text);
				const answerOk =
					a.length >= 2 &&
					answers.some(
						(x) => x === a || (x.length >= 4 && a.includes(x)) || (a.length >= 4 && x.includes(a))
					);
				return answerOk && (ev.includes(gev) || (ev.length >= 20 && gev.includes(ev)));
			});
			if (hit) s.covered++;
			else s.missed.push(`${name}: ${g.prompt} [${g.answer}]`);
		}
	}
	return s;
}
