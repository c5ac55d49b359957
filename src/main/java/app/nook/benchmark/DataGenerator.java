package app.nook.benchmark;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fills an empty PostgreSQL database with generated customers, their contracts, portal accounts, a year of
 * invoices and check-ins, and the audit entries of the archives, then refreshes the planner's statistics.
 */
@Component
@Profile("benchmark")
class DataGenerator {

    private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);
    private static final long SEED = 20_260_101L;

    private final DataSource dataSource;

    DataGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Generates the given number of customers.
     *
     * @throws IllegalStateException when the database already holds customers
     */
    void generate(int customers) throws SQLException {
        NamePools names = NamePools.draw(SEED);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            refuseUnlessEmpty(connection);
            timed(connection, "locations", GeneratorSql.LOCATIONS);
            timed(connection, "plans", GeneratorSql.PLANS);
            insertCustomers(connection, customers, names);
            timed(connection, "portal accounts", GeneratorSql.PORTAL_ACCOUNTS);
            timed(connection, "contracts", GeneratorSql.CONTRACTS);
            timed(connection, "invoices", GeneratorSql.INVOICES);
            timed(connection, "check-ins", GeneratorSql.CHECK_INS);
            timed(connection, "archive audit entries", GeneratorSql.ARCHIVE_AUDIT);
            timed(connection, "vacuum and statistics", "vacuum analyze");
        }
    }

    private static void refuseUnlessEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rs = statement.executeQuery("select exists (select 1 from customer)")) {
            rs.next();
            if (rs.getBoolean(1)) {
                throw new IllegalStateException("The database already holds customers; generate into an empty one");
            }
        }
    }

    private static void insertCustomers(Connection connection, int customers, NamePools names) throws SQLException {
        List<Long> locationIds = new ArrayList<>();
        List<String> cities = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                var rs =
                        statement.executeQuery("select id, city from location where name like 'Bench %' order by id")) {
            while (rs.next()) {
                locationIds.add(rs.getLong(1));
                cities.add(rs.getString(2));
            }
        }

        long start = System.nanoTime();
        try (Statement seed = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement(GeneratorSql.CUSTOMERS)) {
            seed.execute("select setseed(0.42)");
            bindCustomers(insert, connection, customers, names, locationIds, cities);
            int rows = insert.executeUpdate();
            log.info("Generated {} customers in {} ms", rows, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static void bindCustomers(
            PreparedStatement insert,
            Connection connection,
            int customers,
            NamePools names,
            List<Long> locationIds,
            List<String> cities)
            throws SQLException {
        Array companies = connection.createArrayOf("text", names.companies());
        insert.setInt(1, customers);
        insert.setArray(2, companies);
        insert.setInt(3, names.companies().length);
        insert.setInt(4, customers);
        insert.setArray(5, connection.createArrayOf("text", names.firstNames()));
        insert.setInt(6, names.firstNames().length);
        insert.setArray(7, connection.createArrayOf("text", names.lastNames()));
        insert.setInt(8, names.lastNames().length);
        insert.setArray(9, connection.createArrayOf("bigint", locationIds.toArray()));
        insert.setArray(10, connection.createArrayOf("text", cities.toArray()));
    }

    private static void timed(Connection connection, String what, String sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            log.info("Generated {}: {} rows in {} ms", what, statement.getUpdateCount(), millisSince(start));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
