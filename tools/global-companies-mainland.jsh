// Writes the body of src/main/resources/org/policykg/reference/global-companies-mainland.tsv from the list it is
// taken from (the 《财富》世界500强 of 2022 as published in Chinese, the same list as global-companies.tsv: rank,
// 公司名称(中英文), revenue, profit, 国家; see the table's header for the source). Run from the repository folder
// after `mvn package`:
//   jshell --class-path target/policykg.jar -R-Dsrc=PATH/Top500company.csv tools/global-companies-mainland.jsh
// It keeps the rows of 国家 中国 whose firm is held from the mainland (the rows global-companies.tsv leaves out) and
// writes each firm's forms: the list's name; that name less its legal forms, cut one at a time from the end; and each
// of those less a province or city that opens it (not 中国, which is a central firm's own: 中国华电), kept only when
// what is left once the legal forms are cut too opens with a word HanLP tags as a name and would not be marked ~
// (厦门|建发集团, 江苏|沙钢; not 江西|铜业, 陕西|煤业化工, 山东|能源集团, 上海浦东|发展银行). A form with no legal form left is dropped when, once an
// opening place is set aside, it is one character, ordinary words (能源, 交通投资, 建筑) or ends with a verb
// (华为|投资, 蜀道|投资, 魏桥|创业: a clause, not a name); each form with no legal form also gives the forms less its
// trade words by tools/global-companies.jsh's rule (泰康保险 → 泰康); a form is marked ~ (known only where a text shows a firm) by the
// rules of tools/global-companies.jsh. A form two firms of the list share names neither. The rules are the table
// header's; this script is their record.
import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.policykg.recognize.Lexicon;

// 中国 rows whose firm is seated in Taiwan or Hong Kong and not held from the mainland: global-companies.tsv's rows
Set<String> offshore = Set.of("鸿海精密工业股份有限公司", "台积公司", "和硕", "仁宝电脑", "广达电脑公司", "国泰金融控股股份有限公司",
        "富邦金融控股股份有限公司", "纬创集团", "台湾中油股份有限公司", "友邦保险控股有限公司", "长江和记实业有限公司", "怡和集团");
// legal forms, cut one at a time from the end of the name (a longer one first where one ends another)
List<String> legal = List.of("股份有限公司", "有限责任公司", "有限公司", "股份公司", "集团公司", "公司", "（集团）", "(集团)", "集团", "控股");
Set<String> nameNatures = Set.of("nz", "nr", "nrf", "nrj", "nr1", "nr2", "ns", "nsf", "nt", "ntc", "ntcf", "ntcb", "ntch", "nto",
        "ntu", "nts", "nth", "nx", "j", "nis");

boolean endsLegal(String s) { return legal.stream().anyMatch(l -> s.endsWith(l) && s.length() > l.length()); }

boolean place(com.hankcs.hanlp.seg.common.Term t) { return t.nature.toString().startsWith("ns"); }

/** The form less the places that open it (浙江|荣盛 → 荣盛, 中国|华润 → 华润), or the form when none does or nothing is left. */
String lessPlace(String form) {
    var terms = Lexicon.segment(form);
    int from = 0;
    for (int i = 0; i < terms.size() - 1 && place(terms.get(i)); i++) {
        from += terms.get(i).word.length();
    }
    return form.substring(from);
}

/**
 * A form without a legal form that is no name once an opening place is set aside: one character, one dictionary word
 * of no name's nature, words none of which is a name and all ordinary, or a clause ending with a verb.
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
            return true; // 首钢/n, 青山: one word of the dictionary that is no name (listed-companies.tsv's word rule)
        }
    } else if (!named && Lexicon.isOrdinary(rest)) {
        return true; // 能源, 交通|投资: ordinary words
    }
    var terms = Lexicon.segment(form);
    String last = terms.get(terms.size() - 1).nature.toString();
    return last.startsWith("v");
}

/** The form less its legal forms, cut one at a time from the end (厦门建发集团有限公司 → 厦门建发). */
String core(String form) {
    String s = form;
    for (boolean cut = true; cut; ) {
        cut = false;
        for (String l : legal) {
            if (s.endsWith(l) && s.length() > l.length()) {
                s = s.substring(0, s.length() - l.length()).strip();
                cut = true;
                break;
            }
        }
    }
    return s;
}

