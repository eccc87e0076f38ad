/**
 * What readers type, and which piece of the sample page (content/articles/2022, the 工运纵横 page
 * of 2022-02-09) must come back: `first` must be ranked 1; every id in `top3` must be in the first
 * three. Categories group the report (`npm run search:report`).
 */
export type Category =
	| 'place'
	| 'person'
	| 'byline'
	| 'unit'
	| 'organization'
	| 'topic'
	| 'word-rank'
	| 'segmentation'
	| 'traditional'
	| 'pinyin'
	| 'number';

export interface Judgment {
	q: string;
	category: Category;
	/** Must be ranked first; with a list, any one of them. */
	first?: string | string[];
	/** Each must be in the first three. */
	top3?: string[];
	/** Why this query matters, for whoever reads a failure. */
	note?: string;
}

const BINHAI = '2022/0209-01-binhai-shaitai';
const CHANGQING = '2022/0209-02-changqing-wucaiyouchang';
const ZIYANG = '2022/0209-03-ziyang-kuaidi';
const KUNLUN = '2022/0209-04-kunlun-zhidaihui';
const BEILIN = '2022/0209-05-beilin-fugong';
const JINGBIAN = '2022/0209-06-jingbian-liuyou';
const CHENCANG = '2022/0209-07-chencang-zhenggong';
const PINGLUN = '2022/0209-08-pinglun-zhigong-suqiu';
const NINGSHAN = '2022/0209-09-ningshan-songnuan';
const LIZHAO = '2022/0209-10-lizhao-zhaoyi-jiangzhang';

