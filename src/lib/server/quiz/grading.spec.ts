import { describe, expect, it } from 'vitest';
import { grade, itemOf, Rejected } from './grading';

const item = { questionId: 'q1', versionId: 'v1', choices: ['Amur', 'Primorye', 'Moscow'] };

describe('grade', () => {
	it('marks the answer right and the other choices wrong', () => {
		expect(grade(item, 'Amur', 'Amur')).toBe(true);
		expect(grade(item, 'Amur', 'Moscow')).toBe(false);
	});

	it('refuses a choice that was never offered instead of marking it wrong', () => {
		expect(() => grade(item, 'Amur', 'amur ')).toThrow(Rejected);
		expect(() => grade(item, 'Amur', '')).toThrow('not one of the options');
	});

	it('ignores quote style and case differences between the stored answer and the choice', () => {
		const curly = { ...item, choices: ['Russia’s', 'China'] };
		expect(grade(curly, "russia's", 'Russia’s')).toBe(true);
	});
});

describe('itemOf', () => {
	it('refuses a question that is not part of the attempt', () => {
		expect(itemOf([item], 'q1')).toBe(item);
		expect(() => itemOf([item], 'q9')).toThrow('not part of this quiz');
	});
});
