package backoffice.bench;

import backoffice.client.BackOfficeClient;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.Statement;
import backoffice.client.page.Page;
import backoffice.client.page.Pages;
import backoffice.client.statements.StatementQuery;
import backoffice.client.statements.StatementsService;
import backoffice.credentials.SigningKeys;
import backoffice.export.ExportContext;
import backoffice.export.ExportFormat;
import backoffice.export.ExportSigner;
import backoffice.export.Progress;
import backoffice.export.StatementExporter;
import backoffice.export.StatementLine;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;

/**
 * Issue 4's client and export figures, against a sandbox in its own process (started by {@code statements.sh}):
 * <ol>
 * <li>all pages of the 10,000-entry statement through {@code StatementsService.all} against the same pages fetched
 * one after another over one connection, and the time to the first page; with the sandbox as fast as it goes and
 * with 20 ms of injected latency per request (closer to a real API);</li>
 * <li>a CSV export of 100,000 rows (SHA-256, manifest, signature, fsync, rename) against {@code Files.write} of the
 * same bytes;</li>
 * <li>a PDF export of 10,000 rows.</li>
 * </ol>
 * Medians of 7 runs after 3 warm-up runs.
 */
public final class StatementBenchmark {

    private static final String NORTHWIND = "110170049121026001";
    private static final String OPERATING = "110170049121026015";
    private static final int RUNS = 7;
    private static final int WARMUP = 3;

