package app.vinculo.admin.boundary;

import java.time.Instant;

/** One online backup of the embedded database: its folder name, when it was taken, its size and where it is. */
public record BackupRow(String name, Instant takenAt, long bytes, String folder) {
}
