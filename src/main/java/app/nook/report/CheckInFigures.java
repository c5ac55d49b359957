package app.nook.report;

import java.util.List;

/** Check-ins at one location, counted per weekday, Monday first. */
public record CheckInFigures(String location, List<Long> perWeekday) {

    public long total() {
        return perWeekday.stream().mapToLong(Long::longValue).sum();
    }
}
