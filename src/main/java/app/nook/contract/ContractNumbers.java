package app.nook.contract;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out contract numbers such as {@code C-001001} from a database sequence, unique across instances. */
@Component
class ContractNumbers {

    private final JdbcClient jdbc;

    ContractNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next() {
        long value = jdbc.sql("select nextval('contract_number_seq')")
                .query(Long.class)
                .single();
        return "C-%06d".formatted(value);
    }
}
