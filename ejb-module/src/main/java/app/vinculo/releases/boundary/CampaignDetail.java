package app.vinculo.releases.boundary;

import app.vinculo.releases.entity.CampaignStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign at a glance: its release, status, progress (cases with a result over all cases) and per-module summary,
 * and what stands in the way of the sign-off (R6.2).
 */
public record CampaignDetail(Long id, long version, Long releaseId, String releaseLabel, LocalDate releaseDate,
                             Instant publishedAt, CampaignStatus status, String openedBy, Instant openedAt,
                             String signedOffBy, Instant signedOffAt, long total, long notRun, long passed, long failed,
                             long blocked, long waived, List<ModuleSummary> modules, boolean signOffAllowed,
                             long blockingFailed, long blockingBlocked) implements Serializable {

    /** Cases of one module by result. */
    public record ModuleSummary(String moduleCode, long total, long notRun, long passed, long failed, long blocked)
            implements Serializable {
    }

    /** Percentage of cases with a result (0–100). */
    public int progress() {
        return total == 0 ? 0 : (int) ((total - notRun) * 100 / total);
    }
}
