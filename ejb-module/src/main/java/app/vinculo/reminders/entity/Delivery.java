package app.vinculo.reminders.entity;

/** How a person gets reminders: each at once, or one daily digest at their chosen hour. */
public enum Delivery {
    IMMEDIATE, DIGEST
}
