package app.nook.benchmark;

import app.nook.NookApplication;
import app.nook.api.ApiScope;
import app.nook.api.ApiTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark's command line: {@code generate [customers]} fills an empty database, {@code run [runs]} times
 * Nook against it and writes {@code benchmark-results.md}. Both start Nook with the {@code benchmark} profile, so
 * Flyway migrates the database first; point {@code SPRING_DATASOURCE_URL} at PostgreSQL.
 */
public final class BenchmarkCommand {

    static final String EMAIL = "bench@nook.test";
    static final String PASSWORD = "benchmark-password";
    private static final int LOAD_THREADS = 8;

    private BenchmarkCommand() {}

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "run" : args[0];
        int number = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 0;
        if (command.equals("generate")) {
            try (var context = start()) {
                context.getBean(DataGenerator.class).generate(number > 0 ? number : 1_000_000);
            }
        } else if (command.equals("run")) {
            try (var context = start()) {
                run(context, number > 0 ? number : 30);
            }
        } else {
            throw new IllegalArgumentException("Expected 'generate [customers]' or 'run [runs]', not " + command);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NookApplication.class)
                .profiles("benchmark")
                .run(
                        "--nook.demo-data=false",
                        "--nook.billing.cron=-",
                        "--server.port=0",
                        "--nook.admin.email=" + EMAIL,
                        "--nook.admin.password=" + PASSWORD,
                        "--nook.api.rate-limit-per-minute=1000000",
                        "--logging.level.app.nook.customer.lifecycle=WARN");
    }

    private static void run(ConfigurableApplicationContext context, int runs) throws Exception {
        BenchmarkRunner reads = context.getBean(BenchmarkRunner.class);
        LifecycleBenchmark writes = context.getBean(LifecycleBenchmark.class);
        List<ResultRow> rows = new ArrayList<>();
        rows.addAll(reads.listings(5, runs));
        rows.addAll(reads.searches(5, runs));
        write(rows, List.of());
        rows.addAll(reads.reports(2, Math.max(5, runs / 3)));
        write(rows, List.of());
        rows.addAll(writes.byIds(Math.max(3, runs / 10)));
        rows.addAll(writes.byFilter(2));
        write(rows, List.of());
        writes.vacuum();

        String baseUrl = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        var page = new HttpLoad(baseUrl);
        page.signIn(EMAIL, PASSWORD);
        var api = new HttpLoad(baseUrl);
        api.useToken(context.getBean(ApiTokens.class)
                .issue(EMAIL, "benchmark", Set.of(ApiScope.READ))
                .secret());
        List<HttpLoad.LoadResult> loads = new ArrayList<>();
        for (var target : List.of(new LoadTarget(page, "/customers"), new LoadTarget(api, "/api/v1/customers"))) {
            target.load().run(target.path(), LOAD_THREADS, Duration.ofSeconds(5));
            loads.add(target.load().run(target.path(), LOAD_THREADS, Duration.ofSeconds(20)));
        }
        write(rows, loads);
    }

    private record LoadTarget(HttpLoad load, String path) {}

    private static void write(List<ResultRow> rows, List<HttpLoad.LoadResult> loads) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(ResultRow.HEADER);
        rows.forEach(row -> lines.add(row.markdown()));
        if (!loads.isEmpty()) {
            lines.add("");
            loads.forEach(load -> lines.add(load.line()));
        }
        String table = String.join(System.lineSeparator(), lines) + System.lineSeparator();
        Files.writeString(Path.of("benchmark-results.md"), table);
        System.out.print(table);
    }
}
