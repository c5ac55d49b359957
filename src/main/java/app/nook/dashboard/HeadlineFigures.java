package app.nook.dashboard;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's headline counts, read from {@code live_customer} so that archived customers never count. */
@Service
public class HeadlineFigures {

    private final JdbcClient jdbc;

    HeadlineFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Figure> current() {
        return jdbc.sql("""
                        select
                            count(case when exists (select 1 from contract m
                                where m.customer_id = c.id and m.status = 'ACTIVE') then 1 end) as members,
                            count(case when not exists (select 1 from contract m
                                where m.customer_id = c.id and m.status = 'ACTIVE') then 1 end) as contacts,
                            count(case when c.suspended then 1 end) as suspended,
                            (select count(*) from contract m join live_customer l on l.id = m.customer_id
                                where m.status = 'ACTIVE') as active_contracts
                        from live_customer c""")
                .query((rs, row) -> List.of(
                        new Figure("dashboard.members", rs.getLong("members")),
                        new Figure("dashboard.contacts", rs.getLong("contacts")),
                        new Figure("dashboard.suspended", rs.getLong("suspended")),
                        new Figure("dashboard.activeContracts", rs.getLong("active_contracts"))))
                .single();
    }

    /** One headline number and the message key of its label. */
    public record Figure(String messageKey, long value) {}
}
