import java.nio.file.Path;
import java.util.List;
import org.policykg.bench.FormsBenchmark;
import org.policykg.ingest.Columns;
import org.policykg.ingest.RowSources;
import org.policykg.ingest.Source;
import org.policykg.ingest.SourceReader;

/**
 * A table reader's own heap, without the extraction: reads every row of a table of documents and
 * counts them. Compile it against a build and run it under the heap probe (README, "Documents in other forms"):
 *
 *   javac -cp target/policykg.jar -d /tmp/rr tools/ReadRows.java
 *   java -cp target/policykg.jar:/tmp/rr ReadRows write /tmp/t10k 10000      # bench-forms' CSV and XLS of 10,000 rows
 *   java -Xmx256m -cp target/policykg.jar:/tmp/rr org.policykg.bench.HeapProbe r.properties ReadRows /tmp/t10k/bench.xls
 */
public class ReadRows {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("write")) {
            for (FormsBenchmark.Input in : FormsBenchmark.write(Path.of("seeds"), Path.of(args[1]), List.of("csv", "xls"), 1,
                    Integer.parseInt(args[2]))) {
                System.out.println(in.file() + ": " + in.documents() + " rows, " + in.characters() + " characters");
            }
            return;
        }
        SourceReader reader = new SourceReader();
        Path table = Path.of(args[0]);
        long rows = 0;
        long chars = 0;
        try (RowSources rs = reader.table(table, reader.kind(table), Columns.GUESS)) {
            for (Source s = rs.next(); s != null; s = rs.next()) {
                rows++;
                chars += s.text().length();
            }
        }
        System.out.println(rows + " rows, " + chars + " chars");
    }
}
