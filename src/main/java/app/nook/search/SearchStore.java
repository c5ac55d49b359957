package app.nook.search;

import app.nook.search.SearchResults.ContractHit;
import app.nook.search.SearchResults.CustomerHit;
import app.nook.search.SearchResults.InvoiceHit;
import app.nook.system.CustomerTextSearch;
import app.nook.system.LocationScope;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries behind global search. It reads the {@code customer} table rather than {@code live_customer} on
 * purpose: archived customers must stay findable. Erased customers never match on personal data.
 */
@Repository
class SearchStore {

    private final JdbcClient jdbc;

    SearchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Customers whose name, email, company or phone contains the text, live ones first. */
    List<CustomerHit> customers(String text, int limit, LocationScope scope) {
        String sql = """
                        select c.id, c.full_name, c.email, c.company_name, c.phone,
                            case when c.archived_at is null then false else true end as archived
                        from customer c
                        where c.erased_at is null and %s%s
                        order by case when c.archived_at is null then 0 else 1 end, lower(c.full_name), c.id
                        fetch first :limit rows only""";
        String matching = CustomerTextSearch.condition("c.id");
        return jdbc.sql(sql.formatted(matching, scope.condition("c.home_location_id")))
                .paramSource(CustomerTextSearch.addTo(scope.addTo(new MapSqlParameterSource()), text)
                        .addValue("limit", limit))
                .query(CustomerHit.class)
                .list();
    }

    /** Invoices whose number starts with the text, newest first. */
    List<InvoiceHit> invoices(String prefixPattern, int limit, LocationScope scope) {
        String sql = """
                        select i.id, i.number, i.customer_id, c.full_name as customer_name,
                            case when c.archived_at is null then false else true end as customer_archived,
                            i.issued_on
                        from invoice i join customer c on c.id = i.customer_id
                        where lower(i.number) like :pattern escape '\\' %s
                        order by i.issued_on desc, i.id desc
                        fetch first :limit rows only""";
        return jdbc.sql(sql.formatted(scope.condition("c.home_location_id")))
                .paramSource(scope.addTo(new MapSqlParameterSource())
                        .addValue("pattern", prefixPattern)
                        .addValue("limit", limit))
                .query(InvoiceHit.class)
                .list();
    }

    /** Contracts whose number starts with the text, newest first. */
    List<ContractHit> contracts(String prefixPattern, int limit, LocationScope scope) {
        String sql = """
                        select k.id, k.number, k.customer_id, c.full_name as customer_name,
                            case when c.archived_at is null then false else true end as customer_archived,
                            p.name as plan_name, k.status
                        from contract k
                            join customer c on c.id = k.customer_id
                            join plan p on p.id = k.plan_id
                        where lower(k.number) like :pattern escape '\\' %s
                        order by k.start_date desc, k.id desc
                        fetch first :limit rows only""";
        return jdbc.sql(sql.formatted(scope.condition("c.home_location_id")))
                .paramSource(scope.addTo(new MapSqlParameterSource())
                        .addValue("pattern", prefixPattern)
                        .addValue("limit", limit))
                .query(ContractHit.class)
                .list();
    }
}
