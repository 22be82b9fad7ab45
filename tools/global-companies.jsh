// Writes the body of src/main/resources/org/policykg/reference/global-companies.tsv from the list it is taken
// from (the 《财富》世界500强 of 2022 as published in Chinese: rank, 公司名称(中英文), revenue, profit, 国家; see
// the table's header for the source). Run from the repository folder after `mvn package`:
//   jshell --class-path target/policykg.jar -R-Dsrc=PATH/Top500company.csv tools/global-companies.jsh
// It keeps the rows of firms outside the mainland, writes each firm's forms (the list's name, that name less
// its legal forms and then less its trade words, the transliteration's joining mark written three ways) and marks ~ each form that is known
// only where a text shows a firm. The rules are the table header's; this script is their record.
import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.policykg.recognize.Lexicon;

// 中国 rows whose firm is seated in Taiwan or Hong Kong and not held from the mainland
Set<String> offshore = Set.of("鸿海精密工业股份有限公司", "台积公司", "和硕", "仁宝电脑", "广达电脑公司", "国泰金融控股股份有限公司",
        "富邦金融控股股份有限公司", "纬创集团", "台湾中油股份有限公司", "友邦保险控股有限公司", "长江和记实业有限公司", "怡和集团");
List<String> legal = List.of("股份有限公司", "有限责任公司", "控股有限公司", "有限公司", "股份公司", "株式会社", "控股公司", "集团公司",
        "公司", "集团", "控股");
// Latin short forms that are English words or surnames (Orange, Investor): read by hand
Set<String> englishWords = Set.of("Alphabet", "Coles", "Coop", "Investor", "Orange", "Travelers");
Set<String> nameNatures = Set.of("nz", "nr", "nrf", "nrj", "nr1", "nr2", "ns", "nsf", "nt", "ntc", "ntcf", "ntcb", "ntch", "nto",
        "ntu", "nts", "nth", "nx", "j", "nis");

boolean han(String s) { return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN); }

boolean endsLegal(String s) { return legal.stream().anyMatch(l -> s.endsWith(l) && s.length() > l.length()); }

/** A form known only where a text shows a firm. */
boolean contextOnly(String form) {
    if (endsLegal(form)) {
        return false; // 苹果公司, 大众公司: the legal form shows the firm
    }
    if (!han(form)) {
        return form.length() <= 3 || englishWords.contains(form); // SAP, CRH (a train), KOC; Orange
    }
    var terms = Lexicon.segment(form);
    if (terms.stream().allMatch(t -> t.nature.toString().startsWith("ns"))) {
        return true; // 莱茵, 菲尼克斯: a place's name
    }
    if (form.length() == 2 && terms.size() == 2) {
        return true; // 电|装, 达|能: two words of one character each, which texts write as words
    }
    int i = 0;
    while (i < terms.size() && terms.get(i).nature.toString().startsWith("ns") && i < terms.size() - 1) {
        i++; // 德国|电信, 美国|银行: the country opens a phrase
    }
    String head = terms.get(i).word;
    if (!han(head)) {
        return String.join("", terms.subList(i, terms.size()).stream().map(t -> t.word).toList()).length() <= 3;
    }
    if (head.length() < 2) {
        return false; // 雪|佛|龙: HanLP knows no word in a transliteration
    }
    var a = CoreDictionary.get(head);
    if (a == null) {
        return false;
    }
    for (var n : a.nature) {
        if (!nameNatures.contains(n.toString())) {
            return true; // 苹果/n, 大众/n, 现代/t, 日产/v, 通用/vn, 花旗/n: a word in common use
        }
    }
    return false;
}

List<String> joinings(String f) {
    // 伯克希尔－哈撒韦, 梅赛德斯-奔驰: the mark between a transliteration's parts is written -, － or ·, or left out
    var m = java.util.regex.Pattern.compile("(?<=\\p{IsHan})[-－·](?=\\p{IsHan})").matcher(f);
    if (!m.find()) {
        return List.of(f);
    }
    var out = new ArrayList<String>();
    for (String mark : List.of(f.substring(m.start(), m.end()), "", "·", "-", "－")) {
        String v = f.substring(0, m.start()) + mark + f.substring(m.end());
        if (!out.contains(v)) {
            out.add(v);
        }
    }
    return out;
}

// the lexicon's trade words (lexicon/firm-sets.tsv roles tail and trade: 汽车, 科技, 电子, 能源, 保险 ...), longest first
List<String> trades = java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/main/resources/org/policykg/lexicon/firm-sets.tsv")).stream().map(l -> l.split("\t")).filter(f -> f.length > 1 && (f[1].equals("tail") || f[1].equals("trade"))).map(f -> f[0]).sorted(Comparator.comparingInt(String::length).reversed()).toList();

boolean place(com.hankcs.hanlp.seg.common.Term t) { return t.nature.toString().startsWith("ns"); }

/** The form less the places that open it (德国|电信 → 电信), or the form when none does or nothing would be left. */
String lessPlace(String form) {
    var terms = Lexicon.segment(form);
    int from = 0;
    for (int i = 0; i < terms.size() - 1 && place(terms.get(i)); i++) {
        from += terms.get(i).word.length();
    }
    return form.substring(from);
}

