// Writes the body of src/main/resources/org/policykg/reference/financial-institutions.tsv from the lists it is taken
// from (see the table's header for the source): the regulators' lists of the city and private commercial banks, trust,
// insurance, securities, fund management and futures firms of December 2023, as one page transcribes them province by
// province (local), and the page's insurance groups and centrally supervised property and life insurers (central).
// Run from the repository folder after `mvn package`:
//   jshell --class-path target/policykg.jar -R-Dlocal=PATH/jinrong-local-202312.txt \
//     -R-Dcentral=PATH/jinrong-central-insurers.txt -R-Dout=PATH/body.tsv tools/financial-institutions.jsh
// Every firm of the lists is a row (a firm two lists hold, a securities firm that also manages public funds, is one row
// of both kinds). Its forms: the list's name (the registered name less its legal form, as the page writes it; for a
// central insurer the registered name, that name less its legal forms cut one at a time from the end, and the page's
// short name); each of those less a closing 股份 or 股份公司 (南方基金管理股份 → 南方基金管理) and less a closing （中国）
// (大和证券（中国） → 大和证券); and the short forms the trade writes for three legal tails: a fund manager's 基金管理 →
// 基金 (华夏基金管理 → 华夏基金), a futures broker's 期货经纪 → 期货, a property insurer's 财产保险 → 财险 (中意财产保险 →
// 中意财险). A form of fewer than four characters, a form HanLP's core dictionary holds as one word of no name's nature
// (listed-companies.tsv's word rule) and a form two firms share are dropped. The rules are the table header's; this
// script is their record.
import com.hankcs.hanlp.dictionary.CoreDictionary;

Set<String> nameNatures = Set.of("nz", "nr", "nrf", "nrj", "nr1", "nr2", "ns", "nsf", "nt", "ntc", "ntcf", "ntcb", "ntch", "nto",
        "ntu", "nts", "nth", "nx", "j", "nis");
List<String> legal = List.of("股份有限公司", "有限责任公司", "有限公司", "公司");
Map<String, String> kindOfMark = new LinkedHashMap<>();
kindOfMark.put("￥💳", "private-bank");
kindOfMark.put("💳", "city-bank");
kindOfMark.put("📤", "trust");
kindOfMark.put("㊖", "property-insurer");
kindOfMark.put("☯", "life-insurer");
kindOfMark.put("📈", "securities");
kindOfMark.put("🥚", "fund-manager");
kindOfMark.put("🎰", "futures");

/** One dictionary word of no name's nature (首钢/n): a word before it is a firm, as listed-companies.tsv's word rule. */
boolean word(String form) {
    var a = CoreDictionary.get(form);
    return a != null && Arrays.stream(a.nature).noneMatch(n -> nameNatures.contains(n.toString()));
}

/** The forms a written form gives by the rules of the header, the form first. */
List<String> derive(String s) {
    var out = new ArrayList<String>();
    var queue = new ArrayDeque<String>(List.of(s));
    while (!queue.isEmpty()) {
        String f = queue.poll();
        if (out.contains(f)) {
            continue;
        }
        out.add(f);
        for (String[] rule : new String[][] {{"股份公司", ""}, {"股份", ""}, {"（中国）", ""}, {"基金管理", "基金"},
                {"期货经纪", "期货"}, {"财产保险", "财险"}}) {
            if (f.endsWith(rule[0]) && f.length() > rule[0].length() + 1) {
                queue.add(f.substring(0, f.length() - rule[0].length()) + rule[1]);
            }
        }
    }
    return out;
}

var rows = new LinkedHashMap<String, String[]>(); // name -> kinds, name, forms
void add(String kind, String name, List<String> written) {
    var forms = new ArrayList<String>();
    for (String w : written) {
        for (String f : derive(w)) {
            if (!forms.contains(f)) {
                forms.add(f);
            }
        }
    }
    String[] row = rows.get(name);
    if (row == null) {
        rows.put(name, new String[] {kind, name, String.join("|", forms)});
    } else if (!Arrays.asList(row[0].split(",")).contains(kind)) {
        row[0] = row[0] + "," + kind; // 北京高华证券: a securities firm that also manages public funds
    }
}

for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("central")))) {
    if (line.isBlank() || line.startsWith("#")) {
        continue;
    }
    String[] f = line.split("\t");
    String kind = Map.of("group", "insurance-group", "property", "property-insurer", "life", "life-insurer").get(f[0]);
    var written = new ArrayList<String>(List.of(f[2]));
    String s = f[2];
    for (boolean cut = true; cut; ) {
        cut = false;
        for (String l : legal) {
            if (s.endsWith(l) && s.length() > l.length() + 1) {
                s = s.substring(0, s.length() - l.length());
                written.add(s);
                cut = true;
                break;
            }
        }
    }
    written.add(f[1]);
    add(kind, f[2], written);
}
for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("local")))) {
    if (line.isBlank() || line.startsWith("<h4")) {
        continue;
    }
    for (String item : line.split("[\u3000\\s]+")) {
        if (item.isEmpty()) {
            continue;
        }
        String kind = null;
        String name = null;
        for (var e : kindOfMark.entrySet()) {
            if (item.startsWith(e.getKey())) {
                kind = e.getValue();
                name = item.substring(e.getKey().length()).replace("❗", "").strip();
                break;
            }
        }
        if (kind == null) {
            throw new IllegalStateException("no kind: " + item);
        }
        add(kind, name, List.of(name));
    }
}
var count = new HashMap<String, Integer>();
for (String[] r : rows.values()) {
    for (String f : r[2].split("\\|")) {
        count.merge(f, 1, Integer::sum);
    }
}
var out = new StringBuilder("kind\tname\tforms\n");
for (String[] r : rows.values()) {
    var kept = new ArrayList<String>();
    for (String f : r[2].split("\\|")) {
        if (f.equals(r[1]) || f.length() >= 4 && count.get(f) == 1 && !word(f)) {
            kept.add(f);
        }
    }
    out.append(String.join("\t", r[0], r[1], String.join("|", kept))).append('\n');
}
java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("out", "/dev/stdout")), out.toString());
/exit
