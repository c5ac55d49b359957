package app.nook.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Creates a fresh PostgreSQL database for each test context on the server that {@code NOOK_TEST_POSTGRES_URL}
 * names, and drops them all when the tests end.
 */
public final class PostgresDatabases {

    public static final String URL_VARIABLE = "NOOK_TEST_POSTGRES_URL";
    public static final String USER_VARIABLE = "NOOK_TEST_POSTGRES_USER";
    public static final String PASSWORD_VARIABLE = "NOOK_TEST_POSTGRES_PASSWORD";
    public static final String REQUIRED_VARIABLE = "NOOK_REQUIRE_POSTGRES";

    private static final List<String> created = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabases::dropAll, "drop-test-databases"));
    }

    private PostgresDatabases() {}

    public static boolean available() {
        String url = System.getenv(URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE));
    }

    public static String user() {
        String user = System.getenv(USER_VARIABLE);
        return user == null || user.isBlank() ? "postgres" : user;
    }

    public static String password() {
        String password = System.getenv(PASSWORD_VARIABLE);
        return password == null ? "" : password;
    }

    /** Creates an empty database and answers its JDBC URL. */
    public static synchronized String createDatabase() {
        String name =
                "nook_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        created.add(name);
        return withDatabase(System.getenv(URL_VARIABLE), name);
    }

    static String withDatabase(String serverUrl, String database) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String params = query < 0 ? "" : serverUrl.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        String hostPart = slash < 0 ? base : base.substring(0, slash);
        return hostPart + "/" + database.toLowerCase(Locale.ROOT) + params;
    }

    private static synchronized void dropAll() {
        for (String name : created) {
            try {
                execute("drop database if exists " + name + " with (force)");
            } catch (RuntimeException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        }
        created.clear();
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(System.getenv(URL_VARIABLE), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL_VARIABLE + " refused: " + sql, e);
        }
    }
}
