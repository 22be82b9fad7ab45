// Writes the body of src/main/resources/org/policykg/reference/central-soe-listed.tsv from the list it is taken from (see
// the table's header for the source): the listed firms of the centrally administered SOE groups, A- and Hong Kong shares,
// as one page lists them group by group (a transcription, one line a row of the page: short name, code, registered name;
// "#group N C" before each group's rows).
// Run from the repository folder after `mvn package`:
//   jshell --class-path target/policykg.jar -R-Din=PATH/yangqi-listed.txt -R-Dout=PATH/body.tsv tools/central-soe-listed.jsh
// Every firm of the page is a row: the page's rows of one registered name (a firm's A and H shares, a firm two groups list)
// are one row, with every group and code. Its forms: the registered name (the label; for a row the page leaves without
// code and name, its short name); that name less its legal form (股份有限公司, 有限责任公司, 有限公司, 股份公司) and then less a
// closing (控股) or (集团) (华润啤酒(控股)有限公司 → 华润啤酒); the page's short names, less the listing marks (xST, which
// the page writes for *ST, and a closing A or Ａ) and spaces (英 力 特 → 英力特). A form two firms share is dropped; a form
// HanLP's core dictionary holds as one word of no name's nature is kept written ! and not loaded (listed-companies.tsv's
// word rule: an ordinary word or place before it is a firm, not known by that form at all). The rules are the table header's; this script is their record.
import com.hankcs.hanlp.dictionary.CoreDictionary;

Set<String> nameNatures = Set.of("nz", "nr", "nrf", "nrj", "nr1", "nr2", "ns", "nsf", "nt", "ntc", "ntcf", "ntcb", "ntch", "nto",
        "ntu", "nts", "nth", "nx", "j", "nis");
List<String> legal = List.of("股份有限公司", "有限责任公司", "有限公司", "股份公司");

/** One dictionary word of no name's nature (太阳能/n): a word before it is a firm, as listed-companies.tsv's word rule. */
boolean word(String form) {
    var a = CoreDictionary.get(form);
    return a != null && Arrays.stream(a.nature).noneMatch(n -> nameNatures.contains(n.toString()));
}

String shortForm(String s) {
    s = s.replace(" ", "").replace("\u3000", "");
    if (s.startsWith("xST")) {
        s = s.substring(3);
    }
    if (s.length() > 2 && (s.endsWith("A") || s.endsWith("\uFF21"))) {
        s = s.substring(0, s.length() - 1);
    }
    return s;
}

var rows = new LinkedHashMap<String, Object[]>(); // name -> groups, codes, forms
String group = null;
for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("in")))) {
    if (line.startsWith("#group\t")) {
        group = line.split("\t")[1];
        continue;
    }
    if (line.isBlank() || line.startsWith("#")) {
        continue;
    }
    String[] f = line.split("\t");
    String name = f.length > 2 ? f[2].strip() : f[0].strip();
    Object[] row = rows.computeIfAbsent(name, k -> new Object[] {new LinkedHashSet<String>(), new LinkedHashSet<String>(),
            new LinkedHashSet<String>()});
    ((Set<String>) row[0]).add(group);
    if (f.length > 1) {
        ((Set<String>) row[1]).add(f[1]);
    }
    var forms = (Set<String>) row[2];
    forms.add(name);
    for (String l : legal) {
        if (name.endsWith(l) && name.length() > l.length() + 1) {
            String cut = name.substring(0, name.length() - l.length());
            forms.add(cut);
            for (String tail : List.of("(控股)", "(集团)")) {
                if (cut.endsWith(tail) && cut.length() > tail.length() + 1) {
                    forms.add(cut.substring(0, cut.length() - tail.length()));
                }
            }
            break;
        }
    }
    forms.add(shortForm(f[0]));
}
var count = new HashMap<String, Integer>();
for (Object[] r : rows.values()) {
    for (String f : (Set<String>) r[2]) {
        count.merge(f, 1, Integer::sum);
    }
}
var out = new StringBuilder("groups\tcodes\tname\tforms\n");
for (var e : rows.entrySet()) {
    Object[] r = e.getValue();
    var kept = new ArrayList<String>();
    for (String f : (Set<String>) r[2]) {
        if (f.equals(e.getKey())) {
            kept.add(f);
        } else if (count.get(f) == 1) {
            kept.add(word(f) ? "!" + f : f);
        }
    }
    out.append(String.join("\t", String.join(",", (Set<String>) r[0]), String.join("|", (Set<String>) r[1]), e.getKey(),
            String.join("|", kept))).append('\n');
}
java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("out", "/dev/stdout")), out.toString());
/exit
