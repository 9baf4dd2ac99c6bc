package app.vinculo.releases.entity;

import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serial;
import java.time.Instant;

/**
 * One functional test of a campaign: generated from a change or written by hand; assigned to a consultant, who records
 * NOT_RUN → PASSED / FAILED / BLOCKED with notes; a FAILED or BLOCKED case may be waived by the Implementation Head
 * with a reason (R6.2).
 */
@Entity
@Table(name = "TEST_CASE")
@Audited
public class TestCase extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CAMPAIGN_ID", nullable = false, updatable = false)
    private TestCampaign campaign;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "CHANGE_ID", updatable = false)
    private ReleaseChange change;

    @Column(name = "SORT_ORDER", nullable = false)
    private int sortOrder;

    @Column(name = "MODULE_CODE", length = 20, nullable = false)
    private String moduleCode;

    @Column(name = "TITLE", length = 300, nullable = false)
    private String title;

    @Column(name = "STEPS", length = 2000)
    private String steps;

    @Column(name = "ASSIGNEE", length = 40)
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(name = "CASE_RESULT", length = 8, nullable = false)
    private TestResult result = TestResult.NOT_RUN;

    @Column(name = "NOTES", length = 2000)
    private String notes;

    @Column(name = "RESULT_BY", length = 40)
    private String resultBy;

    @Column(name = "RESULT_AT")
    private Instant resultAt;

    @Column(name = "WAIVED", nullable = false)
    private boolean waived;

    @Column(name = "WAIVER_REASON", length = 1000)
    private String waiverReason;

    @Column(name = "WAIVED_BY", length = 40)
    private String waivedBy;

    protected TestCase() {
    }

    public TestCase(TestCampaign campaign, ReleaseChange change, int sortOrder, String moduleCode, String title, String steps) {
        if (moduleCode == null || moduleCode.isBlank()) {
            throw new InvalidInputException("testcase.moduleRequired");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("testcase.titleRequired");
        }
        if (steps != null && steps.length() > 2000) {
            throw new InvalidInputException("testcase.stepsTooLong", 2000);
        }
        this.campaign = campaign;
        this.change = change;
        this.sortOrder = sortOrder;
        this.moduleCode = moduleCode.trim();
        String t = title.trim();
        this.title = t.length() > 300 ? t.substring(0, 297) + "…" : t;
        this.steps = steps == null || steps.isBlank() ? null : steps.trim();
    }

    public void assign(String username) {
        campaign.checkOpen();
        this.assignee = username;
    }

    /** Notes are required for a failed or blocked case (what went wrong). */
    public void record(TestResult result, String notes, String by, Instant at) {
        campaign.checkOpen();
        if (result == null || result == TestResult.NOT_RUN) {
            throw new InvalidInputException("testcase.resultRequired");
        }
        if ((result == TestResult.FAILED || result == TestResult.BLOCKED) && (notes == null || notes.isBlank())) {
            throw new InvalidInputException("testcase.notesRequired");
        }
        if (notes != null && notes.length() > 2000) {
            throw new InvalidInputException("testcase.notesTooLong", 2000);
        }
        this.result = result;
        this.notes = notes == null || notes.isBlank() ? null : notes.trim();
        this.resultBy = by;
        this.resultAt = at;
        this.waived = false;
        this.waiverReason = null;
        this.waivedBy = null;
    }

    /** R6.2: the Implementation Head accepts a failed or blocked case, with a reason. */
    public void waive(String reason, String by) {
        campaign.checkOpen();
        if (result != TestResult.FAILED && result != TestResult.BLOCKED) {
            throw new BusinessException("testcase.onlyFailedWaived");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("testcase.waiverReasonRequired");
        }
        String r = reason.trim();
        this.waived = true;
        this.waiverReason = r.length() > 1000 ? r.substring(0, 1000) : r;
        this.waivedBy = by;
    }

    public TestCampaign getCampaign() { return campaign; }
    public ReleaseChange getChange() { return change; }
    public int getSortOrder() { return sortOrder; }
    public String getModuleCode() { return moduleCode; }
    public String getTitle() { return title; }
    public String getSteps() { return steps; }
    public String getAssignee() { return assignee; }
    public TestResult getResult() { return result; }
    public String getNotes() { return notes; }
    public String getResultBy() { return resultBy; }
    public Instant getResultAt() { return resultAt; }
    public boolean isWaived() { return waived; }
    public String getWaiverReason() { return waiverReason; }
    public String getWaivedBy() { return waivedBy; }
}
