/**
 * The bank as files: `<root>/<slug>/article.md` and `<root>/<slug>/questions.yaml`.
 * Reading reports every problem at its file and line, so a person can fix it in an editor;
 * writing produces one canonical form (fixed key order and quoting), so reading and writing
 * back is byte-identical and diffs show only what changed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Document, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import {
	articleMeta,
	articleSlug,
	question,
	questionIssues,
	questionsFile,
	type Article,
	type ArticleMeta,
	type Question
} from './schema';

export const articleFileName = 'article.md';
export const questionsFileName = 'questions.yaml';

export interface Problem {
	file: string;
	/** 1-based; absent when the problem is the file or folder as a whole. */
	line?: number;
	message: string;
}

export function formatProblem({ file, line, message }: Problem): string {
	return line ? `${file}:${line}: ${message}` : `${file}: ${message}`;
}

/** One article folder as read: whatever parsed, plus every problem found. */
export interface BankFolder {
	slug: string;
	dir: string;
	/** null when article.md is missing or invalid. */
	article: Article | null;
	/**
	 * The questions that passed the schema, in file order. Questions with problems of their own
	 * are left out, so a folder with problems must not be written back from this list.
	 */
	questions: Question[];
	problems: Problem[];
}

type Path = (string | number)[];

function pathText(path: Path): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
		.join('');
}

/** A parsed YAML text that can say on which line of its file a value sits. */
class YamlSource {
	private readonly lines = new LineCounter();
	readonly doc;

	constructor(
		text: string,
		readonly file: string,
		/** Lines of the file before this YAML text starts (front matter follows a `---` line). */
		private readonly lineOffset = 0
	) {
		this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: true });
	}

	/** The line of the deepest part of `path` that exists: the key for a field, the item for a list entry. */
	lineOf(path: Path): number {
		let node: unknown = this.doc.contents;
		let offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
				if (!pair) break;
				if (isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number' && isNode(node.items[key])) {
				node = node.items[key];
				offset = (node as { range?: [number] }).range?.[0] ?? offset;
			} else break;
		}
		return this.lines.linePos(offset).line + this.lineOffset;
	}

	syntaxProblems(): Problem[] {
		return this.doc.errors.map((e) => ({
			file: this.file,
			line: (e.linePos?.[0].line ?? 1) + this.lineOffset,
			message: `YAML: ${e.message.split('\n')[0]}`
		}));
	}

	schemaProblems(error: z.ZodError, prefix: Path = []): Problem[] {
		return error.issues.flatMap((issue) => {
			const path = [...prefix, ...(issue.path as Path)];
			if (issue.code === 'unrecognized_keys')
				return issue.keys.map((key) => this.problem([...path, key], 'unknown field'));
			const message =
				path.length && !this.doc.hasIn(path)
					? 'is missing'
					: issue.message.replace(/^Invalid input: /, '');
			return [this.problem(path, message)];
		});
	}

	problem(path: Path, message: string): Problem {
		const where = pathText(path);
		return {
			file: this.file,
			line: this.lineOf(path),
			message: where ? `${where}: ${message}` : message
		};
	}
}

/** Splits `---` front matter from the body; the body is every byte after the closing `---` line. */
function splitFrontMatter(text: string): { yaml: string; body: string } | null {
	const open = /^---[ \t]*\r?\n/.exec(text);
	if (!open) return null;
	const rest = text.slice(open[0].length);
	const close = /^---[ \t]*(?:\r?\n|$)/m.exec(rest);
	if (!close) return null;
	return { yaml: rest.slice(0, close.index), body: rest.slice(close.index + close[0].length) };
}

export function parseArticle(
	text: string,
	file: string
): { meta: ArticleMeta | null; body: string; problems: Problem[] } {
	const parts = splitFrontMatter(text.replace(/^\uFEFF/, ''));
	if (!parts)
		return {
			meta: null,
			body: '',
			problems: [
				{
					file,
					line: 1,
					message:
						'front matter missing: the file must start with a "---" line and close it with another'
				}
			]
		};
	const source = new YamlSource(parts.yaml, file, 1);
	const problems = source.syntaxProblems();
	let meta: ArticleMeta | null = null;
	if (!problems.length) {
		const parsed = articleMeta.safeParse(source.doc.toJS() ?? {});
		if (parsed.success) meta = parsed.data;
		else problems.push(...source.schemaProblems(parsed.error));
	}
	if (!parts.body.trim())
		problems.push({ file, line: source.lineOf([]) + 1, message: 'the article body is empty' });
	return { meta, body: parts.body, problems };
}

