package app.vinculo.training.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** One session of an edition (number is 1-based). */
public record SessionRow(int number, LocalDate day, LocalTime start, LocalTime end) implements Serializable {
}
