package app.vinculo.releases.entity;

import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.io.Serial;
import java.time.Instant;
import java.util.List;

/** The functional tests of a published release, run by the Implementation department and signed off (R6.2). */
@Entity
@Table(name = "TEST_CAMPAIGN")
@Audited
public class TestCampaign extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "RELEASE_ID", nullable = false, updatable = false, unique = true)
    private Release release;

    @Column(name = "OPENED_BY", length = 40, nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "OPENED_AT", nullable = false, updatable = false)
    private Instant openedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    private CampaignStatus status = CampaignStatus.OPEN;

    @Column(name = "SIGNED_OFF_BY", length = 40)
    private String signedOffBy;

    @Column(name = "SIGNED_OFF_AT")
    private Instant signedOffAt;

    protected TestCampaign() {
    }

    public TestCampaign(Release release, String by, Instant at) {
        if (release.getStatus() != ReleaseStatus.PUBLISHED) {
            throw new BusinessException("campaign.releaseNotPublished", release.getLabel());
        }
        this.release = release;
        this.openedBy = by;
        this.openedAt = at;
    }

    /** R6.2: only when every case has a result and none failed (or blocked) unless waived with a reason. */
    public void signOff(List<TestCase> cases, String by, Instant at) {
        checkOpen();
        SignOffRule.Verdict verdict = SignOffRule.check(cases);
        if (!verdict.allowed()) {
            throw new BusinessException("campaign.signOffRefused", verdict.notRun(), verdict.failed(), verdict.blocked());
        }
        status = CampaignStatus.SIGNED_OFF;
        signedOffBy = by;
        signedOffAt = at;
    }

    public void checkOpen() {
        if (status != CampaignStatus.OPEN) {
            throw new BusinessException("campaign.signedOff");
        }
    }

    public Release getRelease() { return release; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public CampaignStatus getStatus() { return status; }
    public String getSignedOffBy() { return signedOffBy; }
    public Instant getSignedOffAt() { return signedOffAt; }
}
