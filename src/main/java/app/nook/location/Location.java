package app.nook.location;

/** One physical space. */
public record Location(long id, String name, String city, String address, String timeZone) {}
