package app.vinculo.releases.boundary;

import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.releases.entity.TestResult;

import java.io.Serializable;
import java.time.Instant;

/** A test case; {@code changeKind} is null for a manual case. */
public record CaseRow(Long id, long version, Long campaignId, String releaseLabel, int sortOrder, String moduleCode,
                      String title, String steps, ChangeKind changeKind, String assignee, TestResult result, String notes,
                      String resultBy, Instant resultAt, boolean waived, String waiverReason) implements Serializable {
}
