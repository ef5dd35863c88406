import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { generate } from './index';

const summit = `Health ministers from twelve countries met in Geneva on Tuesday to agree a plan against cholera.
Egyptian President Abdel Fattah el-Sisi opened the meeting by video, and South Korean Vice Minister Lee Jae-sung chaired the first session.
Indian Prime Minister Anil Kumar Reddy sent a message of support from New Delhi.
Dr. Priya Venkataraman, an epidemiologist from Chennai, presented new figures, and Chinese delegate Wang Xiaoming asked about vaccine stocks.
Spanish economist Ana García Martínez said the plan would cost less than expected.
Kenyan Health Minister Wanjiku Otieno promised to host the next round in Nairobi.
Later, Sisi thanked Venkataraman for her work, and Lee said his country would send nurses.
García Martínez warned that donors were tired, while Reddy praised the doctors.`;

const { entities } = analyse(summit, '2024-05-14');
const person = (name: string) => entities.list.find((e) => e.type === 'person' && e.name === name);
/** The person a piece of text names, by where it stands in the article. */
const whoIs = (text: string, nth = 0) => {
	let at = -1;
	for (let i = 0; i <= nth; i++) at = summit.indexOf(text, at + 1);
	return entities.mentions.find((m) => m.start === at && m.text === text);
};

describe('people', () => {
	it('come out whole whatever the culture of the name, and nobody else is a person', () => {
		const people = entities.list.filter((e) => e.type === 'person').map((e) => e.name);
		expect(people.sort()).toEqual(
			[
				'Abdel Fattah el-Sisi',
				'Ana García Martínez',
				'Anil Kumar Reddy',
				'Lee Jae-sung',
				'Priya Venkataraman',
				'Wang Xiaoming',
				'Wanjiku Otieno'
			].sort()
		);
	});

	it('lose their titles but keep them as roles', () => {
		expect(person('Abdel Fattah el-Sisi')?.roles).toContain('Egyptian President');
		expect(person('Anil Kumar Reddy')?.roles).toContain('Indian Prime Minister');
		expect(person('Lee Jae-sung')?.roles).toContain('South Korean Vice Minister');
		expect(whoIs('Priya Venkataraman')?.role?.text).toBe('Dr.');
	});

	it('are found again under their surname, whether it comes first or last or is double', () => {
		expect(whoIs('Sisi', 1)?.entity.name).toBe('Abdel Fattah el-Sisi');
		expect(whoIs('Venkataraman', 1)?.entity.name).toBe('Priya Venkataraman');
		expect(whoIs('Lee', 1)?.entity.name).toBe('Lee Jae-sung');
		expect(whoIs('Reddy', 1)?.entity.name).toBe('Anil Kumar Reddy');
		expect(whoIs('García Martínez', 1)?.entity.name).toBe('Ana García Martínez');
		expect(person('Ana García Martínez')?.short).toBe('García Martínez');
		expect(person('Lee Jae-sung')?.short).toBe('Lee');
	});

	it('are found from a description when exactly one person fits it', () => {
		expect(entities.describe('the Kenyan minister')?.name).toBe('Wanjiku Otieno');
		expect(entities.describe('the health minister')?.name).toBe('Wanjiku Otieno');
		expect(entities.describe('the Egyptian leader')?.name).toBe('Abdel Fattah el-Sisi');
		expect(entities.describe('the Indian premier')?.name).toBe('Anil Kumar Reddy');
		// Two ministers fit, and nobody is a Brazilian minister: no answer rather than a guess.
		expect(entities.describe('the minister')).toBeUndefined();
		expect(entities.describe('the Brazilian minister')).toBeUndefined();
	});

	it('asks the questions about them with the names as the article wrote them', () => {
		const { questions } = generate({ body: summit, published: '2024-05-14' });
		const answers = questions.filter((q) => q.kind === 'who').map((q) => q.answer);
		expect(answers).toEqual(expect.arrayContaining(['Abdel Fattah el-Sisi', 'Lee Jae-sung']));
		for (const q of questions.filter((q) => q.kind === 'who'))
			expect(['Fattah', 'Jae-sung', 'Kumar', 'García', 'Abdel']).not.toContain(q.answer);
	});
});

const race = `Two candidates, Kim Soo-ah and Kim Min-ho, are competing to lead the Seoul Workers Party.
Kim Soo-ah, a former labour lawyer, has promised to raise the minimum wage by 8 percent.
Kim Min-ho, who runs a shipping firm in Busan, wants lower taxes for small businesses.
"We cannot keep asking workers to wait for better pay," Kim said on Sunday.
Party members will vote in Daegu next month.`;

describe('a short name two people share', () => {
	const a = analyse(race, '2024-05-14');

	it('belongs to neither of them', () => {
		const kim = a.entities.mentions.find((m) => m.text === 'Kim');
		expect(kim?.ambiguous).toBe(true);
		expect(a.quotes).toEqual([]);
	});

	it('is never asked about nor used to ask', () => {
		const { questions } = generate({ body: race, published: '2024-05-14' });
		expect(questions.length).toBeGreaterThan(2);
		for (const q of questions) {
			expect(q.answer).not.toBe('Kim');
			expect(q.prompt).not.toMatch(/\bKim\b(?! (?:Soo-ah|Min-ho))/);
		}
		expect(questions.some((q) => q.prompt.includes('better pay'))).toBe(false);
	});
});
