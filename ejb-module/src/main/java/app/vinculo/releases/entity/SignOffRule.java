package app.vinculo.releases.entity;

import java.util.Collection;

/**
 * R6.2: a campaign is signed off only when it has cases, every case has a result, and no case is FAILED unless
 * explicitly waived with a reason. A BLOCKED case was not really tested, so it needs a waiver too.
 */
public final class SignOffRule {

    /** What stands in the way: cases not run, failed and blocked ones without a waiver. */
    public record Verdict(int total, int notRun, int failed, int blocked) {
        public boolean allowed() {
            return total > 0 && notRun == 0 && failed == 0 && blocked == 0;
        }
    }

    private SignOffRule() {
    }

    public static Verdict check(Collection<TestCase> cases) {
        int notRun = 0;
        int failed = 0;
        int blocked = 0;
        for (TestCase c : cases) {
            switch (c.getResult()) {
                case NOT_RUN -> notRun++;
                case FAILED -> failed += c.isWaived() ? 0 : 1;
                case BLOCKED -> blocked += c.isWaived() ? 0 : 1;
                case PASSED -> { }
            }
        }
        return new Verdict(cases.size(), notRun, failed, blocked);
    }
}