/** A form known only where a text shows a firm: tools/global-companies.jsh's rule. */
boolean contextOnly(String form) {
    if (endsLegal(form)) {
        return false;
    }
    var terms = Lexicon.segment(form);
    if (terms.stream().allMatch(t -> place(t))) {
        return true;
    }
    if (form.length() == 2 && terms.size() == 2) {
        return true; // 河|钢, 沙|钢: two words of one character each
    }
    int i = 0;
    while (i < terms.size() - 1 && place(terms.get(i))) {
        i++;
    }
    String head = terms.get(i).word;
    if (head.length() < 2) {
        return false;
    }
    var a = CoreDictionary.get(head);
    if (a == null) {
        return false;
    }
    for (var n : a.nature) {
        if (!nameNatures.contains(n.toString())) {
            return true; // 绿地/n, 青山/ns+n: a word in common use
        }
    }
    return false;
}

// the lexicon's trade words (lexicon/firm-sets.tsv roles tail and trade), longest first, as tools/global-companies.jsh
List<String> trades = java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/main/resources/org/policykg/lexicon/firm-sets.tsv")).stream().map(l -> l.split("\t")).filter(f -> f.length > 1 && (f[1].equals("tail") || f[1].equals("trade"))).map(f -> f[0]).sorted(Comparator.comparingInt(String::length).reversed()).toList();

/** The forms a form gives less its trade words, cut one at a time from the end: tools/global-companies.jsh's rule. */
List<String> lessTrade(String form) {
    var out = new ArrayList<String>();
    String s = form;
    for (boolean cut = true; cut; ) {
        cut = false;
        for (String t : trades) {
            if (s.endsWith(t) && s.length() - t.length() >= 2) {
                s = s.substring(0, s.length() - t.length());
                var seg = Lexicon.segment(s);
                boolean commonNoun = seg.size() == 1 && seg.get(0).nature.toString().equals("n");
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

var firms = new ArrayList<String[]>(); // rank, name, English, forms
var derivedOf = new HashMap<String, Set<String>>(); // each firm's forms less their trade words
var rows = java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("src")));
var row = java.util.regex.Pattern.compile("^(\\d+),(.*)（([^（]*)\\),[^,]*,[^,]*,(.+)$"); // the last （ opens the English name
for (String line : rows) {
    var m = row.matcher(line);
    if (!m.matches()) {
        if (line.startsWith("2022年")) continue;
        throw new IllegalStateException("not a row of the list: " + line);
    }
    String rank = m.group(1), zh = m.group(2).strip(), en = m.group(3).strip(), country = m.group(4).strip();
    if (!country.equals("中国") || offshore.contains(zh)) {
        continue; // firms outside the mainland: global-companies.tsv
    }
    var stems = new ArrayList<String>();
    stems.add(zh);
    String s = zh;
    for (boolean cut = true; cut; ) {
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
    var forms = new ArrayList<String>();
    for (String st : stems) {
        if (st.length() >= 2 && !forms.contains(st) && (endsLegal(st) || st.equals(zh) || !noName(st))) {
            forms.add(st);
        }
        String p = lessPlace(st);
        String c = core(p);
        if (!p.equals(st) && !st.startsWith("中国") && c.length() >= 2 && !noName(c) && !contextOnly(c)
                && nameNatures.contains(Lexicon.segment(c).get(0).nature.toString()) && !forms.contains(p)) {
            forms.add(p); // 厦门|建发集团, 江苏|沙钢; not 中国|华润 (中国 is the SOE's own), 江西|铜业, 陕西|煤业化工
        }
    }
    for (String st : List.copyOf(forms)) {
        if (!endsLegal(st)) {
            for (String r : lessTrade(st)) {
                if (!forms.contains(r)) {
                    forms.add(r); // 泰康保险 → 泰康
                    derivedOf.computeIfAbsent(zh, k -> new HashSet<>()).add(r);
                }
            }
        }
    }
    firms.add(new String[] {rank, zh, en, String.join("|", forms)});
}
var count = new HashMap<String, Integer>();
var countAll = new HashMap<String, Integer>();
for (String[] f : firms) {
    for (String form : f[3].split("\\|")) {
        countAll.merge(form, 1, Integer::sum);
        if (!derivedOf.getOrDefault(f[1], Set.of()).contains(form)) {
            count.merge(form, 1, Integer::sum);
        }
    }
}
var out = new StringBuilder("rank\tname\ten\tforms\n");
for (String[] f : firms) {
    var kept = new ArrayList<String>();
    for (String form : f[3].split("\\|")) {
        boolean keep;
        if (form.equals(f[1])) {
            keep = true;
        } else if (derivedOf.getOrDefault(f[1], Set.of()).contains(form)) {
            keep = countAll.get(form) == 1 && firms.stream().noneMatch(g -> g != f && g[1].startsWith(form)); // as global-companies.jsh
        } else {
            keep = count.get(form) == 1;
        }
        if (keep) {
            kept.add(contextOnly(form) ? "~" + form : form);
        }
    }
    out.append(String.join("\t", f[0], f[1], f[2], String.join("|", kept))).append('\n');
}
java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("out", "/dev/stdout")), out.toString());
/exit
