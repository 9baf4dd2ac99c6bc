/**
 * The injectable {@link java.time.Clock}: system time in the business time zone (setting TIME_ZONE); in demo
 * mode an admin may shift it forward ({@link app.vinculo.platform.clock.ClockService}) to show reminders and
 * deadlines. Out of scope: moving time backwards.
 */
package app.vinculo.platform.clock;