/**
 * A form that is no name once an opening place is set aside: one character, one dictionary word of no name's nature,
 * words none of which is a name and all ordinary, or a clause ending with a verb or an adverb (瑞士|再).
 */
boolean noName(String form) {
    String rest = lessPlace(form);
    if (rest.length() < 2) {
        return true;
    }
    var parts = Lexicon.segment(rest);
    boolean named = parts.stream().anyMatch(t -> nameNatures.contains(t.nature.toString()));
    if (parts.size() == 1) {
        var a = CoreDictionary.get(rest);
        if (a != null && Arrays.stream(a.nature).noneMatch(n -> nameNatures.contains(n.toString()))) {
            return true;
        }
    } else if (!named && Lexicon.isOrdinary(rest)) {
        return true;
    }
    var terms = Lexicon.segment(form);
    String last = terms.get(terms.size() - 1).nature.toString();
    return last.startsWith("v") || last.startsWith("d");
}

/**
 * The forms a form gives less its trade words, cut one at a time from the end while two characters or more are left
 * (戴尔科技 → 戴尔, 福特汽车 → 福特, 布鲁克菲尔德资产管理 → 布鲁克菲尔德资产 → 布鲁克菲尔德), each kept only where it is a
 * name that would not be marked ~ and not a place's (巴登-符滕堡州, 中国): 雷神, 日产, 现代 and 森科 are left out.
 */
List<String> lessTrade(String form) {
    var out = new ArrayList<String>();
    String s = form;
    for (boolean cut = true; cut; ) {
        cut = false;
        for (String t : trades) {
            if (s.endsWith(t) && s.length() - t.length() >= 2) {
                s = s.substring(0, s.length() - t.length());
                var seg = Lexicon.segment(s);
                boolean commonNoun = seg.size() == 1 && seg.get(0).nature.toString().equals("n"); // 雷神/n
                if (!noName(s) && !contextOnly(s) && !commonNoun && !s.matches(".*[州省市县区]$")) {
                    out.add(s);
                }
                cut = true;
                break;
            }
        }
    }
    return out;
}

var firms = new ArrayList<String[]>(); // rank, name, English, country, forms
var derivedOf = new HashMap<String, Set<String>>(); // each firm's forms less their trade words
var rows = java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("src")));
var out = new StringBuilder("rank\tname\ten\tcountry\tforms\n");
var row = java.util.regex.Pattern.compile("^(\\d+),(.*?)（(.*)\\),-?\\d+,-?\\d+,(.+)$");
for (String line : rows.subList(1, rows.size())) {
    var m = row.matcher(line);
    if (!m.matches()) {
        throw new IllegalStateException("not a row of the list: " + line);
    }
    String rank = m.group(1), zh = m.group(2).strip(), en = m.group(3).strip(), country = m.group(4).strip();
    if (country.equals("中国") && !offshore.contains(zh)) {
        continue; // mainland firms: the SOE and A-share tables
    }
    var stems = new ArrayList<String>();
    stems.add(zh);
    String s = zh;
    boolean cut = true;
    while (cut) {
        cut = false;
        for (String l : legal) {
            if (s.endsWith(l) && s.length() > l.length()) {
                s = s.substring(0, s.length() - l.length()).strip();
                stems.add(s);
                cut = true;
                break;
            }
        }
    }
    for (String st : List.copyOf(stems)) {
        if (!endsLegal(st) && han(st)) {
            for (String r : lessTrade(st)) {
                if (!stems.contains(r)) {
                    stems.add(r); // 戴尔科技 → 戴尔
                    derivedOf.computeIfAbsent(zh, k -> new HashSet<>()).add(r);
                }
            }
        }
    }
    var forms = new ArrayList<String>();
    for (String st : stems) {
        for (String v : joinings(st)) {
            if (v.length() >= 2 && !forms.contains(v)) {
                forms.add(v);
            }
        }
    }
    firms.add(new String[] {rank, zh, en, country, String.join("|", forms)});
}
// a short form two firms of the list share would name neither (the 2022 list has none); a form less its trade words is
// kept only where no other firm of the list has it and it opens no other firm's name (三菱 of 三菱化学 opens
// 三菱商事株式会社: the group's name, not one firm's), and it leaves the other forms as they were
var count = new HashMap<String, Integer>();
var countAll = new HashMap<String, Integer>();
for (String[] f : firms) {
    for (String form : f[4].split("\\|")) {
        countAll.merge(form, 1, Integer::sum);
        if (!derivedOf.getOrDefault(f[1], Set.of()).contains(form)) {
            count.merge(form, 1, Integer::sum);
        }
    }
}
for (String[] f : firms) {
    var kept = new ArrayList<String>();
    for (String form : f[4].split("\\|")) {
        boolean keep;
        if (form.equals(f[1])) {
            keep = true;
        } else if (derivedOf.getOrDefault(f[1], Set.of()).contains(form)) {
            keep = countAll.get(form) == 1 && firms.stream().noneMatch(g -> g != f && g[1].startsWith(form));
        } else {
            keep = count.get(form) == 1;
        }
        if (keep) {
            kept.add(contextOnly(form) ? "~" + form : form);
        }
    }
    out.append(String.join("\t", f[0], f[1], f[2], f[3], String.join("|", kept))).append('\n');
}
java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("out", "/dev/stdout")), out.toString());
/exit
