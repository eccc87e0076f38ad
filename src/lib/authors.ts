/**
 * People in a byline. A person is a name; the role the paper prints before it (记者, 通讯员…)
 * is data kept beside the name, so that the byline prints as on paper (本报讯（记者 刘强）)
 * while JSON-LD, author lists and search see the bare name (刘强).
 *
 * Frontmatter accepts three spellings of one person (see the `authors` field of the schema):
 * `刘强`, `记者 刘强` (role + name, as printed; the space is optional) and
 * `{ name: 刘强, role: 记者 }`. They all mean `{ name: '刘强', role: '记者' }` (or no role).
 * This module is the one home of the role list: schema, byline, JSON-LD and importer use it.
 */

/** Roles printed before a name in a byline or credit. */
export const ROLES = [
	'本报特约记者',
	'本报特约通讯员',
	'特约通讯员',
	'本报记者',
	'本报通讯员',
	'特约记者',
	'首席记者',
	'实习记者',
	'见习记者',
	'实习生',
	'通讯员',
	'记者',
] as const;
export type Role = (typeof ROLES)[number];

/** Longest first, so that 本报记者 is never read as 本报 + 记者. */
const BY_LENGTH = [...ROLES].sort((a, b) => b.length - a.length);

export interface Person {
	/** The person's name as printed, without any role: 刘强. */
	name: string;
	/** The role printed before the name (记者), when there is one. */
	role?: Role;
}

export function isRole(text: string): text is Role {
	return (ROLES as readonly string[]).includes(text);
}

/** The role a text starts with (`记者刘强` → 记者), longest match first. */
export function leadingRole(text: string): Role | undefined {
	return BY_LENGTH.find((role) => text.startsWith(role));
}

/**
 * One person from text as printed: `记者 刘强` and `记者刘强` → role 记者, name 刘强; `刘强` → name
 * only. A text that is a role alone (`记者`) has no name: `undefined`.
 */
export function parsePerson(text: string): Person | undefined {
	const t = text.trim();
	const role = leadingRole(t);
	const name = (role ? t.slice(role.length) : t).trim();
	if (!name) return undefined;
	return role ? { name, role } : { name };
}

/**
 * Names in a byline, each with the role printed before it. A role printed once covers every
 * name after it up to the next role, as papers print it: `本报记者 刘强 王五 通讯员 贺婷` →
 * 刘强 and 王五 (本报记者), 贺婷 (通讯员). Names may be separated by spaces, 、 or commas.
 */
export function parsePeople(text: string): Person[] {
	const people: Person[] = [];
	let role: Role | undefined;
	for (const token of text.split(/[\s、，,；;／/]+/).filter(Boolean)) {
		const own = leadingRole(token);
		if (own && token === own) {
			role = own;
			continue;
		}
		if (own) role = own;
		const name = own ? token.slice(own.length) : token;
		people.push(role ? { name, role } : { name });
	}
	return people;
}

/**
 * People as the paper prints them: the role once before each run of names that share it,
 * names separated by a space. `[{刘强, 记者}, {王五, 记者}, {贺婷, 通讯员}]` → `记者 刘强 王五 通讯员 贺婷`.
 */
export function formatPeople(people: readonly Person[]): string {
	const parts: string[] = [];
	people.forEach((person, i) => {
		if (person.role && person.role !== people[i - 1]?.role) parts.push(person.role);
		parts.push(person.name);
	});
	return parts.join(' ');
}

/** The bare names, for JSON-LD, author lists and search. */
export function names(people: readonly Person[]): string[] {
	return people.map((p) => p.name);
}