export const judgments: Judgment[] = [
	// Places: the county or city a story is about.
	{ q: '滨海县', category: 'place', first: BINHAI },
	{ q: '紫阳县', category: 'place', first: ZIYANG },
	{ q: '紫阳', category: 'place', first: ZIYANG },
	{ q: '靖边', category: 'place', first: JINGBIAN },
	{ q: '陈仓区', category: 'place', first: CHENCANG },
	{ q: '宁陕县', category: 'place', first: NINGSHAN },
	{ q: '碑林区', category: 'place', first: BEILIN, top3: [LIZHAO], note: '李钊 story is filed under 碑林区 too' },
	{ q: '宝鸡', category: 'place', first: CHENCANG },
	{ q: '延安', category: 'place', first: CHANGQING },
	{ q: '未央区', category: 'place', first: CHANGQING },

	// People named in the text.
	{ q: '李钊', category: 'person', first: LIZHAO },
	{ q: '赵毅', category: 'person', first: LIZHAO },
	{ q: '张慧', category: 'person', first: BINHAI },
	{ q: '胡满娣', category: 'person', first: BINHAI },
	{ q: '赵建友', category: 'person', first: BINHAI },

	// Bylines (作者, 摄影) printed in the article header.
	{ q: '韩江', category: 'byline', first: CHANGQING },
	{ q: '曹文琦', category: 'byline', first: CHANGQING },
	{ q: '何应洋', category: 'byline', first: PINGLUN, note: 'the commentary has no dateline: the byline is its only mention' },
	{ q: '王山功', category: 'byline', first: ZIYANG },
	{ q: '王美萍', category: 'byline', first: KUNLUN },
	{ q: '侯晓兰', category: 'byline', first: BEILIN },
	{ q: '雪迎风', category: 'byline', first: JINGBIAN },
	{ q: '刘强', category: 'byline', first: LIZHAO },
	{ q: '王辉', category: 'byline', first: NINGSHAN, note: 'photographer: □王辉 摄' },

	// Units (供稿单位) printed above the headline.
	{ q: '紫阳县总工会', category: 'unit', first: ZIYANG },
	{ q: '靖边县总工会', category: 'unit', first: JINGBIAN },
	{ q: '陈仓区总工会', category: 'unit', first: CHENCANG },
	{ q: '西安昆仑公司', category: 'unit', first: KUNLUN },
	{ q: '碑林区总工会', category: 'unit', first: BEILIN },

	// Organizations.
	{ q: '长庆油田', category: 'organization', first: CHANGQING },
	{ q: '第五采油厂', category: 'organization', first: CHANGQING },
	{ q: '苏盐阀门', category: 'organization', first: BINHAI },
	{ q: '超威电源', category: 'organization', first: BINHAI },
	{ q: '住建局', category: 'organization', first: NINGSHAN },
	{ q: '西安国际陆港', category: 'organization', first: LIZHAO },

	// Topics.
	{ q: '洗衣房', category: 'topic', first: CHANGQING },
	{ q: '职代会', category: 'topic', first: KUNLUN },
	{ q: '劳动竞赛', category: 'topic', first: BINHAI },
	{ q: '职工之家', category: 'topic', first: BINHAI },
	{ q: '稳岗就业', category: 'topic', first: BEILIN },
	{ q: '快递小哥', category: 'topic', first: ZIYANG },
	{ q: '外卖骑手', category: 'topic', first: ZIYANG },
	{ q: '复工复产', category: 'topic', first: BEILIN },
	{ q: '五一劳动奖章', category: 'topic', first: LIZHAO },
	{ q: '爱心驿站', category: 'topic', top3: [NINGSHAN] },
	{ q: '晒台', category: 'topic', first: BINHAI },
	{ q: '政工联建', category: 'topic', first: CHENCANG },
	{ q: '环卫工人', category: 'topic', first: NINGSHAN },
	{ q: '隔离酒店', category: 'topic', first: LIZHAO },
	{ q: '直达班车', category: 'topic', first: CHANGQING },
	{ q: '集体合同', category: 'topic', first: CHENCANG },
	{ q: '实名制', category: 'topic', first: JINGBIAN },
	{ q: '送温暖', category: 'topic', top3: [ZIYANG, NINGSHAN] },

	// A word must beat pieces that merely contain its characters often.
	{ q: '工会法', category: 'word-rank', first: PINGLUN, note: 'cites 《工会法》; other pieces only have many 工会' },
	{ q: '《工会法》', category: 'word-rank', first: PINGLUN },
	{ q: '职工诉求', category: 'word-rank', first: PINGLUN },
	{ q: '法定义务', category: 'word-rank', first: PINGLUN },
	{ q: '急难愁盼', category: 'word-rank', first: PINGLUN },
	{ q: '劳模', category: 'word-rank', first: CHENCANG },
	{ q: '农民工', category: 'word-rank', first: CHENCANG },
	{ q: '心理健康', category: 'word-rank', first: BEILIN },

	// Queries segmented differently from the index, or spanning words.
	{ q: '紫阳快递', category: 'segmentation', first: ZIYANG, note: 'words that are not adjacent in the text' },
	{ q: '快递 小哥', category: 'segmentation', first: ZIYANG },
	{ q: '碑林 复工', category: 'segmentation', first: BEILIN },
	{ q: '采油厂洗衣房', category: 'segmentation', first: CHANGQING },
	{ q: '宁陕县住建局', category: 'segmentation', first: NINGSHAN },
	{ q: '长庆油田第五采油厂', category: 'segmentation', first: CHANGQING },
	{ q: '西安市总工会', category: 'segmentation', first: LIZHAO },
	{ q: '超威电源公司工会主席', category: 'segmentation', first: BINHAI },
	{ q: '新业态行业工会联合会', category: 'segmentation', first: JINGBIAN },
	{ q: '县总工会', category: 'segmentation', top3: [ZIYANG] },
	{ q: '农民工会员', category: 'segmentation', first: JINGBIAN, note: 'index 农民工|会员, query 农民|工|会员 (upstream #1237)' },
	{ q: '全县', category: 'segmentation', first: BINHAI, note: 'two words in the index: 全|县' },
	{ q: '企业工会主席', category: 'segmentation', first: JINGBIAN },
	{ q: '城管工作人员', category: 'segmentation', first: NINGSHAN },

	// Traditional characters find simplified text.
	{ q: '快遞小哥', category: 'traditional', first: ZIYANG },
	{ q: '長慶油田', category: 'traditional', first: CHANGQING },
	{ q: '職代會', category: 'traditional', first: KUNLUN },
	{ q: '工會法', category: 'traditional', first: PINGLUN },
	{ q: '碑林區', category: 'traditional', first: BEILIN },
	{ q: '勞動競賽', category: 'traditional', first: BINHAI },
	{ q: '紫陽縣', category: 'traditional', first: ZIYANG },
	{ q: '穩崗就業', category: 'traditional', first: BEILIN },
	{ q: '趙毅', category: 'traditional', first: LIZHAO },
	{ q: '職工之家', category: 'traditional', first: BINHAI },
	{ q: '愛心驛站', category: 'traditional', top3: [NINGSHAN] },
	{ q: '长慶油田', category: 'traditional', first: CHANGQING, note: 'mixed simplified and traditional' },
	{ q: '復工復產', category: 'traditional', first: BEILIN },

	// Pinyin of place names.
	{ q: 'ziyang', category: 'pinyin', first: ZIYANG },
	{ q: 'ziyangxian', category: 'pinyin', first: ZIYANG },
	{ q: 'Ziyang', category: 'pinyin', first: ZIYANG },
	{ q: 'beilin', category: 'pinyin', first: BEILIN },
	{ q: 'beilinqu', category: 'pinyin', first: BEILIN },
	{ q: 'jingbian', category: 'pinyin', first: JINGBIAN },
	{ q: 'binhai', category: 'pinyin', first: BINHAI },
	{ q: 'chencang', category: 'pinyin', first: CHENCANG },
	{ q: 'ningshan', category: 'pinyin', first: NINGSHAN },
	{ q: 'ziyang kuaidi', category: 'pinyin', first: ZIYANG, note: 'a place in pinyin, the rest left as typed' },
	{ q: 'xian', category: 'pinyin', first: [KUNLUN, LIZHAO, BEILIN, CHANGQING], note: 'any 西安市 story' },
	{ q: 'ankang', category: 'pinyin', first: [ZIYANG, NINGSHAN], note: 'a city: its counties 紫阳县, 宁陕县' },
	{ q: 'ｚｉｙａｎｇ', category: 'pinyin', first: ZIYANG, note: 'full-width letters from a Chinese IME' },

	// Numbers.
	{ q: '135', category: 'number', first: KUNLUN },
	{ q: '1005', category: 'number', first: JINGBIAN },
];
