package app.nook.location;

import app.nook.system.LocationScope;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and creates locations. */
@Service
public class Locations {

    private final JdbcClient jdbc;

    Locations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Location> all() {
        return jdbc.sql("select id, name, city, address, time_zone from location order by name")
                .query(Location.class)
                .list();
    }

    /** The locations a staff user with this scope works in, by name. */
    @Transactional(readOnly = true)
    public List<Location> within(LocationScope scope) {
        return all().stream().filter(location -> scope.covers(location.id())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Location> find(long id) {
        return jdbc.sql("select id, name, city, address, time_zone from location where id = ?")
                .param(id)
                .query(Location.class)
                .optional();
    }

    /** Creates a location and answers it with its new id. */
    @Transactional
    public Location create(String name, String city, String address, String timeZone) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into location (name, city, address, time_zone) values (?, ?, ?, ?)")
                .params(name, city, address, timeZone)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        return new Location(id, name, city, address, timeZone);
    }
}
