package app.vinculo.releases.entity;

/** The result of a test case. */
public enum TestResult {
    NOT_RUN, PASSED, FAILED, BLOCKED
}
