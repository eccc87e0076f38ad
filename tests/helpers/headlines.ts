/**
 * A deterministic set of newspaper headlines and kickers in the shapes a union paper prints:
 * place + organisation + action, two-part titles with a space, quoted slogans, numbers with units,
 * kickers with commas and quotes, names, long and short lines. Seeded, so a failure reproduces.
 */

function rng(seed: number): () => number {
	// mulberry32
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PLACES = ['紫阳县', '碑林区', '滨海县', '宁陕县', '陈仓区', '靖边县', '西安市', '汉中市', '安康市', '长安区', '神木市', '洛川县', '镇坪县', '雁塔区', '宝鸡市', '延安市', '榆林市', '商洛市', '铜川市', '渭南市'];
const ORGS = ['总工会', '县总工会', '区总工会', '市总工会', '住建局工会', '教育工会', '女职工委员会', '工会', '职工服务中心', '劳模创新工作室', '产业工会', '工会联合会', '第五采油厂工会', '城管局工会'];
const ACTIONS = ['为职工办实事', '送温暖', '开展劳动竞赛', '助力企业复工复产', '慰问一线职工', '举办技能大赛', '建设职工之家', '推进集体协商', '打造政工联建品牌', '为快递小哥送上关爱', '帮扶困难职工', '开展普法宣传', '组织职工疗休养', '维护劳动者权益', '培育工匠人才', '确保企业增产增效', '举行劳模座谈会', '启动“金秋助学”活动', '发放“爱心礼包”', '深化产业工人队伍建设改革'];
const SLOGANS = ['“六有”', '“晒台”', '“娘家人”', '“十四五”', '“工人先锋号”', '“安康杯”', '“五一”', '“春送岗位”'];
const NAMES = ['李钊', '赵毅', '韩江', '曹文琦', '何应洋', '王辉', '张慧', '刘丽华', '胡满娣', '赵建友'];
const NUMBERS = ['3000万元', '120万名', '86名', '2022年', '11.6万余册', '4200万元', '6000多万元', '438条', '9700多万元', '20天', '68家'];
const VERBS = ['引导', '推动', '实现', '促进', '带动', '确保', '助力', '提升'];
const GOALS = ['双方互帮互助', '职工增收', '企业提质增效', '服务更加精准', '权益保障落到实处', '技能人才脱颖而出', '职工群众得实惠'];

export interface GeneratedHeadline {
	kicker?: string;
	title: string;
	subtitle?: string;
}

export function generateHeadlines(count: number, seed = 20221): GeneratedHeadline[] {
	const r = rng(seed);
	const pick = <T,>(list: T[]) => list[Math.floor(r() * list.length)]!;
	const out: GeneratedHeadline[] = [];
	for (let i = 0; i < count; i++) {
		const shape = i % 8;
		let title: string;
		switch (shape) {
			case 0:
				title = `${pick(PLACES)}${pick(ORGS)}${pick(ACTIONS)}`;
				break;
			case 1:
				title = `${pick(ACTIONS).slice(0, 4)} ${pick(ACTIONS)}`;
				break;
			case 2:
				title = `围绕${pick(SLOGANS)}打造规范化基层${pick(ORGS)}`;
				break;
			case 3:
				title = `${pick(NAMES)}${pick(NAMES)}被追授${pick(PLACES)}五一劳动奖章`;
				break;
			case 4:
				title = `${pick(PLACES)}投入${pick(NUMBERS)}${pick(ACTIONS)}`;
				break;
			case 5:
				title = `${pick(ORGS)}：${pick(ACTIONS)}，${pick(VERBS)}${pick(GOALS)}`;
				break;
			case 6:
				title = `${pick(ORGS)}晒出为企业贡献有多大`;
				break;
			default:
				title = `${pick(PLACES)}${pick(ACTIONS)}`;
		}
		const kicker = r() < 0.6 ? `${pick(PLACES)}${pick(ACTIONS)}${pick(SLOGANS)}，${pick(VERBS)}${pick(GOALS)}` : undefined;
		const subtitle = r() < 0.25 ? `——${pick(PLACES)}${pick(ORGS)}${pick(ACTIONS)}纪实` : undefined;
		out.push({ kicker, title, subtitle });
	}
	return out;
}
