package app.nook.customer.lifecycle;

import app.nook.staff.Actor;
import java.time.Instant;
import java.time.LocalDate;

/** Who runs an action, why, and when: the same for every chunk of it. */
record StepContext(Actor actor, String reason, Instant now, LocalDate today) {}