    private StatementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String root = args[0];
        String apiKey = args[1];
        BackOfficeClient client = BackOfficeClient.builder().rootUrl(root).apiKey(apiKey)
                .customize(b -> b.connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES))).build();
        BackOfficeClient oneConnection = BackOfficeClient.builder().rootUrl(root).apiKey(apiKey)
                .customize(b -> b.connectionPool(new ConnectionPool(1, 5, TimeUnit.MINUTES))).build();
        String token = client.impersonation().accessToken(new IdentityId(IdentityType.CORPORATE, NORTHWIND)).bearer();
        StatementsService parallel = client.impersonating(token).statements();
        StatementsService sequential = oneConnection.impersonating(token).statements();
        InstrumentId account = InstrumentId.account(OPERATING);
        long now = System.currentTimeMillis();
        StatementQuery query = StatementQuery.ALL.withRange(null, now);

        // the JIT and the collector change these figures a lot: SHA-256 runs as an intrinsic only in C2, and the
        // console runs C1 alone (JAVA_OPTS="-XX:TieredStopAtLevel=1 ..." measures what the console does)
        System.out.println("JVM options: " + java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getInputArguments().stream().filter(a -> a.startsWith("-X")).toList());
        // "exports" as the third argument: the export figures only
        boolean exportsOnly = args.length > 2 && args[2].equals("exports");
        for (int latency : exportsOnly ? new int[0] : new int[] {0, 20}) {
            faults(root, apiKey, latency);
            long[] seq = new long[RUNS];
            long[] par = new long[RUNS];
            long[] first = new long[RUNS];
            long entries = 0;
            for (int i = -WARMUP; i < RUNS; i++) {
                long t0 = System.nanoTime();
                long n = Pages.all((offset, limit) -> {
                    Statement s = sequential.page(account, query, offset, limit);
                    return new Page<>(s.entry(), offset, limit, s.count());
                }, StatementsService.PAGE_SIZE).count();
                long t1 = System.nanoTime();
                long[] firstAt = {0};
                long m = parallel.all(account, query, page -> {
                    if (firstAt[0] == 0) {
                        firstAt[0] = System.nanoTime();
                    }
                }, () -> false).delivered();
                long t2 = System.nanoTime();
                if (n != m) {
                    throw new IllegalStateException("sequential " + n + " vs parallel " + m);
                }
                entries = n;
                if (i >= 0) {
                    seq[i] = t1 - t0;
                    par[i] = t2 - t1;
                    first[i] = firstAt[0] - t1;
                }
            }
            System.out.printf("paging, %d entries in pages of %d, injected latency %d ms: one after another over "
                    + "one connection %.1f ms; all pages, %d in flight %.1f ms (%.1f× faster); first page %.1f ms%n",
                    entries, StatementsService.PAGE_SIZE, latency, median(seq) / 1e6, StatementsService.CONCURRENCY,
                    median(par) / 1e6, (double) median(seq) / median(par), median(first) / 1e6);
        }
        faults(root, apiKey, 0);

        ExportSigner signer = new ExportSigner(SigningKeys.generate());
        StatementExporter exporter = new StatementExporter(signer);
        Path dir = Files.createTempDirectory("statement-bench");
        List<StatementLine> base = new ArrayList<>();
        parallel.all(account, query, page -> page.items().forEach(e -> base.add(StatementLine.of(e))), () -> false);
        List<StatementLine> hundredK = new ArrayList<>(100_000);
        for (int i = 0; hundredK.size() < 100_000; i++) {
            StatementLine l = base.get(i % base.size());
            hundredK.add(new StatementLine(l.time() - (i / base.size()) * 86_400_000L * 800, l.type(),
                    l.transactionId() + (i / base.size()), l.state(), l.description(), l.currency(), l.amount(),
                    l.fee(), l.balanceAfter()));
        }
        ExportContext ctx = new ExportContext("bench@host", now, "bench", "CORPORATE", NORTHWIND,
                "managed_accounts", OPERATING, "Operating account", "EUR", Map.of("types", "all"));
        long[] export = new long[RUNS];
        long[] plain = new long[RUNS];
        long[] durable = new long[RUNS];
        Path csv = dir.resolve("statement.csv");
        Path copy = dir.resolve("plain.csv");
        for (int i = -WARMUP; i < RUNS; i++) {
            long t0 = System.nanoTime();
            exporter.export(hundredK, ExportFormat.CSV, csv, ctx, Progress.NONE);
            long t1 = System.nanoTime();
            byte[] bytes = Files.readAllBytes(csv);
            long t2 = System.nanoTime();
            Files.write(copy, bytes);
            long t3 = System.nanoTime();
            Files.write(copy, bytes);
            try (FileChannel c = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            long t4 = System.nanoTime();
            if (i >= 0) {
                export[i] = t1 - t0;
                plain[i] = t3 - t2;
                durable[i] = t4 - t3;
            }
        }
        System.out.printf("CSV export of %,d rows (%,d bytes): %.1f ms; Files.write of the same bytes %.1f ms; "
                + "ratio %.2f%n", hundredK.size(), Files.size(csv), median(export) / 1e6, median(plain) / 1e6,
                (double) median(export) / median(plain));
        System.out.printf("  the same bytes written and forced to disk (Files.write + FileChannel.force, what the "
                + "export's durable pair commit needs at least): %.1f ms; ratio %.2f%n", median(durable) / 1e6,
                (double) median(export) / median(durable));

        List<StatementLine> tenK = hundredK.subList(0, 10_000);
        long[] pdf = new long[RUNS];
        Path pdfFile = dir.resolve("statement.pdf");
        for (int i = -WARMUP; i < RUNS; i++) {
            long t0 = System.nanoTime();
            exporter.export(tenK, ExportFormat.PDF, pdfFile, ctx, Progress.NONE);
            if (i >= 0) {
                pdf[i] = System.nanoTime() - t0;
            }
        }
        System.out.printf("PDF export of %,d rows (%,d bytes, signed): %.0f ms%n", tenK.size(), Files.size(pdfFile),
                median(pdf) / 1e6);
        System.exit(0);
    }

    private static void faults(String root, String apiKey, int latencyMs) throws Exception {
        var request = new okhttp3.Request.Builder().url(root + "/sandbox/faults").header("api-key", apiKey)
                .put(okhttp3.RequestBody.create("{\"latencyMs\":" + latencyMs + "}",
                        okhttp3.MediaType.get("application/json"))).build();
        try (var r = new okhttp3.OkHttpClient().newCall(request).execute()) {
            if (r.code() != 204) {
                throw new IllegalStateException("faults: " + r.code());
            }
        }
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
