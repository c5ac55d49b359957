package app.nook.contract;

import app.nook.system.CustomerTextSearch;
import app.nook.system.LocationScope;
import app.nook.system.ResultPage;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans and contracts lists and the customer picker. Every query joins {@code live_customer}, so archived
 * customers and their contracts are neither listed, offered nor counted.
 */
@Service
public class ContractListing {

    public static final int PAGE_SIZE = 25;
    public static final int MAX_OPTIONS = 20;

    private static final String PLANS = """
            select p.id, p.name, p.location_id, l.name as location_name, p.price, p.currency, p.billing_period,
                case when p.archived_at is null then false else true end as archived,
                (select count(*) from contract k join live_customer c on c.id = k.customer_id
                    where k.plan_id = p.id and k.status = 'ACTIVE') as active_contracts
            from plan p join location l on l.id = p.location_id
            where 1 = 1%s
            order by case when p.archived_at is null then 0 else 1 end, l.name, p.name, p.id""";
    private static final String FROM = """
            from contract k
                join live_customer c on c.id = k.customer_id
                join plan p on p.id = k.plan_id
            """;
    private static final String COUNT = "select count(*) " + FROM + "%s";
    private static final String PAGE = """
            select k.id, k.number, k.customer_id, c.full_name as customer_name, p.name as plan_name,
                k.status, k.start_date, k.next_renewal_date, k.price, p.currency, k.quantity
            """ + FROM + """
            %s
            order by k.start_date desc, k.id desc
            limit :limit offset :offset""";

    private final JdbcClient jdbc;

    ContractListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every plan at the scope's locations, retired ones last, with its count of active contracts of live customers. */
    @Transactional(readOnly = true)
    public List<PlanOverview> plans(LocationScope scope) {
        return jdbc.sql(PLANS.formatted(scope.condition("p.location_id")))
                .paramSource(scope.addTo(new MapSqlParameterSource()))
                .query(PlanOverview.class)
                .list();
    }

    /** One page of contracts of live customers in the scope's locations, newest start first. */
    @Transactional(readOnly = true)
    public ResultPage<ContractRow> page(ContractFilter filter, int number, LocationScope scope) {
        var params = scope.addTo(new MapSqlParameterSource())
                .addValue("limit", PAGE_SIZE)
                .addValue("offset", ResultPage.offset(number, PAGE_SIZE));
        StringBuilder where = new StringBuilder("where 1 = 1").append(scope.condition("c.home_location_id"));
        if (filter.status() != null) {
            where.append(" and k.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.locationId() != null) {
            where.append(" and p.location_id = :location");
            params.addValue("location", filter.locationId());
        }

        long total = jdbc.sql(COUNT.formatted(where))
                .paramSource(params)
                .query(Long.class)
                .single();
        List<ContractRow> rows = jdbc.sql(PAGE.formatted(where))
                .paramSource(params)
                .query(ContractRow.class)
                .list();
        return new ResultPage<>(rows, number, PAGE_SIZE, total);
    }

    /**
     * Live customers in the scope's locations whose name, email, company or phone contains the text, for the picker of
     * the new contract form.
     */
    @Transactional(readOnly = true)
    public List<CustomerOption> customerOptions(String text, LocationScope scope) {
        if (text == null || text.isBlank()) {
            return List.of();
        }

        String sql = """
                select c.id, c.full_name, c.email, c.company_name
                from live_customer c
                where %s%s
                order by lower(c.full_name), c.id
                limit :limit""";
        String matching = CustomerTextSearch.condition("c.id");
        return jdbc.sql(sql.formatted(matching, scope.condition("c.home_location_id")))
                .paramSource(CustomerTextSearch.addTo(scope.addTo(new MapSqlParameterSource()), text.strip())
                        .addValue("limit", MAX_OPTIONS))
                .query(CustomerOption.class)
                .list();
    }

    /** The live customer with this id as the picker would offer them, if there is one in the scope. */
    @Transactional(readOnly = true)
    public List<CustomerOption> customerOption(long id, LocationScope scope) {
        String sql = "select id, full_name, email, company_name from live_customer where id = :id";
        return jdbc.sql(sql + scope.condition("home_location_id"))
                .paramSource(scope.addTo(new MapSqlParameterSource("id", id)))
                .query(CustomerOption.class)
                .list();
    }
}