/** Parses questions.yaml; with the article body, also checks each question against the text. */
export function parseQuestions(
	text: string,
	file: string,
	body: string | null
): { questions: Question[]; problems: Problem[] } {
	const source = new YamlSource(text, file);
	const problems = source.syntaxProblems();
	if (problems.length) return { questions: [], problems };
	const data: unknown = source.doc.toJS();
	const list = (data as { questions?: unknown } | null)?.questions;
	const items: unknown[] = Array.isArray(list) ? list : [];
	const whole = questionsFile.safeParse(data);
	if (whole.success) return checkQuestions(whole.data.questions, items, source, body, problems);
	problems.push(...source.schemaProblems(whole.error));
	// Keep the questions that are valid on their own, so one bad entry does not hide the rest.
	const valid = items.flatMap((item) => {
		const parsed = question.safeParse(item);
		return parsed.success ? [parsed.data] : [];
	});
	return checkQuestions(valid, items, source, body, problems);
}

function idOf(item: unknown): unknown {
	return (item as { id?: unknown } | null)?.id;
}

function checkQuestions(
	questions: Question[],
	items: unknown[],
	source: YamlSource,
	body: string | null,
	problems: Problem[]
): { questions: Question[]; problems: Problem[] } {
	const firstIndex = new Map<string, number>();
	items.forEach((item, i) => {
		const id = idOf(item);
		if (typeof id !== 'string') return;
		const first = firstIndex.get(id);
		if (first === undefined) firstIndex.set(id, i);
		else
			problems.push(
				source.problem(
					['questions', i, 'id'],
					`duplicate id "${id}" (first at line ${source.lineOf(['questions', first, 'id'])})`
				)
			);
	});
	if (body !== null)
		for (const q of questions) {
			const index = items.findIndex((item) => idOf(item) === q.id);
			for (const issue of questionIssues(q, body))
				problems.push(source.problem(['questions', index, issue.field], issue.message));
		}
	problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	return { questions, problems };
}

export function readFolder(dir: string): BankFolder {
	const slug = basename(dir);
	const problems: Problem[] = [];
	if (!articleSlug.safeParse(slug).success)
		problems.push({ file: dir, message: 'folder name must be lower-case words joined by hyphens' });

	const articlePath = join(dir, articleFileName);
	let article: Article | null = null;
	if (!existsSync(articlePath))
		problems.push({ file: articlePath, message: 'missing: every folder needs its article' });
	else {
		const parsed = parseArticle(readFileSync(articlePath, 'utf8'), articlePath);
		problems.push(...parsed.problems);
		if (parsed.meta) article = { slug, meta: parsed.meta, body: parsed.body };
	}

	const questionsPath = join(dir, questionsFileName);
	let questions: Question[] = [];
	if (existsSync(questionsPath)) {
		const parsed = parseQuestions(
			readFileSync(questionsPath, 'utf8'),
			questionsPath,
			article?.body ?? null
		);
		questions = parsed.questions;
		problems.push(...parsed.problems);
	}
	return { slug, dir, article, questions, problems };
}

/** Every article folder under `root`, by slug; an absent root is an empty bank. */
export function readBank(root = 'questions'): BankFolder[] {
	if (!existsSync(root)) return [];
	return readdirSync(root)
		.filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory())
		.sort()
		.map((name) => readFolder(join(root, name)));
}

const yamlOptions = { lineWidth: 0 } as const;

/** Drops absent values and empty tag lists, which the schema reads back as the same thing. */
function compact<T extends object>(fields: T): Partial<T> {
	return Object.fromEntries(
		Object.entries(fields).filter(
			([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)
		)
	) as Partial<T>;
}

export function serializeArticle(meta: ArticleMeta, body: string): string {
	const { title, source, url, published, place, language, tags, status } = meta;
	const front = compact({
		title,
		source,
		url,
		published,
		place,
		language,
		tags,
		status: status === 'published' ? undefined : status
	});
	return `---\n${new Document(front).toString(yamlOptions)}---\n${body}`;
}

/** The canonical form of one question: the key order every bank file uses. */
export function canonicalQuestion(q: Question) {
	const { start, end, text } = q.evidence;
	return compact({
		id: q.id,
		kind: q.kind,
		status: q.status,
		origin: q.origin,
		asOf: q.asOf,
		tags: q.tags,
		prompt: q.prompt,
		answer: q.answer,
		distractors: q.distractors,
		explanation: q.explanation,
		evidence: { start, end, text }
	});
}

export function serializeQuestions(questions: Question[]): string {
	return new Document({ questions: questions.map(canonicalQuestion) }).toString(yamlOptions);
}

/** Writes only when the content differs, so unchanged files keep their timestamps; says whether it wrote. */
function writeIfChanged(path: string, content: string): boolean {
	if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
	writeFileSync(path, content);
	return true;
}

export function writeArticle(dir: string, article: Pick<Article, 'meta' | 'body'>): boolean {
	mkdirSync(dir, { recursive: true });
	return writeIfChanged(join(dir, articleFileName), serializeArticle(article.meta, article.body));
}

export function writeQuestions(dir: string, questions: Question[]): boolean {
	mkdirSync(dir, { recursive: true });
	return writeIfChanged(join(dir, questionsFileName), serializeQuestions(questions));
}
