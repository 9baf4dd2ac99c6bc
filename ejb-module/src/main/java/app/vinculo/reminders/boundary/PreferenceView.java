package app.vinculo.reminders.boundary;

import app.vinculo.reminders.entity.Delivery;
import app.vinculo.reminders.entity.ReminderKind;

import java.io.Serializable;
import java.util.Set;

/** A user's reminder choices, and which kinds they cannot turn off. */
public record PreferenceView(Delivery delivery, int digestHour, Set<ReminderKind> optedOut,
                             Set<ReminderKind> mandatory) implements Serializable {
}
